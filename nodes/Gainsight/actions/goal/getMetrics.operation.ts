import type { INodeProperties, INodePropertyOptions, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { getByGsid } from '../common/byGsid';
import { goalLocator } from './goal.description';

export const properties: INodeProperties[] = [goalLocator];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get Many Metrics',
	value: 'getMetrics',
	description: 'Get the metrics of a goal',
	action: 'Get many metrics of a goal',
};

/** Lists a goal's metrics (GET /v1/goals/{id}/metrics): one output item per metric. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return getByGsid(this, items, { name: 'goalId', label: 'Goal' }, PATHS.goalMetrics, 'records');
}
