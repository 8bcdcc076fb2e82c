import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cockpitGet, getProperties } from '../common/cockpitList';
import { CTA_LIST, ctaLocator } from './cta.description';

export const properties: INodeProperties[] = getProperties(ctaLocator);

export const operation: INodePropertyOptions & { action: string } = { name: 'Get', value: 'get', description: 'Get a CTA by its GSID', action: 'Get a CTA' };

/** Reads one CTA: the CTA list with `Gsid EQ` (no GET by ID is documented). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return cockpitGet(this, items, CTA_LIST, { name: 'ctaId', label: 'CTA' });
}
