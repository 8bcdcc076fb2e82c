/**
 * Writes that Gainsight takes one record a call: task create/update (`/v2/cockpit/task`) and goal
 * create (`/v1/csgoal/external/create`). Body: `{requests: [{record: {..., referenceId}, ...}], lookups}`;
 * answer: `data: {success: [{referenceId: gsid}], failure: [{referenceId: message}]}`, with
 * `result:false` when the record failed. Each item gets its own referenceId, so the answer is
 * matched to the item by that ID, never by position.
 *
 * Every item is its own call, so a failed record never holds back the others. The calls go side by
 * side (Concurrent Calls, the first alone until the key is known good) and follow the chunked
 * writes' rules: without Continue On Fail nothing starts after a failure; a refusal of the call
 * itself (a bad lookup configuration, a refused key) stops the items that share its lookups.
 * Each request is built before the first call, so a call's turn only sends and reads the answer.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { callGainsight, type CallOutcome, type CallSpec } from '../call';
import { fieldFailures, type Envelope } from '../envelope';
import { apiError, unknownOutcome, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import { notSent, recordError, type BatchOptions, type RecordResult } from './chunks';
import { claimAnswered, settleUnknown, type Settle, type WriteRun } from './settle';

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
	/** How a call whose outcome is unknown is settled (see settle.ts); without it the record stays unknown. */
	settle?: Settle<IDataObject[]>;
}

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

/** Writes whose lookups are the same: Gainsight refusing one of their calls as a whole refuses them all. */
interface LookupGroup {
	refusal?: GainsightApiError;
}

interface Job {
	write: SingleRecordWrite;
	group: LookupGroup;
	spec: CallSpec;
}

function requestFor(target: SingleRecordTarget, write: SingleRecordWrite): CallSpec {
	const record = { referenceId: referenceIdFor(write.itemIndex), ...write.control, ...write.record };
	const body: IDataObject = { requests: [{ ...write.extra, record }] };
	if (write.lookups) body.lookups = write.lookups;
	return { method: target.method, path: target.path, body, write: true, itemIndex: write.itemIndex };
}

/**
 * The item's result from the answer to its call; `refusesCall` when the answer refuses the call
 * itself, not the record; `unknown` when the answer does not say whether the record was written.
 */
function resultOf(
	ctx: GainsightContext,
	target: SingleRecordTarget,
	write: SingleRecordWrite,
	outcome: CallOutcome,
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
	if (outcome.kind === 'unknown') return { result: { itemIndex, error: outcome.error }, unknown: outcome.error };
	const failed = entryFor(answerLists(outcome.envelope?.data).failure, referenceId);
	if (failed.found) return rejection(String(failed.value), outcome.kind === 'rejected' ? outcome.envelope : undefined);
	if (outcome.kind === 'ok') {
		const written = entryFor(answerLists(outcome.envelope.data).success, referenceId);
		if (written.found && typeof written.value === 'string') return { result: { itemIndex, json: { Gsid: written.value, ...write.record } } };
		const error = unknownOutcome(ctx, `Gainsight answered without a result for this ${target.what}`, itemIndex);
		return { result: { itemIndex, error }, unknown: error };
	}
	const { envelope, httpCode } = outcome;
	// HTTP 200 with result:false and no failure list: the one record was refused, not the call
	// (a bad lookup configuration, a refused key or a malformed body come with a 4xx).
	if (envelope && httpCode === 200) return rejection(envelope.errorDesc ?? envelope.message ?? 'refused without a reason', envelope);
	const fields = fieldFailures(envelope);
	if (fields.length) return { result: { itemIndex, error: recordError(ctx, outcome, fields[0], itemIndex) } };
	return { result: { itemIndex, error: outcome.error }, refusesCall: true };
}

/** One call per record; one result per write: the item's record plus the `Gsid` Gainsight gave it. */
export async function writeOneRecordPerCall(
	ctx: GainsightContext,
	target: SingleRecordTarget,
	writes: SingleRecordWrite[],
	options: BatchOptions,
): Promise<RecordResult[]> {
	const groups = new Map<string, LookupGroup>();
	const jobs = writes.map((write): Job => {
		const key = JSON.stringify(write.lookups ?? null);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = {}));
		return { write, group, spec: requestFor(target, write) };
	});
	const results: RecordResult[] = [];
	const run: WriteRun = { ctx, claimed: new Set() };
	let failed = false;
	/** The item's result once its write is settled (sent again after a lookup found it missing, at most a few rounds). */
	const write = async (job: Job, round = 0): Promise<RecordResult> => {
		const sentAt = Date.now();
		const { result, refusesCall, unknown } = resultOf(ctx, target, job.write, await callGainsight(ctx, job.spec));
		if (refusesCall) job.group.refusal ??= result.error as GainsightApiError;
		if (!unknown) return result;
		const settled: RecordResult[] = [];
		const rest = await settleUnknown(run, target.settle, [job.write], unknown, sentAt, round, settled, (writes) => writes.map((one) => one.record));
		return rest.length ? write(job, round + 1) : settled[0];
	};
	await runSideBySide(
		ctx,
		jobs,
		async (job) => {
			if (job.group.refusal) {
				results.push({ itemIndex: job.write.itemIndex, error: notSent(ctx, job.group.refusal, job.write.itemIndex) });
				return;
			}
			const result = await write(job);
			if (result.error) failed = true;
			else claimAnswered(run, result.json);
			results.push(result);
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}
