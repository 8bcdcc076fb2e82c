import type { INodeProperties } from 'n8n-workflow';

/** Field name / value rows: the Fields of a write, or a task's or goal's Custom Fields. Read with readFieldRows. */
export function fieldRows(displayName: string, name: string, placeholder: string, description?: string): INodeProperties {
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
						typeOptions: { loadOptionsMethod: 'getWritableFields' },
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

/** Where a write takes its record from: each input item's JSON, or field rows the user fills in. */
export const recordInputFields: INodeProperties[] = [
	{
		displayName: 'Record Data',
		name: 'dataMode',
		type: 'options',
		options: [
			{
				name: 'Map Automatically',
				value: 'autoMapInputData',
				description: "Send each input item's fields as Gainsight fields (names must match Gainsight's field names)",
			},
			{ name: 'Define Below', value: 'defineBelow', description: 'Set the fields one by one' },
		],
		default: 'autoMapInputData',
		description: 'How to build the Gainsight record from each input item',
	},
	{
		displayName: 'Fields to Ignore',
		name: 'fieldsToIgnore',
		type: 'string',
		default: '',
		placeholder: 'id, createdAt',
		description: 'Comma-separated input fields not to send to Gainsight',
		displayOptions: { show: { dataMode: ['autoMapInputData'] } },
	},
	{ ...fieldRows('Fields', 'fields', 'Add Field'), displayOptions: { show: { dataMode: ['defineBelow'] } } },
];
