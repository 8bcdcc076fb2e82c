import type { INodeProperties } from 'n8n-workflow';

export const updateKeysField: INodeProperties = {
	displayName: 'Match On Fields',
	name: 'updateKeys',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getKeyFields' },
	required: true,
	default: [],
	description:
		'One to three fields (text, GSID, number or email) that identify the record; every one must match. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	hint: 'Gainsight allows at most 3 match fields; they are not changed by the update',
};
