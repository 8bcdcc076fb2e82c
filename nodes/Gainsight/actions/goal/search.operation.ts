import type { INodeProperties, INodePropertyOptions, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { searchProperties, searchRecords } from '../common/search';

export const properties: INodeProperties[] = searchProperties;

export const operation: INodePropertyOptions & { action: string } = { name: 'Search', value: 'search', description: 'Find goals that match conditions', action: 'Search goals' };

/** Searches goals by conditions (POST /v1/goals/search), limit/offset paged. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return searchRecords(this, items, PATHS.goalSearch());
}
