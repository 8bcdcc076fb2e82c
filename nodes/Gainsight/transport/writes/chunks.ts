/**
 * Records → chunks of at most 50 → one call each → exactly one result per input item.
 *
 * Gainsight validates a whole data-object write and rejects it at the first bad field,
 * naming that field and value. A rejected chunk is therefore split: the records the
 * error names are reported as failed and the rest is sent again; when the error names
 * no record we can find, the chunk is halved until the bad record stands alone.
 * A refusal that is about the call, not a record (bad keys, bad lookup configuration,
 * a refused access key), fails the chunk's records and stops the rest of that group.
 */
import type { IDataObject } from 'n8n-workflow';

import type { CallOutcome } from '../call';
import { fieldFailures, type FieldFailure } from '../envelope';
import { apiError, errorForItem, GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import { claimAnswered, settleUnknown, type Settle, type WriteRun } from './settle';

export const MAX_RECORDS_PER_WRITE = 50;

export interface PendingRecord {
	itemIndex: number;
	record: IDataObject;
}

export type RecordResult =
	| { itemIndex: number; json: IDataObject | IDataObject[]; error?: undefined }
	| { itemIndex: number; error: Error; json?: undefined };

export interface ChunkWriter {
	/** Sends these records (all of one request shape) in one call. */
	send(records: IDataObject[]): Promise<CallOutcome>;
	/** Turns a successful answer into one result per sent record, in order. */
	split(records: IDataObject[], data: unknown): Array<IDataObject | IDataObject[] | Error>;
	/** How a call whose outcome is unknown is settled (see settle.ts); without it the records stay unknown. */
	settle?: Settle<IDataObject[]>;
}

export interface WriteGroup {
	records: PendingRecord[];
	writer: ChunkWriter;
}

export interface BatchOptions {
	/** Stop sending further chunks after the first failed record (the node will fail). */
	stopOnFirstError: boolean;
}

/** Groups records by a request-shape key, keeping first-seen order. */
export function groupBy<T>(values: T[], keyOf: (value: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const value of values) {
		const key = keyOf(value);
		const group = groups.get(key);
		if (group) group.push(value);
		else groups.set(key, [value]);
	}
	return [...groups.values()];
}

export function chunk<T>(values: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let start = 0; start < values.length; start += size) out.push(values.slice(start, start + size));
	return out;
}

const sameValue = (a: unknown, b: unknown) =>
	a !== undefined && a !== null && b !== undefined && (a === b || String(a) === String(b));

/**
 * The records of a chunk that a field failure names (same field, same value). A failure that
 * fits several records is not trusted: a lookup failure names only its first source value,
 * which good records may share; the caller halves the chunk instead.
 */
function namedRecords(records: PendingRecord[], failures: FieldFailure[]): Map<PendingRecord, FieldFailure> {
	const named = new Map<PendingRecord, FieldFailure>();
	for (const failure of failures) {
		if (!failure.fieldName) continue;
		const field = failure.fieldName;
		const fits = records.filter((pending) => {
			if (named.has(pending) || !Object.hasOwn(pending.record, field)) return false;
			const value = pending.record[field];
			return sameValue(value, failure.invalidValue) || sameValue(value, failure.parsedValue);
		});
		if (fits.length === 1) named.set(fits[0], failure);
	}
	return named;
}

/** The error of one record of a refused write: the field and value Gainsight named, else the call's error. */
export function recordError(ctx: GainsightContext, outcome: CallOutcome & { kind: 'rejected' }, failure: FieldFailure | undefined, itemIndex: number) {
	if (!failure) return errorForItem(ctx, outcome.error, itemIndex);
	const code = failure.errorCode ?? outcome.envelope?.errorCode ?? undefined;
	const what = failure.errorMessage ?? outcome.envelope?.errorDesc ?? 'invalid value';
	const field = failure.fieldName ? ` in field "${failure.fieldName}"` : '';
	const shown = failure.invalidValue !== undefined ? JSON.stringify(failure.invalidValue) : undefined;
	const value = shown !== undefined ? ` (value: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown})` : '';
	return apiError(ctx, {
		message: `Gainsight rejected the record: ${what}${field}${value}`,
		httpCode: outcome.httpCode,
		errorCode: code,
		requestId: outcome.envelope?.requestId,
		field: failure.fieldName,
		itemIndex,
	});
}


