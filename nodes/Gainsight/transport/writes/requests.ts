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
import { apiError, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import { notSent, recordError, type BatchOptions, type RecordResult } from './chunks';

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

/** The item's result from the answer to its call; `refusesCall` when the answer refuses the call itself, not the record. */
function resultOf(ctx: GainsightContext, target: SingleRecordTarget, write: SingleRecordWrite, outcome: CallOutcome): { result: RecordResult; refusesCall?: boolean } {
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
	if (outcome.kind === 'unknown') return { result: { itemIndex, error: outcome.error } };
	const failed = entryFor(answerLists(outcome.envelope?.data).failure, referenceId);
	if (failed.found) return rejection(String(failed.value), outcome.kind === 'rejected' ? outcome.envelope : undefined);
	if (outcome.kind === 'ok') {
		const written = entryFor(answerLists(outcome.envelope.data).success, referenceId);
		if (written.found && typeof written.value === 'string') return { result: { itemIndex, json: { Gsid: written.value, ...write.record } } };
		const error = apiError(ctx, {
			message: `Gainsight answered without a result for this ${target.what}: it may or may not have been written`,
			outcomeUnknown: true,
			description: `Check the ${target.what} in Gainsight before running this item again.`,
			itemIndex,
		});
		return { result: { itemIndex, error } };
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
	let failed = false;
	await runSideBySide(
		ctx,
		jobs,
		async ({ write, group, spec }) => {
			if (group.refusal) {
				results.push({ itemIndex: write.itemIndex, error: notSent(ctx, group.refusal, write.itemIndex) });
				return;
			}
			const { result, refusesCall } = resultOf(ctx, target, write, await callGainsight(ctx, spec));
			if (result.error) failed = true;
			if (refusesCall) group.refusal ??= result.error as GainsightApiError;
			results.push(result);
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}
