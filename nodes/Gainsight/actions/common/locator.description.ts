import type { INodeProperties } from 'n8n-workflow';

/**
 * A resource locator: pick the record from a searchable list, or give its GSID.
 * `searchMethod` names a listSearch method of the node.
 */
export function gsidLocator(options: { displayName: string; name: string; what: string; searchMethod: string }): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The ${options.what} to use`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${options.what}...`,
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1S01B8KR0ST6J5HC5NP2R0DDCNHN6QWEZ64A',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9A-Za-z]{36}$', errorMessage: 'A Gainsight GSID has 36 letters and digits' },
					},
				],
			},
		],
	};
}
