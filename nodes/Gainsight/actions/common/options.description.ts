import type { INodeProperties } from 'n8n-workflow';

export const datesAsIsoOption: INodeProperties = {
	displayName: 'Dates as ISO Strings',
	name: 'datesAsIso',
	type: 'boolean',
	default: false,
	description:
		'Whether to turn the epoch-millisecond dates Gainsight answers into ISO 8601 text (costs one metadata call per run)',
};

export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}
