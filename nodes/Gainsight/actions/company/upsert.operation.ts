import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeInChunks, type PendingRecord, type RecordResult, type WriteGroup } from '../../transport/batch';
import { insertWriter, keyTuple, queryRecords, updateWriter } from '../../transport/dataObjects';
import { aliasFor } from '../../transport/query';
import { errorForItem, GainsightApiError } from '../../transport/request';
import { MAX_READ_PAGE } from '../../transport/schemas';
import { lookupFields } from '../common/lookups.description';
import { datesAsIsoOption, optionsCollection } from '../common/options.description';
import { companyColumns, fieldsToIgnoreOption } from './company.description';
import { COMPANY, companyOutput, prepareCompanyWrites, type CompanyWriteGroup } from './companyWrite';
import { asNodeError } from '../../helpers/nodeError';
import { nodeOf } from '../../helpers/node';

const properties: INodeProperties[] = [
	companyColumns('upsert'),
	...lookupFields,
	optionsCollection([datesAsIsoOption, fieldsToIgnoreOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['upsert'] } }, properties);

/** The key tuples among these records that already exist in Gainsight (one read per 5000 records). */
async function existingTuples(ctx: IExecuteFunctions, keys: string[], records: PendingRecord[]): Promise<Set<string>> {
	const existing = new Set<string>();
	for (let start = 0; start < records.length; start += MAX_READ_PAGE) {
		const batch = records.slice(start, start + MAX_READ_PAGE);
		const conditions = keys.map((key, position) => ({
			name: key,
			alias: aliasFor(position),
			operator: 'IN',
			value: [...new Set(batch.map((pending) => pending.record[key]))],
		}));
		const found = await queryRecords(ctx, COMPANY, { select: [...new Set([...keys, 'Gsid'])], where: { conditions } }, undefined);
		for (const record of found) existing.add(keyTuple(record as IDataObject, keys));
	}
	return existing;
}

/**
 * Upsert without a native upsert: read which keys exist, update those, insert the rest.
 * Two new items with the same keys: the first is inserted, the later ones update it afterwards,
 * so nothing is inserted twice.
 */
async function upsertGroup(ctx: IExecuteFunctions, group: CompanyWriteGroup): Promise<RecordResult[]> {
	let existing: Set<string>;
	try {
		existing = await existingTuples(ctx, group.keys, group.records);
	} catch (error) {
		if (!(error instanceof GainsightApiError) || !ctx.continueOnFail()) throw asNodeError(nodeOf(ctx), error);
		return group.records.map((pending) => ({ itemIndex: pending.itemIndex, error: errorForItem(ctx, error, pending.itemIndex) }));
	}
	const toInsert: PendingRecord[] = [];
	const toUpdate: PendingRecord[] = [];
	const afterInsert: PendingRecord[] = [];
	const insertedNow = new Set<string>();
	for (const pending of group.records) {
		const tuple = keyTuple(pending.record, group.keys);
		if (existing.has(tuple)) toUpdate.push(pending);
		else if (insertedNow.has(tuple)) afterInsert.push(pending);
		else {
			insertedNow.add(tuple);
			toInsert.push(pending);
		}
	}
	const update = updateWriter(ctx, COMPANY, group.keys, group.lookups);
	const options = { stopOnFirstError: !ctx.continueOnFail() };
	const first: WriteGroup[] = [
		{ records: toUpdate, writer: update },
		{ records: toInsert, writer: insertWriter(ctx, COMPANY, group.lookups) },
	];
	const results = await writeInChunks(ctx, first, options);
	if (afterInsert.length && !(options.stopOnFirstError && results.some((result) => result.error))) {
		results.push(...(await writeInChunks(ctx, [{ records: afterInsert, writer: update }], options)));
	}
	return results;
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const { groups, failed } = await prepareCompanyWrites(this, items, true);
	const results: RecordResult[] = [...failed];
	for (const group of groups) {
		const groupResults = await upsertGroup(this, group);
		results.push(...groupResults);
		if (!this.continueOnFail() && groupResults.some((result) => result.error)) break;
	}
	return companyOutput(this, results);
}
