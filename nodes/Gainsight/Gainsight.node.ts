import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { RESOURCES, router } from './actions/router';
import * as cockpitOptions from './methods/cockpitOptions';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import { getObjectCreateFields, getObjectFields } from './methods/resourceMapping';
import { NODE_DESCRIPTION } from './summary';

export class Gainsight implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gainsight CS',
		name: 'gainsight',
		icon: { light: 'file:gainsight.svg', dark: 'file:gainsight.dark.svg' },
		group: ['transform'],
		version: 1,
		// the names the pickers show ("Get Many: Playbook"), as a literal: n8n's scanner reads it from the source
		subtitle:
			'={{ ({ insert: "Create", upsert: "Create or Update", getMetrics: "Get Many Metrics", getTemplates: "Get Many Templates", getManyAssociations: "Get Many Company Associations" }[$parameter["operation"]] || $parameter["operation"].replace(/([A-Z])/g, " $1").replace(/^./, (first) => first.toUpperCase())) + ": " + ({ cta: "CTA", timeline: "Timeline Activity" }[$parameter["resource"]] || $parameter["resource"].replace(/([A-Z])/g, " $1").replace(/^./, (first) => first.toUpperCase())) }}',
		description: NODE_DESCRIPTION,
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
				options: RESOURCES.map(({ resource }) => resource),
				default: 'company',
			},
			...RESOURCES.flatMap((module) => module.properties),
		],
	};

	methods = { loadOptions: { ...loadOptions, ...cockpitOptions }, listSearch, resourceMapping: { getObjectCreateFields, getObjectFields } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}
