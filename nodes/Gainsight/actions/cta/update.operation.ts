import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL } from '../../transport/writes/requests';
import { dueDateWithCascade, readDueDateWithCascade, type Cascade } from '../common/dueDateCascade';
import { readLocatorGsid } from '../common/locatorGsid';
import { lookupFields } from '../common/lookups.description';
import { optionsCollection } from '../common/options.description';
import { fieldsCollection } from '../common/recordFields.description';
import { writeEachItem } from '../common/singleWrite';
import { ctaFields, ctaLocator, customFields } from './cta.description';
import { readCtaFields } from './ctaRecord';
import { ctaOutput } from './output';

/**
 * What else moves when a CTA's due date or owner changes. A third-party summary of the CTA article
 * names the values, not the keys nor Gainsight's defaults: the keys are the Task API's spelling
 * (`dueDateCriteria`) and its owner twin, and a cascade is sent only when one is picked and the due
 * date (owner) changes, so an update without one sends nothing unsure.
 */
const DUE_DATE_CASCADE: Cascade = {
	displayName: 'Due Date Cascade',
	name: 'dueDateCriteria',
	type: 'options',
	options: [
		{ name: "Gainsight's Default (Not Sent)", value: '', description: 'Send no cascade: Gainsight applies its own' },
		{ name: 'All Open Tasks', value: 'ALL_OPEN_TASKS', description: "The CTA's open tasks move by as many days as its due date" },
		{ name: 'Playbook Tasks', value: 'PLAYBOOK_TASKS', description: "Only the open tasks that came with the CTA's playbook move" },
		{ name: 'No', value: 'NO', description: 'Only the CTA moves' },
	],
	default: '',
	description: "What else moves when the CTA's due date changes",
};

/** Sent with an owner change only; read from Options, checked against its own values. */
const OWNER_CASCADE: Cascade = {
	displayName: 'Owner Cascade',
	name: 'ownerCriteria',
	type: 'options',
	options: [
		{ name: 'Tasks of the Previous Owner', value: 'OWNER', description: 'The new owner takes the open tasks the previous owner had' },
		{ name: 'All Open Tasks', value: 'ALL_OPEN_TASKS', description: 'The new owner takes every open task of the CTA' },
		{ name: 'No', value: 'NO', description: 'Only the CTA changes hands' },
	],
	default: 'NO',
	description: "Which of the CTA's tasks follow when Update Fields change its owner (Owner ID or Owner Email); sent only then",
};
const OWNER_CASCADE_VALUES = OWNER_CASCADE.options.map((option) => option.value);

export const properties: INodeProperties[] = [
	ctaLocator,
	...dueDateWithCascade('CTA', DUE_DATE_CASCADE),
	fieldsCollection('Update Fields', 'updateFields', ctaFields(true)),
	customFields,
	...lookupFields,
	optionsCollection([OWNER_CASCADE]),
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Update',
	value: 'update',
	description: 'Update CTAs, 25 a call',
	action: 'Update a CTA',
};

/** Updates one CTA per item (PUT /v2/cockpit/cta, 25 a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.cta(), what: 'CTA', perCall: COCKPIT_REQUESTS_PER_CALL, settle: 'resend' }, (itemIndex) => {
		const node = nodeOf(this);
		const gsid = readLocatorGsid(this, 'ctaId', itemIndex, 'CTA');
		const updateFields = { ...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject) };
		const { given, control } = readDueDateWithCascade(this, itemIndex, DUE_DATE_CASCADE, updateFields);
		const owner = this.getNodeParameter(`options.${OWNER_CASCADE.name}`, itemIndex, '') as string;
		if (owner !== '' && ('OwnerId' in given || 'OwnerEmail' in given)) {
			if (!OWNER_CASCADE_VALUES.includes(owner)) {
				throw inputError(node, itemIndex, OWNER_CASCADE.displayName, `is ${JSON.stringify(owner)}`, `Use one of ${OWNER_CASCADE_VALUES.join(', ')}.`);
			}
			control[OWNER_CASCADE.name] = owner;
		}
		const write = readCtaFields(this, itemIndex, given);
		if (Object.keys(write.record).length === 0) throw inputError(node, itemIndex, 'Update Fields', 'sets no field', 'Set the Due Date or add at least one field to change.');
		return { ...write, control: { Gsid: gsid, ...control } };
	}, ctaOutput);
}
