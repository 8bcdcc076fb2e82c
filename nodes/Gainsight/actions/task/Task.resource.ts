import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export { create, get, getMany, search, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a task on a CTA (one task a call)', action: 'Create a task' },
			{ name: 'Get', value: 'get', description: 'Get a task by its GSID', action: 'Get a task' },
			{ name: 'Get Many', value: 'getMany', description: "List a CTA's tasks", action: 'Get many tasks' },
			{ name: 'Search', value: 'search', description: 'Find tasks that match conditions', action: 'Search tasks' },
			{ name: 'Update', value: 'update', description: 'Update a task (one task a call)', action: 'Update a task' },
		],
		default: 'create',
	},
	...create.description,
	...update.description,
	...getMany.description,
	...get.description,
	...search.description,
];
