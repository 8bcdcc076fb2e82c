import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cockpitGetMany, getManyProperties } from '../common/cockpitList';
import { CTA_LIST } from './cta.description';

export const properties: INodeProperties[] = getManyProperties;

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get CTAs that match conditions, 1,000 a page',
	action: 'Get many CTAs',
};

/** Reads the CTAs that match (POST /v2/cockpit/cta/list, pageSize/pageNumber pages of 1,000). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return cockpitGetMany(this, items, CTA_LIST);
}
