import type { INodePropertyOptions, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/call';

export const properties: INodeProperties[] = [
	{
		displayName: 'Include Inactive',
		name: 'includeInactive',
		type: 'boolean',
		default: false,
		description: 'Whether to also list templates that are switched off in the Goals Library',
	},
];


export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get Many Templates',
	value: 'getTemplates',
	description: 'Get the templates of the Goals Library',
	action: 'Get many goal templates',
};

/** Lists the Goals Library templates (GET /v1/goals/templates): one output item per template. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => this.getNodeParameter('includeInactive', itemIndex, false) === true;
	return perItem(this, items.length, prepare, async (itemIndex, includeInactive) => {
		const templates = (await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.goalTemplates(), itemIndex })) ?? [];
		return includeInactive ? templates : templates.filter((template) => template.isActive !== false);
	});
}
