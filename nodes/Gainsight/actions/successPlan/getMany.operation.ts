import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cockpitGetMany, getManyProperties } from '../common/cockpitList';
import { SUCCESS_PLAN_LIST } from './successPlan.description';

export const properties: INodeProperties[] = getManyProperties;

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get success plans that match conditions, 1,000 a page',
	action: 'Get many success plans',
};

/** Reads the success plans that match (POST /v2/successPlan/list/, pageSize/pageNumber pages of 1,000). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return cockpitGetMany(this, items, SUCCESS_PLAN_LIST);
}
