/**
 * Writes to Gainsight data objects (Company, Relationship, Person reads, custom objects): insert,
 * update by keys, delete. Insert and update answer the written records at `data.records`, in
 * request order (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation).
 */
import type { IDataObject } from 'n8n-workflow';

import type { ChunkWriter } from './chunks';
import { callGainsight, gainsightRequest } from '../call';
import { apiError } from '../errors';
import { PATHS } from '../paths';
import { recordsOf } from '../reads';
import type { GainsightContext } from '../session';
import { shown } from '../../helpers/clip';

const answeredRecords = (data: unknown): IDataObject[] => recordsOf(data) ?? [];

/** The values of `keys` in a record, in a form that compares the way Gainsight matches. */
export function keyTuple(record: IDataObject, keys: string[]): string {
	return keys.map((key) => String(record[key] ?? '').trim().toLowerCase()).join('\u0000');
}

export function insertWriter(ctx: GainsightContext, object: string, lookups: IDataObject | undefined): ChunkWriter {
	return {
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

export async function deleteRecord(ctx: GainsightContext, object: string, gsid: string, itemIndex: number): Promise<void> {
	await gainsightRequest(ctx, { method: 'DELETE', path: PATHS.objectRecord(object, gsid), write: true, itemIndex });
}
