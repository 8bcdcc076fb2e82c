/**
 * Timeline activity writes: one activity a call (the "single" API, `{records: [activity]}`), paced
 * by the Timeline API's own quota (200 a minute), side by side like the other one-record writes. The
 * answer names the activity by its ExternalId: `data.success[ExternalId][0].activityId`, a failure
 * under `data.failure[ExternalId]` (third-party: a deployed client's mock; Gainsight's page shows no
 * answer). A call whose outcome is unknown is settled (target.settle, see settle.ts): an update by
 * External ID is sent again, a create is looked up by its External ID.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { callGainsight, type CallOutcome } from '../call';
import { apiError, errorForItem, unknownOutcome, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';
import type { BatchOptions, RecordResult } from './chunks';
import { settleUnknown, type Settle, type WriteRun } from './settle';

export interface ActivityWrite {
	itemIndex: number;
	record: IDataObject;
}

export interface ActivityTarget {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	/** How an activity whose outcome is unknown is settled; without it, it stays unknown. */
	settle?: Settle<IDataObject[]>;
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first entry listed under `key` in `data[list]`. */
function entryOf(data: unknown, list: 'success' | 'failure', key: string): IDataObject | undefined {
	const byKey = isObject(data) ? data[list] : undefined;
	const entries = isObject(byKey) ? byKey[key] : undefined;
	const first: unknown = Array.isArray(entries) ? entries[0] : entries;
	return isObject(first) ? first : undefined;
}

/** The item's result from its call's answer; `unknown` when the answer does not say whether the activity was logged. */
function resultOf(ctx: GainsightContext, write: ActivityWrite, outcome: CallOutcome): RecordResult & { unknown?: GainsightApiError } {
	const { itemIndex, record } = write;
	if (outcome.kind === 'unknown') {
		const error = errorForItem(ctx, outcome.error, itemIndex);
		return { itemIndex, error, unknown: error };
	}
	const key = String(record.ExternalId);
	const data = outcome.envelope?.data;
	const written = entryOf(data, 'success', key);
	if (written && typeof written.activityId === 'string') return { itemIndex, json: { activityId: written.activityId, ...record } };
	const failed = entryOf(data, 'failure', key);
	if (outcome.kind === 'rejected') {
		if (!failed) return { itemIndex, error: errorForItem(ctx, outcome.error, itemIndex) };
		return {
			itemIndex,
			error: apiError(ctx, {
				message: `Gainsight did not accept the activity: ${String(failed.message ?? outcome.envelope?.errorDesc ?? 'refused without a reason')}`,
				errorCode: outcome.envelope?.errorCode,
				requestId: outcome.envelope?.requestId,
				httpCode: outcome.httpCode,
				itemIndex,
			}),
		};
	}
	const error = unknownOutcome(ctx, 'Gainsight answered without a result for this activity', itemIndex, { requestId: outcome.envelope.requestId });
	return { itemIndex, error, unknown: error };
}

export async function writeActivities(ctx: GainsightContext, target: ActivityTarget, writes: ActivityWrite[], options: BatchOptions): Promise<RecordResult[]> {
	const results: RecordResult[] = [];
	const run: WriteRun = { ctx, claimed: new Set() };
	let failed = false;
	const send = async (write: ActivityWrite, round = 0): Promise<RecordResult> => {
		const sentAt = Date.now();
		const outcome = await callGainsight(ctx, {
			method: target.method,
			path: target.path,
			qs: target.qs,
			body: { records: [write.record] },
			write: true,
			itemIndex: write.itemIndex,
			quota: 'timeline',
		});
		const { unknown, ...result } = resultOf(ctx, write, outcome);
		if (!unknown) return result as RecordResult;
		const settled: RecordResult[] = [];
		const rest = await settleUnknown(run, target.settle, [write], unknown, sentAt, round, settled, (writes) => writes.map((one) => one.record));
		return rest.length ? send(write, round + 1) : settled[0];
	};
	await runSideBySide(
		ctx,
		writes,
		async (write) => {
			const result = await send(write);
			if (result.error) failed = true;
			results.push(result);
		},
		() => options.stopOnFirstError && failed,
	);
	return results;
}
