/**
 * Writes that Gainsight takes one record a call: task create/update (`/v2/cockpit/task`) and goal
 * create (`/v1/csgoal/external/create`). Body: `{requests: [{record: {..., referenceId}, ...}], lookups}`;
 * answer: `data: {success: [{referenceId: gsid}], failure: [{referenceId: message}]}`, with
 * `result:false` when the record failed. Each item gets its own referenceId, so the answer is
 * matched to the item by that ID, never by position.
 *
 * Every item is its own call, so a failed record never holds back the others; calls go through
 * the shared chunk runner (one record a chunk) for its concurrency and stop-on-first-error rules.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { groupBy, writeInChunks, type BatchOptions, type ChunkWriter, type RecordResult } from './batch';
import type { Envelope } from './envelope';
import { apiError, callGainsight, type GainsightContext } from './request';

export interface SingleRecordWrite {
	itemIndex: number;
	/** The fields of `record` (referenceId is added here). */
	record: IDataObject;
	/** Members of the sent record that are not task/goal fields (`gsid`, `dueDateCriteria`): not echoed in the output. */
	control?: IDataObject;
	/** Other members of the request besides `record` (e.g. a goal's `association`). */
	extra?: IDataObject;
	lookups?: IDataObject;
}

export interface SingleRecordTarget {
	method: IHttpRequestMethods;
	path: string;
	/** What one record is, for messages: "task", "goal". */
	what: string;
}

/** The referenceId sent for an item: unique within the call, and says which item it was. */
export const referenceIdFor = (itemIndex: number) => `n8n-item-${itemIndex}`;

/** `[{ref: value}, ...]` → the value for `ref`, if listed. */
function entryFor(list: unknown, ref: string): { found: boolean; value?: unknown } {
	if (!Array.isArray(list)) return { found: false };
	for (const entry of list) {
		if (entry && typeof entry === 'object' && ref in entry) return { found: true, value: (entry as IDataObject)[ref] };
	}
	return { found: false };
}

function answerLists(data: unknown): { success?: unknown; failure?: unknown } {
	return data && typeof data === 'object' ? (data as { success?: unknown; failure?: unknown }) : {};
}

/** One writer for the writes that share a lookups object: a refusal of the call itself (a bad lookup configuration, a refused key) stops them all. */
function singleRecordWriter(ctx: GainsightContext, target: SingleRecordTarget, writes: SingleRecordWrite[]): ChunkWriter {
	const byRecord = new Map(writes.map((write) => [write.record, write]));
	const writeOf = (records: IDataObject[]) => {
		const write = byRecord.get(records[0]);
		if (records.length !== 1 || !write) throw new Error(`One ${target.what} a call: the writer got a record it does not know`);
		return write;
	};
	const rejection = (write: SingleRecordWrite, message: string, envelope?: Envelope) =>
		apiError(ctx, {
			message: `Gainsight did not accept the ${target.what}: ${message}`,
			errorCode: envelope?.errorCode,
			requestId: envelope?.requestId,
			itemIndex: write.itemIndex,
		});
	return {
		send: (records) => {
			const write = writeOf(records);
			const record = { referenceId: referenceIdFor(write.itemIndex), ...write.control, ...write.record };
			const body: IDataObject = { requests: [{ ...write.extra, record }] };
			if (write.lookups) body.lookups = write.lookups;
			return callGainsight(ctx, { method: target.method, path: target.path, body, write: true, itemIndex: write.itemIndex });
		},
		split: (records, data) => {
			const write = writeOf(records);
			const referenceId = referenceIdFor(write.itemIndex);
			const { success, failure } = answerLists(data);
			const failed = entryFor(failure, referenceId);
			if (failed.found) return [rejection(write, String(failed.value))];
			const written = entryFor(success, referenceId);
			if (written.found && typeof written.value === 'string') return [{ Gsid: written.value, ...write.record }];
			return [
				apiError(ctx, {
					message: `Gainsight answered without a result for this ${target.what}: it may or may not have been written`,
					outcomeUnknown: true,
					description: `Check the ${target.what} in Gainsight before running this item again.`,
					itemIndex: write.itemIndex,
				}),
			];
		},
		recordFailures: (records, envelope, httpCode) => {
			const write = writeOf(records);
			const failed = entryFor(answerLists(envelope?.data).failure, referenceIdFor(write.itemIndex));
			if (failed.found) return [rejection(write, String(failed.value), envelope)];
			// HTTP 200 with result:false and no failure list: the one record was refused, not the call
			// (a bad lookup configuration, a refused key or a malformed body come with a 4xx).
			if (envelope && httpCode === 200) return [rejection(write, envelope.errorDesc ?? envelope.message ?? 'refused without a reason', envelope)];
			return undefined;
		},
	};
}

/** One call per record; one result per write: the item's record plus the `Gsid` Gainsight gave it. */
export async function writeOneRecordPerCall(
	ctx: GainsightContext,
	target: SingleRecordTarget,
	writes: SingleRecordWrite[],
	options: BatchOptions,
): Promise<RecordResult[]> {
	const groups = groupBy(writes, (write) => JSON.stringify(write.lookups ?? null)).map((group) => ({
		records: group.map((write) => ({ itemIndex: write.itemIndex, record: write.record })),
		writer: singleRecordWriter(ctx, target, group),
	}));
	return writeInChunks(ctx, groups, { ...options, chunkSize: 1 });
}
