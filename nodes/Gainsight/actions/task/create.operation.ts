import type { IDataObject, INodePropertyOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { epochOf } from '../../helpers/dates';
import { PATHS } from '../../transport/paths';
import { listCtaTasks } from '../../transport/reads';
import { CLOCK_MARGIN_MS, matchCreated, type Settle } from '../../transport/writes/settle';
import { lookupFields } from '../common/lookups.description';
import { writeEachItem } from '../common/singleWrite';
import { ctaLocator, customFields, taskFields } from './task.description';
import { textSchema } from '../../input/recordFields';
import { readTaskWrite } from './taskRecord';
import { nodeOf } from '../../helpers/node';
import { readLocatorGsid } from '../common/locatorGsid';
import { taskOutput } from './output';

export const properties: INodeProperties[] = [
	ctaLocator,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Schedule a health check call',
		description: 'The task name',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: taskFields(false),
	},
	customFields,
	...lookupFields,
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Create', value: 'create', description: 'Create a task on a CTA, one a call', action: 'Create a task' };

/**
 * The tasks of a create whose answer broke that Gainsight did create: the CTA's tasks created since
 * just before the call, matched on the name (the task list answers no referenceId).
 */
const createdTasks = (ctx: IExecuteFunctions): Settle<IDataObject[]> => async (records, sentAt, claimed) => {
	const found: Array<IDataObject | undefined> = [];
	for (const record of records) {
		const tasks = await listCtaTasks(ctx, String(record.CtaId), { includes: ['CreatedDate'] });
		const created = tasks.filter((task) => (epochOf(task.CreatedDate) ?? -Infinity) >= sentAt - CLOCK_MARGIN_MS);
		found.push(...matchCreated([record], created, ['Name'], claimed));
	}
	return found;
};

/** Creates one task per item on a CTA (POST /v2/cockpit/task, one task a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'POST', path: PATHS.task(), what: 'task', settle: createdTasks(this) }, (itemIndex) => {
		const node = nodeOf(this);
		const record = {
			CtaId: readLocatorGsid(this, 'ctaId', itemIndex, 'CTA'),
			Name: parseInput(node, textSchema, this.getNodeParameter('name', itemIndex, ''), itemIndex, 'Name'),
		};
		return readTaskWrite(this, itemIndex, this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, record);
	}, taskOutput);
}
