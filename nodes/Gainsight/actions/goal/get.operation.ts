import type { INodeProperties, INodePropertyOptions, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { getByGsid } from '../common/byGsid';
import { goalLocator } from './goal.description';

export const properties: INodeProperties[] = [goalLocator];

export const operation: INodePropertyOptions & { action: string } = { name: 'Get', value: 'get', description: 'Get a goal by its GSID', action: 'Get a goal' };

/** Reads one goal (GET /v1/goals/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return getByGsid(this, items, { name: 'goalId', label: 'Goal' }, PATHS.goalById);
}