async function writeChunk(run: WriteRun, records: PendingRecord[], writer: ChunkWriter, results: RecordResult[], attempt = 0): Promise<GainsightApiError | undefined> {
	const { ctx } = run;
	const sentAt = Date.now();
	const outcome = await writer.send(records.map((pending) => pending.record));
	if (outcome.kind === 'ok') {
		const answers = writer.split(
			records.map((pending) => pending.record),
			outcome.envelope.data,
		);
		records.forEach((pending, index) => {
			const answer = answers[index];
			if (answer instanceof GainsightApiError) results.push({ itemIndex: pending.itemIndex, error: errorForItem(ctx, answer, pending.itemIndex) });
			else if (answer instanceof Error) results.push({ itemIndex: pending.itemIndex, error: answer });
			else {
				claimAnswered(run, answer);
				results.push({ itemIndex: pending.itemIndex, json: answer ?? {} });
			}
		});
		return undefined;
	}
	if (outcome.kind === 'unknown') {
		const rest = await settleUnknown(run, writer.settle, records, outcome.error, sentAt, attempt, results, (pending) => pending.map(({ record }) => record));
		return rest.length ? writeChunk(run, rest, writer, results, attempt + 1) : undefined;
	}
	const failures = fieldFailures(outcome.envelope);
	if (failures.length === 0) {
		// The call itself was refused: every record of it shares the error.
		for (const pending of records) results.push({ itemIndex: pending.itemIndex, error: errorForItem(ctx, outcome.error, pending.itemIndex) });
		return outcome.error;
	}
	if (records.length === 1) {
		results.push({ itemIndex: records[0].itemIndex, error: recordError(ctx, outcome, failures[0], records[0].itemIndex) });
		return undefined;
	}
	const named = namedRecords(records, failures);
	if (named.size > 0) {
		for (const [pending, failure] of named) {
			results.push({ itemIndex: pending.itemIndex, error: recordError(ctx, outcome, failure, pending.itemIndex) });
		}
		const rest = records.filter((pending) => !named.has(pending));
		return rest.length ? writeChunk(run, rest, writer, results, attempt) : undefined;
	}
	const middle = Math.ceil(records.length / 2);
	const stop = await writeChunk(run, records.slice(0, middle), writer, results, attempt);
	if (stop) return stop;
	return writeChunk(run, records.slice(middle), writer, results, attempt);
}

/** An item never sent because Gainsight refused an earlier call of the same shape: says so, with that refusal. */
export function notSent(ctx: GainsightContext, refusal: GainsightApiError, itemIndex: number) {
	const message = `Not sent: Gainsight refused an earlier call with the same fields and lookups (${refusal.details.message})`;
	return apiError(ctx, { ...refusal.details, message, itemIndex });
}

/**
 * Writes every group in chunks; returns one result per input record (order not guaranteed:
 * callers sort by itemIndex). With stopOnFirstError, no chunk is started after a failure.
 */
export async function writeInChunks(ctx: GainsightContext, groups: WriteGroup[], options: BatchOptions): Promise<RecordResult[]> {
	const results: RecordResult[] = [];
	const run: WriteRun = { ctx, claimed: new Set() };
	const jobs = groups.map((group) => ({ writer: group.writer, chunks: chunk(group.records, MAX_RECORDS_PER_WRITE), stopped: undefined as GainsightApiError | undefined }));
	const queue = jobs.flatMap((job) => job.chunks.map((records) => ({ job, records })));
	let failed = false;
	await runSideBySide(
		ctx,
		queue,
		async ({ job, records }) => {
			if (job.stopped) {
				for (const pending of records) results.push({ itemIndex: pending.itemIndex, error: notSent(ctx, job.stopped, pending.itemIndex) });
				return;
			}
			const chunkResults: RecordResult[] = [];
			const stop = await writeChunk(run, records, job.writer, chunkResults);
			if (stop) job.stopped = stop;
			if (chunkResults.some((result) => result.error)) failed = true;
			for (const result of chunkResults) results.push(result);
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}

