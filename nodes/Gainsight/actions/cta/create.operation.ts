import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { asNodeError } from '../../helpers/nodeError';
import { nodeOf } from '../../helpers/node';
import { inputError, parseInput } from '../../helpers/inputError';
import { prepareAll, toOutput } from '../../helpers/output';
import { textSchema } from '../../input/recordFields';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL, writeRequests, type RequestWrite } from '../../transport/writes/requests';
import { createdInCockpit } from '../common/createdInCockpit';
import type { RecordResult } from '../../transport/writes/chunks';
import { contextFields } from '../common/cockpit.description';
import { readContext } from '../common/cockpitContext';
import { lookupFields } from '../common/lookups.description';
import { optionsCollection } from '../common/options.description';
import { fieldsCollection } from '../common/recordFields.description';
import { ctaFields, customFields, priorityPicker, reasonPicker, statusPicker, typePicker } from './cta.description';
import { readConfigNames, readCtaFields } from './ctaRecord';
import { duplicateKey, openCtaKeys } from './openCtas';
import { ctaOutput } from './output';
import { shaped } from '../common/singleWrite';

export const properties: INodeProperties[] = [
	...contextFields('CTA'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Health score dropped below 40',
		description: 'The CTA name',
	},
	typePicker(true),
	reasonPicker,
	statusPicker,
	priorityPicker,
	fieldsCollection('Additional Fields', 'additionalFields', [
		...ctaFields(false),
		{
			displayName: 'Playbook Name or ID',
			name: 'PlaybookId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCtaPlaybooks', loadOptionsDependsOn: ['entityType', 'type'] },
			default: '',
			description:
				'A playbook to apply: its tasks are created with the CTA. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	customFields,
	...lookupFields,
	optionsCollection([
		{
			displayName: 'Skip If an Open CTA Exists',
			name: 'skipIfOpen',
			type: 'boolean',
			default: false,
			description:
				"Whether to skip an item when its company (or relationship) already has an open CTA of the same type and reason (Gainsight's duplicate rule), so a scheduled workflow does not open the same CTA on every run. Costs one CTA read per 25 companies.",
		},
	]),
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Create',
	value: 'create',
	description: 'Create CTAs, 25 a call, optionally with a playbook',
	action: 'Create a CTA',
};

interface Prepared {
	write: Omit<RequestWrite, 'itemIndex'>;
	key: string;
}

/** Items whose CTA exists (open) or is created by an earlier item of the run: not sent, output as skipped. */
async function skipDuplicates(ctx: IExecuteFunctions, ready: Array<{ itemIndex: number; value: Prepared }>): Promise<{ send: typeof ready; skipped: RecordResult[]; firstOf: Map<number, number> }> {
	const open = await openCtaKeys(ctx, ready.map(({ value }) => value.write.record));
	const send: typeof ready = [];
	const skipped: RecordResult[] = [];
	const firstOf = new Map<number, number>();
	const sentKeys = new Map<string, number>();
	for (const entry of ready) {
		const existing = open.get(entry.value.key);
		const earlier = sentKeys.get(entry.value.key);
		if (existing) skipped.push({ itemIndex: entry.itemIndex, json: { skipped: true, existingCtaId: existing, ...entry.value.write.record } });
		else if (earlier !== undefined) firstOf.set(entry.itemIndex, earlier);
		else {
			sentKeys.set(entry.value.key, entry.itemIndex);
			send.push(entry);
		}
	}
	return { send, skipped, firstOf };
}

/** Creates one CTA per item (POST /v2/cockpit/cta, 25 a call), each item's error on its own item. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number): Prepared => {
		const node = nodeOf(this);
		const record: IDataObject = {
			...readContext(this, itemIndex),
			Name: parseInput(node, textSchema, this.getNodeParameter('name', itemIndex, ''), itemIndex, 'Name'),
			...readConfigNames(this, itemIndex, (name) => this.getNodeParameter(name, itemIndex, '')),
		};
		if (record.type === undefined) throw inputError(node, itemIndex, 'Type', 'is empty', 'Pick the CTA type, or give its name.');
		const write = readCtaFields(this, itemIndex, { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) }, record);
		return { write, key: duplicateKey(write.record) };
	};
	const { ready, failed } = prepareAll(this, items.length, prepare);
	let send = ready;
	let skipped: RecordResult[] = [];
	let firstOf = new Map<number, number>();
	if (this.getNodeParameter('options.skipIfOpen', 0, false) === true && ready.length) {
		try {
			({ send, skipped, firstOf } = await skipDuplicates(this, ready));
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(nodeOf(this), error);
			const reason = asNodeError(nodeOf(this), error);
			return toOutput(this, [...failed, ...ready.map(({ itemIndex }) => ({ itemIndex, error: reason }))]);
		}
	}
	const results = await writeRequests(
		this,
		{ method: 'POST', path: PATHS.cta(), what: 'CTA', perCall: COCKPIT_REQUESTS_PER_CALL, settle: createdInCockpit(this, PATHS.ctaList()) },
		send.map(({ itemIndex, value }) => ({ itemIndex, ...value.write })),
		{ stopOnFirstError: !this.continueOnFail() },
	);
	const byItem = new Map(results.map((result) => [result.itemIndex, result]));
	const duplicates: RecordResult[] = [...firstOf].map(([itemIndex, first]) => {
		const created = byItem.get(first);
		const record = ready.find((entry) => entry.itemIndex === itemIndex)!.value.write.record;
		const existingCtaId = created?.json && !Array.isArray(created.json) ? created.json.Gsid : undefined;
		return { itemIndex, json: { skipped: true, duplicateOfItem: first, ...(existingCtaId ? { existingCtaId } : {}), ...record } };
	});
	return toOutput(this, [...failed, ...shaped([...skipped, ...duplicates, ...results], ctaOutput)], 'written');
}
