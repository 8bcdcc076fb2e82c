import type { INodeProperties } from 'n8n-workflow';

/** How data-object dates come out (see actions/dataObject/dateFormat.ts). */
export const dateFormatOption: INodeProperties = {
	displayName: 'Date Format',
	name: 'dateFormat',
	type: 'options',
	options: [
		{ name: 'ISO 8601', value: 'iso', description: 'Dates as text, e.g. 2027-03-31T00:00:00.000Z' },
		{ name: 'Epoch Milliseconds', value: 'epoch', description: 'Dates as Gainsight answers them, e.g. 1806451200000' },
	],
	default: 'iso',
	description:
		'How dates come out. Gainsight answers dates of companies and other objects as epoch milliseconds; finding which fields are dates costs one metadata call per run, unless the operation made it already.',
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
