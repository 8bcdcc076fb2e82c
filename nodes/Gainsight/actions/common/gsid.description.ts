import type { INodeProperties } from 'n8n-workflow';

export function gsidField(what: string): INodeProperties {
	return {
		displayName: `${what} GSID`,
		name: 'gsid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8',
		description: `The 36-character Gainsight ID of the ${what.toLowerCase()}`,
	};
}
