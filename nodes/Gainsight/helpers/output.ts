import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RecordResult } from '../transport/batch';
import { GainsightApiError } from '../transport/request';
import { asNodeError } from './nodeError';
import { nodeOf } from './node';

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
export function toOutput(ctx: IExecuteFunctions, results: RecordResult[]): INodeExecutionData[] {
	const sorted = [...results].sort((a, b) => a.itemIndex - b.itemIndex);
	if (!ctx.continueOnFail()) {
		const failed = sorted.find((result) => result.error);
		if (failed?.error) throw failed.error;
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
): Promise<INodeExecutionData[]> {
	const { ready, failed } = prepareAll(ctx, itemCount, prepare);
	const results: RecordResult[] = [...failed];
	for (const { itemIndex, value } of ready) {
		try {
			results.push({ itemIndex, json: await work(itemIndex, value) });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(nodeOf(ctx), error, itemIndex);
			results.push({ itemIndex, error: error as Error });
		}
	}
	return toOutput(ctx, results);
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
