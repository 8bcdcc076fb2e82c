import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as company from './actions/company/Company.resource';
import * as goal from './actions/goal/Goal.resource';
import * as playbook from './actions/playbook/Playbook.resource';
import * as task from './actions/task/Task.resource';
import { router } from './actions/router';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import { getCompanyFields } from './methods/resourceMapping';

export class Gainsight implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gainsight CS',
		name: 'gainsight',
		icon: { light: 'file:gainsight.svg', dark: 'file:gainsight.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write Gainsight CS companies, tasks, playbooks and goals',
		defaults: { name: 'Gainsight CS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gainsightApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Goal', value: 'goal' },
					{ name: 'Playbook', value: 'playbook' },
					{ name: 'Task', value: 'task' },
				],
				default: 'company',
			},
			...company.description,
			...goal.description,
			...playbook.description,
			...task.description,
		],
	};

	methods = { loadOptions, listSearch, resourceMapping: { getCompanyFields } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}
