/** resource → operation → execute. Operations get every input item at once, so writes can be chunked. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as company from './company/Company.resource';
import * as goal from './goal/Goal.resource';
import * as playbook from './playbook/Playbook.resource';
import * as task from './task/Task.resource';
import { nodeOf } from '../helpers/node';

type Operation = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

const RESOURCES: Record<string, Record<string, { execute: Operation }>> = {
	company: company as unknown as Record<string, { execute: Operation }>,
	goal: goal as unknown as Record<string, { execute: Operation }>,
	playbook: playbook as unknown as Record<string, { execute: Operation }>,
	task: task as unknown as Record<string, { execute: Operation }>,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const execute = RESOURCES[resource]?.[operation]?.execute;
	if (typeof execute !== 'function') {
		throw new NodeOperationError(nodeOf(this), `The operation "${operation}" is not supported for the resource "${resource}"`);
	}
	return [await execute.call(this, items)];
}
