import type { INodeProperties } from 'n8n-workflow';

/** Field name / value rows: a task's or goal's Custom Fields. Read with readFieldRows. */
export function fieldRows(displayName: string, name: string, placeholder: string, description?: string, loadOptionsMethod = 'getWritableFields'): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder,
		default: {},
		description,
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'name',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description:
							'Gainsight field to set. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. Acme',
						description: 'Value to write. Dates: YYYY-MM-DD; date-times: ISO 8601.',
					},
				],
			},
		],
	};
}
