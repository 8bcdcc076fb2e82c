import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL } from '../../transport/writes/requests';
import { readLocatorGsid } from '../common/locatorGsid';
import { optionsCollection } from '../common/options.description';
import { fieldsCollection } from '../common/recordFields.description';
import { writeEachItem } from '../common/singleWrite';
import { ctaFields, ctaLocator, customFields } from './cta.description';
import { readCtaFields } from './ctaRecord';
import { ctaOutput } from './output';

/**
 * What else moves when a CTA's due date or owner changes. A third-party summary of the CTA article
 * names the values, not the keys: the keys are the Task API's spelling (`dueDateCriteria`) and its
 * owner twin, sent only when the user picks a cascade, so an update without one sends nothing unsure.
 */
const CASCADES = {
	dueDateCriteria: { label: 'Due Date Cascade', values: ['ALL_OPEN_TASKS', 'PLAYBOOK_TASKS', 'NO'] },
	ownerCriteria: { label: 'Owner Cascade', values: ['OWNER', 'ALL_OPEN_TASKS', 'NO'] },
} as const;

export const properties: INodeProperties[] = [
	ctaLocator,
	fieldsCollection('Update Fields', 'updateFields', ctaFields(true)),
	customFields,
	optionsCollection([
		{
			displayName: 'Due Date Cascade',
			name: 'dueDateCriteria',
			type: 'options',
			options: [
				{ name: 'All Open Tasks', value: 'ALL_OPEN_TASKS', description: "Move the CTA's open tasks by as many days as its due date moves" },
				{ name: 'Playbook Tasks', value: 'PLAYBOOK_TASKS', description: "Move only the open tasks that came with the CTA's playbook" },
				{ name: 'No', value: 'NO', description: 'Move only the CTA' },
			],
			default: 'NO',
			description: "What else moves when the CTA's due date changes",
		},
		{
			displayName: 'Owner Cascade',
			name: 'ownerCriteria',
			type: 'options',
			options: [
				{ name: 'Tasks of the Previous Owner', value: 'OWNER', description: 'The new owner takes the open tasks the previous owner had' },
				{ name: 'All Open Tasks', value: 'ALL_OPEN_TASKS', description: 'The new owner takes every open task of the CTA' },
				{ name: 'No', value: 'NO', description: 'Only the CTA changes hands' },
			],
			default: 'NO',
			description: "Which of the CTA's tasks follow when its owner changes",
		},
	]),
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Update',
	value: 'update',
	description: 'Update CTAs, 25 a call',
	action: 'Update a CTA',
};

/** Updates one CTA per item (PUT /v2/cockpit/cta, 25 a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.cta(), what: 'CTA', perCall: COCKPIT_REQUESTS_PER_CALL }, (itemIndex) => {
		const node = nodeOf(this);
		const control: IDataObject = { Gsid: readLocatorGsid(this, 'ctaId', itemIndex, 'CTA') };
		for (const [name, { label, values }] of Object.entries(CASCADES)) {
			const value = this.getNodeParameter(`options.${name}`, itemIndex, '') as string;
			if (value === '') continue;
			if (!(values as readonly string[]).includes(value)) throw inputError(node, itemIndex, label, `is ${JSON.stringify(value)}`, `Use one of ${values.join(', ')}.`);
			control[name] = value;
		}
		const write = readCtaFields(this, itemIndex, { ...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject) });
		if (Object.keys(write.record).length === 0) throw inputError(node, itemIndex, 'Update Fields', 'sets no field', 'Add at least one field to change.');
		return { ...write, control };
	}, ctaOutput);
}
