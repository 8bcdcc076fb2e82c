import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { GainsightApiError } from '../transport/errors';
import type { RecordResult } from '../transport/writes/chunks';
import { asNodeError } from './nodeError';
import { nodeOf } from './node';

/** Item indexes as short ranges: 0–149, 160, 170–199. */
function ranges(indexes: number[]): string {
	const parts: string[] = [];
	for (let start = 0; start < indexes.length; ) {
		let end = start;
		while (end + 1 < indexes.length && indexes[end + 1] === indexes[end] + 1) end++;
		parts.push(end > start ? `${indexes[start]}–${indexes[end]}` : String(indexes[start]));
		start = end + 1;
	}
	return parts.length > 20 ? `${parts.slice(0, 20).join(', ')} and ${parts.length - 20} more ranges` : parts.join(', ');
}

/**
 * The node stops on `error`: a write says what it already changed (and what may have been), so a
 * rerun of the same input does not write it twice. `changed`: the word for it ("written", "deleted").
 */
function withProgress(error: Error, sorted: RecordResult[], total: number, changed: string): Error {
	const done = sorted.filter((result) => !result.error).map((result) => result.itemIndex);
	const maybe = sorted
		.filter((result) => result.error instanceof GainsightApiError && result.error.details.outcomeUnknown)
		.map((result) => result.itemIndex);
	if (done.length === 0 && maybe.length === 0) return error;
	const notes = [
		done.length ? `${done.length} of ${total} items were ${changed} before the node stopped (items ${ranges(done)}): Gainsight keeps them.` : '',
		maybe.length ? `${maybe.length} may or may not have been ${changed} (items ${ranges(maybe)}).` : '',
		'Remove those items before running the same input again, or use an operation that matches existing records, so nothing is written twice.',
	].filter(Boolean);
	const target = error as Error & { description?: string | null };
	target.description = [target.description, ...notes].filter(Boolean).join(' ');
	target.message = `${target.message} (${done.length} of ${total} items were ${changed} before it)`;
	return error;
}

function errorJson(error: Error): IDataObject {
	const json: IDataObject = { error: error.message };
	const description = (error as { description?: unknown }).description;
	if (typeof description === 'string' && description) json.description = description;
	if (error instanceof GainsightApiError) {
		const { errorCode, requestId, field, httpCode, outcomeUnknown } = error.details;
		if (errorCode) json.errorCode = errorCode;
		if (requestId) json.requestId = requestId;
		if (field) json.field = field;
		if (httpCode) json.httpCode = httpCode;
		if (outcomeUnknown) json.outcomeUnknown = true;
	}
	return json;
}

/**
 * One result per input item → the node's output: sorted by item, `pairedItem` on every item,
 * errors as error items under continueOnFail, otherwise the first error fails the node.
 */
export function toOutput(ctx: IExecuteFunctions, results: RecordResult[], changed?: string): INodeExecutionData[] {
	const sorted = [...results].sort((a, b) => a.itemIndex - b.itemIndex);
	if (!ctx.continueOnFail()) {
		const failed = sorted.find((result) => result.error);
		if (failed?.error) throw changed ? withProgress(failed.error, sorted, ctx.getInputData().length, changed) : failed.error;
	}
	const out: INodeExecutionData[] = [];
	for (const result of sorted) {
		const pairedItem = { item: result.itemIndex };
		if (result.error) {
			out.push({ json: errorJson(result.error), pairedItem });
		} else if (Array.isArray(result.json)) {
			for (const json of result.json) out.push({ json, pairedItem });
		} else {
			out.push({ json: result.json, pairedItem });
		}
	}
	return out;
}

/**
 * Per-item operations: every item's input is read and checked first (no call before that),
 * then `work` runs for each item that passed; failures become results under continueOnFail.
 */
export async function perItem<T>(
	ctx: IExecuteFunctions,
	itemCount: number,
	prepare: (itemIndex: number) => T,
	work: (itemIndex: number, input: T) => Promise<IDataObject | IDataObject[]>,
	changed?: string,
): Promise<INodeExecutionData[]> {
	const { ready, failed } = prepareAll(ctx, itemCount, prepare);
	const results: RecordResult[] = [...failed];
	for (const { itemIndex, value } of ready) {
		try {
			results.push({ itemIndex, json: await work(itemIndex, value) });
		} catch (error) {
			results.push({ itemIndex, error: asNodeError(nodeOf(ctx), error, itemIndex) });
			if (!ctx.continueOnFail()) break;
		}
	}
	return toOutput(ctx, results, changed);
}

/**
 * Reads and checks every item's input before anything is sent. Without continueOnFail the
 * first bad item fails the node here, so no request goes out; with it, bad items become
 * error results and the others go on.
 */
export function prepareAll<T>(
	ctx: IExecuteFunctions,
	itemCount: number,
	prepare: (itemIndex: number) => T,
): { ready: Array<{ itemIndex: number; value: T }>; failed: RecordResult[] } {
	const ready: Array<{ itemIndex: number; value: T }> = [];
	const failed: RecordResult[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			ready.push({ itemIndex, value: prepare(itemIndex) });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(nodeOf(ctx), error, itemIndex);
			failed.push({ itemIndex, error: error as Error });
		}
	}
	return { ready, failed };
}
