import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { gsidSchema } from '../../transport/schemas';
import { lookupFields } from '../common/lookups.description';
import { ctaLocator, customFields, taskFields } from './task.description';
import { readTaskWrite, textSchema } from './taskRecord';
import { writeTasks } from './taskWrite';

const properties: INodeProperties[] = [
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

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['create'] } }, properties);

/** Creates one task per item on a CTA (POST /v2/cockpit/task, one task a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeTasks(this, items, 'POST', (itemIndex) => {
		const node = this.getNode();
		const record = {
			CtaId: parseInput(node, gsidSchema, this.getNodeParameter('ctaId', itemIndex, '', { extractValue: true }), itemIndex, 'CTA'),
			Name: parseInput(node, textSchema, this.getNodeParameter('name', itemIndex, ''), itemIndex, 'Name'),
		};
		return readTaskWrite(this, itemIndex, 'additionalFields', record);
	});
}
