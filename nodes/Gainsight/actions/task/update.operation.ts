import type { INodePropertyOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { PATHS } from '../../transport/paths';
import { lookupFields } from '../common/lookups.description';
import { writeEachItem } from '../common/singleWrite';
import { customFields, taskFields, taskLocator } from './task.description';
import { readTaskWrite } from './taskRecord';
import { nodeOf } from '../../helpers/node';
import { readLocatorGsid } from '../common/locatorGsid';
import { taskOutput } from './output';

const DUE_DATE_CASCADES = ['ALL_OPEN_TASKS', 'OPEN_TASKS_AND_CTA', 'NO'];

export const properties: INodeProperties[] = [
	taskLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: taskFields(true),
	},
	customFields,
	...lookupFields,
	{
		displayName: 'Due Date Cascade',
		name: 'dueDateCriteria',
		type: 'options',
		options: [
			{
				name: 'All Open Tasks',
				value: 'ALL_OPEN_TASKS',
				description: "Move the CTA's other open tasks by as many days as this task's due date moves",
			},
			{
				name: 'Open Tasks and CTA',
				value: 'OPEN_TASKS_AND_CTA',
				description: "Move the CTA's other open tasks and the CTA's own due date",
			},
			{ name: 'No', value: 'NO', description: 'Move only this task' },
		],
		default: 'ALL_OPEN_TASKS',
		description: "What else moves when the task's due date changes (Gainsight's default: all open tasks)",
	},
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Update', value: 'update', description: 'Update a task, one a call', action: 'Update a task' };

/** Updates one task per item (PUT /v2/cockpit/task, one task a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.task(), what: 'task', settle: 'resend' }, (itemIndex) => {
		const node = nodeOf(this);
		const gsid = readLocatorGsid(this, 'taskId', itemIndex, 'Task');
		const dueDateCriteria = this.getNodeParameter('dueDateCriteria', itemIndex, 'ALL_OPEN_TASKS') as string;
		if (!DUE_DATE_CASCADES.includes(dueDateCriteria)) {
			throw inputError(node, itemIndex, 'Due Date Cascade', `is ${JSON.stringify(dueDateCriteria)}`, `Use one of ${DUE_DATE_CASCADES.join(', ')}.`);
		}
		const write = readTaskWrite(this, itemIndex, 'updateFields');
		if (Object.keys(write.record).length === 0) {
			throw inputError(node, itemIndex, 'Update Fields', 'sets no field', 'Add at least one field to change.');
		}
		return { ...write, control: { gsid, dueDateCriteria } };
	}, taskOutput);
}
