import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { RESOURCES, router } from './actions/router';
import { canvasSubtitle } from './actions/subtitle';
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
		subtitle: canvasSubtitle(RESOURCES),
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
