import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as insert from './insert.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { del as delete, get, getMany, insert, update, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Create or update companies',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a company by its GSID', action: 'Delete a company' },
			{ name: 'Get', value: 'get', description: 'Get a company by its GSID', action: 'Get a company' },
			{ name: 'Get Many', value: 'getMany', description: 'Get companies that match conditions', action: 'Get many companies' },
			{ name: 'Insert', value: 'insert', description: 'Create companies, 50 records a call', action: 'Insert companies' },
			{
				name: 'Update',
				value: 'update',
				description: 'Update the companies that match 1–3 key fields',
				action: 'Update companies',
			},
		],
		default: 'insert',
	},
	...insert.description,
	...update.description,
	...upsert.description,
	...get.description,
	...getMany.description,
	...del.description,
];
