/**
 * Cockpit-style writes: `{requests: [{record: {..., referenceId}, ...}], lookups}`, answered with
 * `data: {success: [{referenceId: gsid}], failure: [{referenceId: message}]}` (the Task and Playbook
 * article's shape, which the CTA and Success Plan APIs share). Task and goal writes take one record a
 * call; CTA and Success Plan writes several (`target.perCall`). Each item gets its own referenceId,
 * so the answer is matched to the item by that ID, never by position: a record the answer lists as
 * failed fails its item only.
 *
 * Writes that share their lookups (and query) go in the same calls, `perCall` at a time. The calls go
 * side by side (Concurrent Calls, the first alone until the key is known good) and follow the chunked
 * writes' rules: without Continue On Fail nothing starts after a failure; a refusal of the call
 * itself (a bad lookup configuration, a refused key) stops the items that share its lookups. A record
 * the answer does not name may or may not have been written: its item says so. Each request is built
 * before the first call, so a call's turn only sends and reads the answer.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { callGainsight, type CallOutcome, type CallSpec } from '../call';
import { fieldFailures, type Envelope } from '../envelope';
import { apiError, errorForItem, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import { chunk, notSent, recordError, type BatchOptions, type RecordResult } from './chunks';

export interface RequestWrite {
	itemIndex: number;
	/** The fields of `record` (referenceId is added here). */
	record: IDataObject;
	/** Members of the sent record that are not the record's fields (`gsid`, `dueDateCriteria`): not echoed in the output. */
	control?: IDataObject;
	/** Other members of the request besides `record` (e.g. a goal's `association`). */
	extra?: IDataObject;
	lookups?: IDataObject;
	/** Query parameters of the call (a success plan's `withObjectives`): writes with different ones never share a call. */
	qs?: IDataObject;
}

export interface RequestTarget {
	method: IHttpRequestMethods;
	path: string;
	/** What one record is, for messages: "task", "goal", "CTA". */
	what: string;
	/** Records a call (default 1). */
	perCall?: number;
}

/**
 * Records a CTA or success plan call carries. Their articles give no limit for `requests[]`
 * (a third-party summary of them neither): half the data-object API's documented 50 keeps a call
 * well inside any limit Gainsight is likely to set, while 100 CTAs still cost 4 calls, not 100.
 */
export const COCKPIT_REQUESTS_PER_CALL = 25;

/** The referenceId sent for an item: unique within the call, and says which item it was. */
export const referenceIdFor = (itemIndex: number) => `n8n-item-${itemIndex}`;

/** `[{ref: value}, ...]` → the value for `ref`, if listed. */
function entryFor(list: unknown, ref: string): { found: boolean; value?: unknown } {
	if (!Array.isArray(list)) return { found: false };
	for (const entry of list) {
		if (entry && typeof entry === 'object' && Object.hasOwn(entry, ref)) return { found: true, value: (entry as IDataObject)[ref] };
	}
	return { found: false };
}

function answerLists(data: unknown): { success?: unknown; failure?: unknown } {
	return data && typeof data === 'object' ? (data as { success?: unknown; failure?: unknown }) : {};
}

/** Whether the answer names any record in its success or failure list. */
const namesRecords = (data: unknown) => {
	const { success, failure } = answerLists(data);
	return (Array.isArray(success) && success.length > 0) || (Array.isArray(failure) && failure.length > 0);
};

/** Writes whose lookups and query are the same: Gainsight refusing one of their calls as a whole refuses them all. */
interface WriteGroup {
	refusal?: GainsightApiError;
}

interface Job {
	writes: RequestWrite[];
	group: WriteGroup;
	spec: CallSpec;
}

function requestFor(target: RequestTarget, writes: RequestWrite[]): CallSpec {
	const [first] = writes;
	const requests = writes.map((write) => ({ ...write.extra, record: { referenceId: referenceIdFor(write.itemIndex), ...write.control, ...write.record } }));
	const body: IDataObject = { requests };
	if (first.lookups) body.lookups = first.lookups;
	return { method: target.method, path: target.path, qs: first.qs, body, write: true, itemIndex: writes.length === 1 ? first.itemIndex : undefined };
}

