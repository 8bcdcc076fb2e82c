/** Steps the data-object operations share: read + check every item, group by request shape, output with dates as asked. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareAll, toOutput } from '../../helpers/output';
import { itemParameter } from '../../helpers/parameters';
import { datesForWire, readLookups, readRecord, readUpdateKeys } from '../../input/records';
import { groupBy, type PendingRecord, type RecordResult } from '../../transport/writes/chunks';
import type { DataObjectConfig } from './config';
import { dateFormatOf, withIsoDates } from './dateFormat';
import { objectOf } from './objectName';

/** Items that can go in one request: same object, same keys, same lookups. */
export interface WriteGroup {
	object: string;
	keys: string[];
	lookups?: IDataObject;
	records: PendingRecord[];
}

interface ItemWrite {
	object: string;
	record: IDataObject;
	lookups?: IDataObject;
	keys: string[];
}

/** Every item's object, record, lookups and (for update/upsert) keys, checked before any call; grouped by request shape. */
export async function prepareWrites(ctx: IExecuteFunctions, config: DataObjectConfig, items: INodeExecutionData[], withKeys: boolean) {
	const { ready, failed } = prepareAll(ctx, items.length, (itemIndex): ItemWrite => {
		const object = objectOf(ctx, config, itemIndex);
		const record = readRecord(ctx, itemIndex, items[itemIndex]);
		const keys = withKeys ? readUpdateKeys(ctx, itemIndex, record) : [];
		return { object, record, keys, lookups: readLookups(ctx, itemIndex, record) };
	});
	const groups: WriteGroup[] = groupBy(ready, (entry) => JSON.stringify([entry.value.object, entry.value.keys, entry.value.lookups ?? null])).map(
		(group) => ({
			object: group[0].value.object,
			keys: group[0].value.keys,
			lookups: group[0].value.lookups,
			records: group.map((entry) => ({ itemIndex: entry.itemIndex, record: entry.value.record })),
		}),
	);
	for (const object of new Set(groups.map((group) => group.object))) {
		await datesForWire(ctx, object, groups.filter((group) => group.object === object).flatMap((group) => group.records.map((pending) => pending.record)));
	}
	return { groups, failed };
}

/** Applies the Date Format option (ISO 8601 unless epoch milliseconds are asked for) to the successful results of `object`. */
export async function withDateFormat(ctx: IExecuteFunctions, object: string, results: RecordResult[]): Promise<RecordResult[]> {
	const wanted = results.filter((result) => result.json && dateFormatOf(itemParameter(ctx, 'options', result.itemIndex, {}) as IDataObject) === 'iso');
	const records = wanted.flatMap((result) => (Array.isArray(result.json) ? result.json : [result.json as IDataObject]));
	const converted = await withIsoDates(ctx, object, records);
	if (converted === records) return results;
	let next = 0;
	for (const result of wanted) {
		const count = Array.isArray(result.json) ? result.json.length : 1;
		const mine = converted.slice(next, next + count);
		next += count;
		result.json = Array.isArray(result.json) ? mine : mine[0];
	}
	return results;
}

/** The write results of every group as output items. */
export async function writeOutput(ctx: IExecuteFunctions, groups: WriteGroup[], failed: RecordResult[], results: RecordResult[]): Promise<INodeExecutionData[]> {
	const objectOfItem = new Map(groups.flatMap((group) => group.records.map((pending) => [pending.itemIndex, group.object] as const)));
	for (const object of new Set(groups.map((group) => group.object))) {
		await withDateFormat(ctx, object, results.filter((result) => objectOfItem.get(result.itemIndex) === object));
	}
	return toOutput(ctx, [...failed, ...results], 'written');
}
