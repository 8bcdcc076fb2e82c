import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cockpitGet, getProperties } from '../common/cockpitList';
import { SUCCESS_PLAN_LIST, successPlanLocator } from './successPlan.description';

export const properties: INodeProperties[] = getProperties(successPlanLocator);

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get',
	value: 'get',
	description: 'Get a success plan by its GSID',
	action: 'Get a success plan',
};

/** Reads one success plan: the success plan list with `Gsid EQ` (no GET by ID is known). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return cockpitGet(this, items, SUCCESS_PLAN_LIST, { name: 'successPlanId', label: 'Success Plan' });
}
