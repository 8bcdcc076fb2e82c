import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getMany from './getMany.operation';

export { get, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['playbook'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a playbook with its task templates', action: 'Get a playbook' },
			{ name: 'Get Many', value: 'getMany', description: 'List playbook configurations', action: 'Get many playbooks' },
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
];
