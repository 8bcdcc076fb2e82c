import type { INodeProperties, INodePropertyOptions, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { searchProperties, searchRecords } from '../common/search';

export const properties: INodeProperties[] = searchProperties;

export const operation: INodePropertyOptions & { action: string } = { name: 'Search', value: 'search', description: 'Find tasks that match conditions', action: 'Search tasks' };

/** Searches tasks by conditions (POST /v1/tasks/search), limit/offset paged. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return searchRecords(this, items, PATHS.taskSearch());
}
