/**
 * Writes to Gainsight data objects (Company, Relationship, Person reads, custom objects): insert,
 * update by keys, delete. Insert and update answer the written records at `data.records`, in
 * request order (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation).
 */
import type { IDataObject } from 'n8n-workflow';

import type { ChunkWriter } from './chunks';
import { callGainsight, type CallOutcome } from '../call';
import { apiError } from '../errors';
import { dataTypeOf, describeObject } from '../metadata';
import { PATHS } from '../paths';
import { queryRecords, recordsOf } from '../reads';
import { CLOCK_MARGIN_MS, matchCreated, sendWrite, type Settle } from './settle';
import type { GainsightContext } from '../session';
import { shown } from '../../helpers/clip';

const answeredRecords = (data: unknown): IDataObject[] => recordsOf(data) ?? [];

/** The values of `keys` in a record, in a form that compares the way Gainsight matches. */
export function keyTuple(record: IDataObject, keys: string[]): string {
	return keys.map((key) => String(record[key] ?? '').trim().toLowerCase()).join('\u0000');
}

/** Data types whose values a read gives back as they were written (picklists answer item GSIDs, dates epoch ms). */
const COMPARABLE_TYPES = new Set(['STRING', 'EMAIL', 'NUMBER', 'CURRENCY', 'PERCENTAGE', 'BOOLEAN', 'GSID']);

/**
 * The records of an insert that Gainsight created: one read of what was created since just before
 * the call, matched on the values sent in fields that read back as written.
 */
function insertedRecords(ctx: GainsightContext, object: string): Settle<IDataObject[]> {
	return async (records, sentAt, claimed) => {
		const described = await describeObject(ctx, object);
		const sentFields = new Set(records.flatMap((record) => Object.keys(record)));
		const fields = [...sentFields].filter((field) => COMPARABLE_TYPES.has(dataTypeOf(described, field) ?? ''));
		if (fields.length === 0) throw new Error(`no field of ${object} that was sent reads back as written`);
		const since = new Date(sentAt - CLOCK_MARGIN_MS).toISOString();
		const body = { select: ['Gsid', ...fields], where: { conditions: [{ name: 'CreatedDate', alias: 'A', value: [since], operator: 'GTE' }] } };
		return matchCreated(records, await queryRecords(ctx, object, body, undefined), fields, claimed);
	};
}

export function insertWriter(ctx: GainsightContext, object: string, lookups: IDataObject | undefined): ChunkWriter {
	return {
		settle: insertedRecords(ctx, object),
		send: async (records) =>
			callGainsight(ctx, { method: 'POST', path: PATHS.objectRecords(object), body: { records, ...(lookups ? { lookups } : {}) }, write: true }),
		split: (records, data) => {
			const answered = answeredRecords(data);
			// Gainsight answers the inserted records in request order.
			return records.map((record, index) => answered[index] ?? record);
		},
	};
}

export function updateWriter(ctx: GainsightContext, object: string, keys: string[], lookups: IDataObject | undefined): ChunkWriter {
	return {
		// the same update again sets the same values on the same records
		settle: 'resend',
		send: async (records) =>
			callGainsight(ctx, {
				method: 'PUT',
				path: PATHS.objectRecords(object),
				qs: { keys: keys.join(',') },
				body: { records, ...(lookups ? { lookups } : {}) },
				write: true,
			}),
		split: (records, data) => {
			// Answers per key; records that share a key share its answers, in order.
			const answers = new Map<string, IDataObject[]>();
			for (const answer of answeredRecords(data)) {
				const tuple = keyTuple(answer, keys);
				answers.set(tuple, [...(answers.get(tuple) ?? []), answer]);
			}
			const answered = new Map([...answers].map(([tuple, list]) => [tuple, [...list]]));
			const sharing = new Map<string, number>();
			for (const record of records) {
				const tuple = keyTuple(record, keys);
				sharing.set(tuple, (sharing.get(tuple) ?? 0) + 1);
			}
			return records.map((record) => {
				const tuple = keyTuple(record, keys);
				const matches = answers.get(tuple) ?? [];
				const share = Math.max(1, Math.floor(matches.length / (sharing.get(tuple) ?? 1)));
				const mine = matches.splice(0, share);
				if (mine.length) return mine.length === 1 ? mine[0] : mine;
				// Fewer answers than records with this key: they updated the same record.
				const last = answered.get(tuple)?.at(-1);
				if (last) return last;
				return apiError(ctx, {
					message: `No ${object} record matched ${keys.map((key) => `${key} = ${shown(record[key])}`).join(' and ')}, so nothing was updated`,
					description: 'Check the match field values, or use Create or Update to create records that do not exist yet.',
					field: keys[0],
				});
			});
		},
	};
}

/** Deletes one record. A delete whose outcome is unknown is sent again; "no such record" then means the first one was applied. */
export async function deleteRecord(ctx: GainsightContext, object: string, gsid: string, itemIndex: number): Promise<void> {
	const alreadyGone = (outcome: CallOutcome) => outcome.kind === 'rejected' && outcome.envelope?.errorCode === 'GSOBJ_1011';
	await sendWrite(ctx, { method: 'DELETE', path: PATHS.objectRecord(object, gsid), itemIndex }, true, alreadyGone);
}
