/** resource → operation → execute. Operations get every input item at once, so writes can be chunked. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { company } from './company/Company.resource';
import { cta } from './cta/Cta.resource';
import { customObject } from './customObject/CustomObject.resource';
import { goal } from './goal/Goal.resource';
import { person } from './person/Person.resource';
import { playbook } from './playbook/Playbook.resource';
import { relationship } from './relationship/Relationship.resource';
import type { ResourceModule } from './resource';
import { successPlan } from './successPlan/SuccessPlan.resource';
import { task } from './task/Task.resource';
import { timeline } from './timeline/Timeline.resource';
import { nodeOf } from '../helpers/node';

/** Every resource of the node, in the order of the Resource picker. */
export const RESOURCES: readonly ResourceModule[] = [company, cta, customObject, goal, person, playbook, relationship, successPlan, task, timeline];

export function resourceNamed(value: unknown): ResourceModule | undefined {
	return RESOURCES.find((module) => module.resource.value === value);
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const operations = resourceNamed(resource)?.operations;
	const module = operations && Object.hasOwn(operations, operation) ? operations[operation] : undefined;
	if (!module) {
		throw new NodeOperationError(nodeOf(this), `The operation "${operation}" is not supported for the resource "${resource}"`);
	}
	return [await module.execute.call(this, items)];
}
