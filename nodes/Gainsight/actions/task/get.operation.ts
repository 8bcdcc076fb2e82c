import type { INodeProperties, INodePropertyOptions, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { getByGsid } from '../common/byGsid';
import { taskLocator } from './task.description';

export const properties: INodeProperties[] = [taskLocator];

export const operation: INodePropertyOptions & { action: string } = { name: 'Get', value: 'get', description: 'Get a task by its GSID', action: 'Get a task' };

/** Reads one task (GET /v1/tasks/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return getByGsid(this, items, { name: 'taskId', label: 'Task' }, PATHS.taskById);
}
