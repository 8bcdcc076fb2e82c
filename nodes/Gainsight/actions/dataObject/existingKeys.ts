/**
 * Which key tuples of an upsert already exist. The read API's operator table gives IN only to
 * numbers and dropdowns (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation),
 * while update keys are text, GSID, number or email: every key type takes EQ, so tuples are matched
 * with EQ conditions joined with OR, a few dozen conditions a read (no metadata call is needed to
 * learn the keys' types). For many keys, reading the object's key fields page by page (5,000
 * records a call) can be cheaper; which one is cannot be known before the first page, so:
 * - keys that fit one OR read: that read;
 * - otherwise pages of the whole object are read while they cost less than the OR reads still
 *   needed for the tuples not yet found; a short page ends it (every tuple not seen is new),
 *   else the rest is found with OR reads. At most about twice the cheaper of the two.
 */
import type { IDataObject } from 'n8n-workflow';

import { aliasFor } from '../../input/query';
import { MAX_READ_PAGE, queryPage, queryRecords } from '../../transport/reads';
import { runPool } from '../../transport/pool';
import { tenantConcurrency, type GainsightContext } from '../../transport/session';
import { keyTuple } from '../../transport/writes/dataObjects';
import type { PendingRecord } from '../../transport/writes/chunks';

/** Conditions per OR read. The API documents no limit; this keeps each read's body and expression small. */
export const CONDITIONS_PER_READ = 25;

const chunk = <T>(values: T[], size: number) => Array.from({ length: Math.ceil(values.length / size) }, (_, index) => values.slice(index * size, (index + 1) * size));

/** One OR read per chunk of tuples, `(K1 = a AND K2 = b) OR (…)`, side by side (Concurrent Calls). */
async function orReads(ctx: GainsightContext, object: string, keys: string[], tuples: IDataObject[], found: Set<string>, itemIndex?: number) {
	const perRead = Math.max(1, Math.floor(CONDITIONS_PER_READ / keys.length));
	const parts = chunk(tuples, perRead);
	await runPool(() => parts.shift(), async (part) => {
		const conditions: IDataObject[] = [];
		const groups: string[] = [];
		for (const tuple of part) {
			const aliases = keys.map((key) => {
				const alias = aliasFor(conditions.length);
				conditions.push({ name: key, alias, value: [tuple[key]], operator: 'EQ' });
				return alias;
			});
			groups.push(aliases.length > 1 ? `(${aliases.join(' AND ')})` : aliases[0]);
		}
		const body = { select: [...new Set([...keys, 'Gsid'])], where: { conditions, expression: groups.join(' OR ') } };
		for (const record of await queryRecords(ctx, object, body, undefined, itemIndex)) found.add(keyTuple(record, keys));
	}, await tenantConcurrency(ctx));
}

/** The key tuples among `records` that already exist in `object`. */
export async function existingTuples(ctx: GainsightContext, object: string, keys: string[], records: PendingRecord[], itemIndex?: number): Promise<Set<string>> {
	const distinct = new Map<string, IDataObject>();
	for (const { record } of records) distinct.set(keyTuple(record, keys), record);
	const found = new Set<string>();

	const perRead = Math.max(1, Math.floor(CONDITIONS_PER_READ / keys.length));
	const orCallsFor = (count: number) => Math.ceil(count / perRead);
	const unfound = () => [...distinct].filter(([tuple]) => !found.has(tuple)).map(([, record]) => record);
	if (orCallsFor(distinct.size) > 1) {
		const select = [...new Set([...keys, 'Gsid'])];
		for (let page = 0; page < orCallsFor(unfound().length); page++) {
			const rows = await queryPage(ctx, object, { select, orderBy: { Gsid: 'asc' } }, { offset: page * MAX_READ_PAGE, size: MAX_READ_PAGE }, itemIndex);
			for (const row of rows) {
				const tuple = keyTuple(row, keys);
				if (distinct.has(tuple)) found.add(tuple);
			}
			if (rows.length < MAX_READ_PAGE) return found;
		}
	}
	await orReads(ctx, object, keys, unfound(), found, itemIndex);
	return found;
}
