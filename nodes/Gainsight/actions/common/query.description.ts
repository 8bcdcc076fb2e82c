import type { INodeProperties } from 'n8n-workflow';

import { OPERATORS } from '../../input/operators';


/** One field of the object, picked from its describe list. */
const readableFieldPicker: INodeProperties = {
	displayName: 'Field Name or ID',
	name: 'field',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getReadableFields' },
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const selectField: INodeProperties = {
	displayName: 'Fields to Return',
	name: 'select',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getReadableFields' },
	default: [],
	description:
		'Fields to return; empty returns every field. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The conditions of a read and how they combine: the filters of Get Many, Search and the trigger. */
export const conditionFields: INodeProperties[] = [
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Condition',
		default: {},
		description: 'Only return records that match. The conditions are named A, B, C… in this order, for Combine Conditions.',
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					readableFieldPicker,
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: OPERATORS.map(({ name, value }) => ({ name, value })),
						default: 'EQ',
						description: 'How the field is compared with the value',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. Acme or 2026-01-31',
						description: 'Value to compare with. For "In" and "Not In", separate values with commas. Dates: YYYY-MM-DD.',
						displayOptions: { hide: { operator: ['IS_NULL', 'IS_NOT_NULL'] } },
					},
					{
						displayName: 'Value To',
						name: 'valueTo',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2026-12-31',
						description: 'Upper end of the range',
						displayOptions: { show: { operator: ['BTW'] } },
					},
				],
			},
		],
	},
	{
		displayName: 'Combine Conditions',
		name: 'expression',
		type: 'string',
		default: '',
		placeholder: 'A OR (B AND C)',
		description: 'How the conditions combine, by their letters (A is the first condition, B the second…). Empty: all conditions must match.',
	},
];

/** The order of the records, by one or more fields (an option of a data-object read). */
export const sortField: INodeProperties = {
	displayName: 'Sort',
	name: 'sort',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Sort Field',
	default: {},
	description: 'The order of the records, by one or more fields',
	options: [
		{
			displayName: 'Sort By',
			name: 'order',
			values: [
				readableFieldPicker,
				{
					displayName: 'Direction',
					name: 'direction',
					type: 'options',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					default: 'asc',
					description: 'Smallest first (ascending) or largest first (descending)',
				},
			],
		},
	],
};
