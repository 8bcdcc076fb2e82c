import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { PATHS } from '../../transport/paths';
import { dueDateWithCascade, readDueDateWithCascade, type Cascade } from '../common/dueDateCascade';
import { lookupFields } from '../common/lookups.description';
import { writeEachItem } from '../common/singleWrite';
import { customFields, taskFields, taskLocator } from './task.description';
import { readTaskWrite } from './taskRecord';
import { nodeOf } from '../../helpers/node';
import { readLocatorGsid } from '../common/locatorGsid';
import { taskOutput } from './output';

/** The Task article's `dueDateCriteria`; Gainsight moves all open tasks when none is sent. */
const CASCADE: Cascade = {
	displayName: 'Due Date Cascade',
	name: 'dueDateCriteria',
	type: 'options',
	options: [
		{
			name: 'All Open Tasks',
			value: 'ALL_OPEN_TASKS',
			description: "Gainsight's default: the CTA's other open tasks move by as many days as this task's due date",
		},
		{ name: 'Open Tasks and CTA', value: 'OPEN_TASKS_AND_CTA', description: "The CTA's other open tasks and the CTA's own due date move with it" },
		{ name: 'No', value: 'NO', description: 'Only this task moves' },
	],
	default: 'ALL_OPEN_TASKS',
	description: "What else moves when the task's due date changes",
};

export const properties: INodeProperties[] = [
	taskLocator,
	...dueDateWithCascade('task', CASCADE),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: taskFields(true, false),
	},
	customFields,
	...lookupFields,
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Update', value: 'update', description: 'Update a task, one a call', action: 'Update a task' };

/** Updates one task per item (PUT /v2/cockpit/task, one task a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.task(), what: 'task', settle: 'resend' }, (itemIndex) => {
		const node = nodeOf(this);
		const gsid = readLocatorGsid(this, 'taskId', itemIndex, 'Task');
		const { given, control } = readDueDateWithCascade(this, itemIndex, CASCADE, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		const write = readTaskWrite(this, itemIndex, given);
		if (Object.keys(write.record).length === 0) {
			throw inputError(node, itemIndex, 'Update Fields', 'sets no field', 'Set the Due Date or add at least one field to change.');
		}
		return { ...write, control: { gsid, ...control } };
	}, taskOutput);
}