/** One write's result from the answer to its call; `refusesCall` when the answer refuses the call itself, not the record. */
function resultOf(ctx: GainsightContext, target: RequestTarget, write: RequestWrite, outcome: CallOutcome, alone: boolean): { result: RecordResult; refusesCall?: boolean } {
	const { itemIndex } = write;
	const referenceId = referenceIdFor(itemIndex);
	const rejection = (message: string, envelope?: Envelope) => ({
		result: {
			itemIndex,
			error: apiError(ctx, {
				message: `Gainsight did not accept the ${target.what}: ${message}`,
				errorCode: envelope?.errorCode,
				requestId: envelope?.requestId,
				itemIndex,
			}),
		},
	});
	const unanswered = () => ({
		result: {
			itemIndex,
			error: apiError(ctx, {
				message: `Gainsight answered without a result for this ${target.what}: it may or may not have been written`,
				outcomeUnknown: true,
				description: `Check the ${target.what} in Gainsight before running this item again.`,
				itemIndex,
			}),
		},
	});
	if (outcome.kind === 'unknown') return { result: { itemIndex, error: errorForItem(ctx, outcome.error, itemIndex) } };
	const data = outcome.envelope?.data;
	const failed = entryFor(answerLists(data).failure, referenceId);
	if (failed.found) return rejection(String(failed.value), outcome.envelope);
	// A call with several records may be answered result:false when one of them failed: the others are in the success list.
	const written = entryFor(answerLists(data).success, referenceId);
	if (written.found && typeof written.value === 'string') return { result: { itemIndex, json: { Gsid: written.value, ...write.record } } };
	if (outcome.kind === 'ok' || namesRecords(data)) return unanswered();
	const { envelope, httpCode } = outcome;
	// HTTP 200 with result:false and no lists: the record(s) were refused, not the call
	// (a bad lookup configuration, a refused key or a malformed body come with a 4xx).
	if (envelope && httpCode === 200) return rejection(envelope.errorDesc ?? envelope.message ?? 'refused without a reason', envelope);
	const fields = fieldFailures(envelope);
	if (alone && fields.length) return { result: { itemIndex, error: recordError(ctx, outcome, fields[0], itemIndex) } };
	return { result: { itemIndex, error: errorForItem(ctx, outcome.error, itemIndex) }, refusesCall: true };
}

/** One result per write: the item's record plus the `Gsid` Gainsight gave it, or its error. */
export async function writeRequests(ctx: GainsightContext, target: RequestTarget, writes: RequestWrite[], options: BatchOptions): Promise<RecordResult[]> {
	const perCall = Math.max(1, target.perCall ?? 1);
	const groups = new Map<string, { group: WriteGroup; writes: RequestWrite[] }>();
	for (const write of writes) {
		const key = JSON.stringify([write.lookups ?? null, write.qs ?? null]);
		const entry = groups.get(key) ?? { group: {}, writes: [] };
		entry.writes.push(write);
		groups.set(key, entry);
	}
	const jobs = [...groups.values()].flatMap(({ group, writes: shared }) =>
		chunk(shared, perCall).map((part): Job => ({ writes: part, group, spec: requestFor(target, part) })),
	);
	const results: RecordResult[] = [];
	let failed = false;
	await runSideBySide(
		ctx,
		jobs,
		async ({ writes: part, group, spec }) => {
			if (group.refusal) {
				for (const write of part) results.push({ itemIndex: write.itemIndex, error: notSent(ctx, group.refusal, write.itemIndex) });
				return;
			}
			const outcome = await callGainsight(ctx, spec);
			for (const write of part) {
				const { result, refusesCall } = resultOf(ctx, target, write, outcome, part.length === 1);
				if (result.error) failed = true;
				if (refusesCall) group.refusal ??= result.error as GainsightApiError;
				results.push(result);
			}
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}
