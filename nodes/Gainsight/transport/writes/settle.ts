/**
 * Writes whose outcome is unknown (the answer never came back cleanly: a 500, a reset connection,
 * a cut answer, a deadline) are settled before the node answers, so a run leaves nothing to
 * reconcile by hand:
 * - an idempotent write (update by keys, upsert by a key, delete) is simply sent again;
 * - a create is looked up: which of its records exist now that did not before the call (created
 *   since just before it, with the values sent, not already an answer of this run); those are
 *   written, the rest are sent again. Nothing is written twice.
 * Only when the lookup itself fails, or the write stays unknown after a few rounds, do records stay
 * "may or may not have been applied".
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { callGainsight, type CallOutcome, type CallSpec } from '../call';
import { apiError, errorForItem, type GainsightApiError } from '../errors';
import type { GainsightContext } from '../session';

/** Rounds of settling (a resend can meet another fault) before records stay unknown. */
const MAX_ROUNDS = 3;
/** A write Gainsight is still finishing when the answer broke should be visible before the lookup. */
const GRACE_MS = 1000;
/** Created dates come from Gainsight's clock: look back this far before the call was sent. */
export const CLOCK_MARGIN_MS = 2 * 60 * 1000;

/** How an unknown outcome is settled: sent again, or a lookup of the records it may have created (applied record, or undefined). */
export type Settle<R> = 'resend' | ((records: R, sentAt: number, claimed: ReadonlySet<string>) => Promise<Array<IDataObject | undefined>>);

/** One write operation's shared state: records created by it are claimed, so a lookup never takes another call's record for its own. */
export interface WriteRun {
	ctx: GainsightContext;
	claimed: Set<string>;
}

const gsidOf = (record: unknown) => (record && typeof record === 'object' ? (record as IDataObject).Gsid : undefined);

/** An answer of this run: its record is nobody's lookup match. */
export function claimAnswered(run: WriteRun, answer: unknown): void {
	for (const record of Array.isArray(answer) ? answer : [answer]) {
		const gsid = gsidOf(record);
		if (typeof gsid === 'string') run.claimed.add(gsid);
	}
}

/** The value as Gainsight may give it back: text without case or surrounding space, numbers by value. */
function comparable(value: unknown): string {
	if (value === null || value === undefined || value === '') return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const text = String(value).trim();
	return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text.toLowerCase();
}

/**
 * For each sent record, a created one with the same values in `fields` that no other record of
 * this run claimed; each created record matches one sent record at most.
 */
export function matchCreated(sent: IDataObject[], created: IDataObject[], fields: string[], claimed: ReadonlySet<string>): Array<IDataObject | undefined> {
	const signature = (record: IDataObject) => fields.map((field) => comparable(record[field])).join('\u0000');
	const free = new Map<string, IDataObject[]>();
	for (const record of created) {
		const gsid = gsidOf(record);
		if (typeof gsid === 'string' && claimed.has(gsid)) continue;
		const key = signature(record);
		free.set(key, [...(free.get(key) ?? []), record]);
	}
	return sent.map((record) => {
		const match = free.get(signature(record))?.shift();
		return match ? { ...record, ...match } : undefined;
	});
}

/**
 * Settles `items` whose call's outcome is unknown: pushes a result for each item settled (written,
 * or still unknown) and returns the items to send again.
 */
export async function settleUnknown<T extends { itemIndex: number }, R>(
	run: WriteRun,
	settle: Settle<R> | undefined,
	items: T[],
	error: GainsightApiError,
	sentAt: number,
	round: number,
	results: Array<{ itemIndex: number; json?: IDataObject | IDataObject[]; error?: Error }>,
	recordsOf: (items: T[]) => R,
): Promise<T[]> {
	const { ctx } = run;
	const unknown = (cause: GainsightApiError) => {
		for (const item of items) results.push({ itemIndex: item.itemIndex, error: errorForItem(ctx, cause, item.itemIndex) });
		return [];
	};
	if (!settle || round >= MAX_ROUNDS) return unknown(error);
	if (settle === 'resend') return items;
	await sleep(GRACE_MS);
	let applied: Array<IDataObject | undefined>;
	try {
		applied = await settle(recordsOf(items), sentAt, run.claimed);
	} catch (lookupError) {
		const why = lookupError instanceof Error ? lookupError.message : String(lookupError);
		return unknown(apiError(ctx, { ...error.details, message: `${error.details.message}, and reading back what was written failed too (${why})` }));
	}
	const rest: T[] = [];
	items.forEach((item, index) => {
		const record = applied[index];
		if (!record) {
			rest.push(item);
			return;
		}
		claimAnswered(run, record);
		results.push({ itemIndex: item.itemIndex, json: record });
	});
	return rest;
}

/**
 * A write that is its own call (update or delete by GSID, add a metric): sent again while its outcome
 * is unknown when it is idempotent; `appliedBefore` recognises a refusal that means an earlier send
 * was applied (a delete answered "no such record"). Returns the answer's data; throws its error.
 */
export async function sendWrite(
	ctx: GainsightContext,
	spec: CallSpec,
	idempotent: boolean,
	appliedBefore: (outcome: CallOutcome) => boolean = () => false,
): Promise<unknown> {
	let outcome = await callGainsight(ctx, { ...spec, write: true });
	for (let round = 1; idempotent && outcome.kind === 'unknown' && round < MAX_ROUNDS; round++) {
		outcome = await callGainsight(ctx, { ...spec, write: true });
		if (appliedBefore(outcome)) return undefined;
	}
	if (outcome.kind !== 'ok') throw outcome.error;
	return outcome.envelope.data;
}
