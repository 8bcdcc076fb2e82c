import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { perItem } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/request';
import { gsidSchema } from '../../transport/schemas';
import { taskLocator } from './task.description';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['get'] } }, [taskLocator]);

/** Reads one task (GET /v1/tasks/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		parseInput(this.getNode(), gsidSchema, this.getNodeParameter('taskId', itemIndex, '', { extractValue: true }), itemIndex, 'Task');
	return perItem(this, items.length, prepare, async (itemIndex, gsid) =>
		gainsightRequest<IDataObject>(this, { method: 'GET', path: PATHS.taskById(gsid), itemIndex }),
	);
}
