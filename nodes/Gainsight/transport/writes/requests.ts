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
 * whose outcome the answer leaves unknown is settled (target.settle, see settle.ts) before the node
 * answers.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { callGainsight, type CallOutcome, type CallSpec } from '../call';
import { fieldFailures, type Envelope } from '../envelope';
import { apiError, errorForItem, unknownOutcome, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import { chunk, notSent, recordError, type BatchOptions, type RecordResult } from './chunks';
import { claimAnswered, settleUnknown, type Settle, type WriteRun } from './settle';

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
	/** How a record whose outcome is unknown is settled (see settle.ts); without it the record stays unknown. */
	settle?: Settle<IDataObject[]>;
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
}

function requestFor(target: RequestTarget, writes: RequestWrite[]): CallSpec {
	const [first] = writes;
	const requests = writes.map((write) => ({ ...write.extra, record: { referenceId: referenceIdFor(write.itemIndex), ...write.control, ...write.record } }));
	const body: IDataObject = { requests };
	if (first.lookups) body.lookups = first.lookups;
	return { method: target.method, path: target.path, qs: first.qs, body, write: true, itemIndex: writes.length === 1 ? first.itemIndex : undefined };
}

/**
 * One write's result from the answer to its call; `refusesCall` when the answer refuses the call
 * itself, not the record; `unknown` when the answer does not say whether the record was written.
 */
function resultOf(
	ctx: GainsightContext,
	target: RequestTarget,
	write: RequestWrite,
	outcome: CallOutcome,
	alone: boolean,
): { result: RecordResult; refusesCall?: boolean; unknown?: GainsightApiError } {
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
	const unanswered = () => {
		const error = unknownOutcome(ctx, `Gainsight answered without a result for this ${target.what}`, itemIndex);
		return { result: { itemIndex, error }, unknown: error };
	};
	if (outcome.kind === 'unknown') {
		const error = errorForItem(ctx, outcome.error, itemIndex);
		return { result: { itemIndex, error }, unknown: error };
	}
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
		chunk(shared, perCall).map((part): Job => ({ writes: part, group })),
	);
	const results: RecordResult[] = [];
	const run: WriteRun = { ctx, claimed: new Set() };
	let failed = false;
	const keep = (result: RecordResult) => {
		if (result.error) failed = true;
		else claimAnswered(run, result.json);
		results.push(result);
	};
	/** One call for these writes; those it leaves unknown are settled, and what is missing sent again (a few rounds at most). */
	const send = async (part: RequestWrite[], group: WriteGroup, round = 0): Promise<void> => {
		const sentAt = Date.now();
		const outcome = await callGainsight(ctx, requestFor(target, part));
		const unknown: RequestWrite[] = [];
		let unknownError: GainsightApiError | undefined;
		for (const write of part) {
			const { result, refusesCall, unknown: error } = resultOf(ctx, target, write, outcome, part.length === 1);
			if (refusesCall) group.refusal ??= result.error as GainsightApiError;
			if (!error) keep(result);
			else {
				unknown.push(write);
				unknownError ??= error;
			}
		}
		if (!unknownError) return;
		const settled: RecordResult[] = [];
		const rest = await settleUnknown(run, target.settle, unknown, unknownError, sentAt, round, settled, (writes) => writes.map((write) => write.record));
		settled.forEach(keep);
		if (rest.length) await send(rest, group, round + 1);
	};
	await runSideBySide(
		ctx,
		jobs,
		async ({ writes: part, group }) => {
			if (group.refusal) {
				for (const write of part) results.push({ itemIndex: write.itemIndex, error: notSent(ctx, group.refusal, write.itemIndex) });
				return;
			}
			await send(part, group);
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}
