import type { INodeProperties } from 'n8n-workflow';

/**
 * Import lookups: fill a GSID field by matching record values against users or companies. A row's
 * fields come in the order a person fills them: what to fill, where to look, what must match, then
 * Options (what to copy, what if none or several match), which nearly always keep their defaults.
 * Four values keep that order: n8n's community-package scanner wants the values of a row
 * alphabetical from five on (with no way to switch the rule off for a line).
 */
export const lookupFields: INodeProperties[] = [
	{
		displayName: 'Lookups',
		name: 'lookups',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Lookup',
		default: {},
		description:
			'Fill a GSID field (e.g. CSM) by matching values of this record against Gainsight users or companies, instead of giving the GSID itself',
		options: [
			{
				displayName: 'Lookup',
				name: 'lookup',
				values: [
					{
						displayName: 'Target Field',
						name: 'targetField',
						type: 'string',
						default: '',
						placeholder: 'e.g. CSM',
						description: 'The GSID field to fill with the GSID found',
					},
					{
						displayName: 'Look Up In',
						name: 'objectName',
						type: 'options',
						options: [
							{ name: 'Users (Gsuser)', value: 'gsuser' },
							{ name: 'Companies', value: 'company' },
						],
						default: 'gsuser',
						description: 'The Gainsight object to search',
					},
					{
						displayName: 'Match On',
						name: 'matchFields',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Match',
						default: {},
						description: 'Pairs of fields that must be equal: a field of this record and a field of the looked-up object',
						options: [
							{
								displayName: 'Match',
								name: 'match',
								values: [
									{
										displayName: 'Record Field',
										name: 'sourceField',
										type: 'string',
										default: '',
										placeholder: 'e.g. CSMEmail',
										description: 'Field of this record that holds the value to match',
									},
									{
										displayName: 'Looked-Up Field',
										name: 'matchField',
										type: 'string',
										default: '',
										placeholder: 'e.g. Email',
										description: 'Field of the user or company to compare it with',
									},
								],
							},
						],
					},
					{
						displayName: 'Options',
						name: 'options',
						type: 'collection',
						placeholder: 'Add Option',
						default: {},
						options: [
							{
								displayName: 'If None Match',
								name: 'onNoMatch',
								type: 'options',
								options: [
									{ name: 'Report an Error', value: 'ERROR' },
									{ name: 'Leave Empty', value: 'NULLABLE' },
									{ name: "Use the Field's Default Value", value: 'DEFAULTVALUE' },
								],
								default: 'ERROR',
								description: 'What to do when no record matches (default: report an error)',
							},
							{
								displayName: 'If Several Match',
								name: 'multiMatchOption',
								type: 'options',
								options: [
									{ name: 'Use the First Match', value: 'FIRSTMATCH' },
									{ name: 'Report an Error', value: 'MARKASERROR' },
								],
								default: 'FIRSTMATCH',
								description: 'What to do when more than one record matches (default: use the first)',
							},
							{
								displayName: 'Lookup Field',
								name: 'lookupField',
								type: 'string',
								default: 'Gsid',
								placeholder: 'e.g. Gsid',
								description: 'Field of the found record to copy into the target field (nearly always Gsid)',
							},
						],
					},
				],
			},
		],
	},
];

/** In place of Lookups, where the write's API takes none: says so, and what to give instead. */
export function noLookupsNotice(text: string): INodeProperties {
	return { displayName: text, name: 'lookupsNotice', type: 'notice', default: '' };
}
