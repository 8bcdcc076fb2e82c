import type { IExecuteFunctions } from 'n8n-workflow';

import { asNodeError } from '../../helpers/nodeError';
import { nodeOf } from '../../helpers/node';
import { errorForItem, GainsightApiError } from '../../transport/errors';
import { writeInChunks, type PendingRecord, type RecordResult } from '../../transport/writes/chunks';
import { insertWriter, keyTuple, updateWriter } from '../../transport/writes/dataObjects';
import { lookupFields } from '../common/lookups.description';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import type { OperationModule } from '../resource';
import { aOrAn, type DataObjectConfig } from './config';
import { columns, fieldsToIgnoreOption } from './description';
import { existingTuples } from './existingKeys';
import { prepareWrites, writeOutput, type WriteGroup } from './writes';

/**
 * Upsert without a native upsert: read which keys exist, update those, insert the rest.
 * Two new items with the same keys: the first is inserted, the later ones update it afterwards,
 * so nothing is inserted twice.
 */
async function upsertGroup(ctx: IExecuteFunctions, group: WriteGroup): Promise<RecordResult[]> {
	let existing: Set<string>;
	try {
		existing = await existingTuples(ctx, group.object, group.keys, group.records);
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
	const update = updateWriter(ctx, group.object, group.keys, group.lookups);
	const options = { stopOnFirstError: !ctx.continueOnFail() };
	const results = await writeInChunks(
		ctx,
		[
			{ records: toUpdate, writer: update },
			{ records: toInsert, writer: insertWriter(ctx, group.object, group.lookups) },
		],
		options,
	);
	if (afterInsert.length && !(options.stopOnFirstError && results.some((result) => result.error))) {
		results.push(...(await writeInChunks(ctx, [{ records: afterInsert, writer: update }], options)));
	}
	return results;
}

/** Creates the records whose key fields match none, updates those that match. */
export function upsertOperation(config: DataObjectConfig): OperationModule {
	return {
		operation: {
			name: 'Create or Update',
			value: 'upsert',
			// n8n's scanner asks every upsert for these words; the action and the mapper's hint say the rest
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			action: `Create or update ${aOrAn(config.singular)}`,
		},
		properties: [columns(config, 'upsert'), ...lookupFields, optionsCollection([dateFormatOption, fieldsToIgnoreOption])],
		async execute(items) {
			const { groups, failed } = await prepareWrites(this, config, items, true);
			const results: RecordResult[] = [];
			for (const group of groups) {
				const groupResults = await upsertGroup(this, group);
				results.push(...groupResults);
				if (!this.continueOnFail() && groupResults.some((result) => result.error)) break;
			}
			return writeOutput(this, groups, failed, results);
		},
	};
}
