/**
 * Reads: data-object queries (≤5000 a call, offset pages), the task/goal `/search` endpoints
 * (limit/offset pages of 1,000 with a total), a CTA's task list and the CTA and success plan lists
 * (page numbers).
 *
 * A data-object read answers in one of two documented shapes: `data: [...]` (the Company article's
 * sample, https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation)
 * or `data: {records: [...]}` (the Custom Object article's empty answer, and what deployed clients
 * read). Both are accepted everywhere a read is made.
 */
import type { IDataObject } from 'n8n-workflow';

import { gainsightRequest, type CallSpec } from './call';
import { apiError } from './errors';
import { PagingError, readPages } from './pages';
import { PATHS } from './paths';
import { tenantConcurrency, type GainsightContext } from './session';
import { asNodeError } from '../helpers/nodeError';
import { nodeOf } from '../helpers/node';

/** Records a data-object read asks for per call: the API's maximum. */
export const MAX_READ_PAGE = 5000;
/** Records asked for per search call. */
export const SEARCH_PAGE_SIZE = 1000;
/** The task list answers at most 1000 tasks a page. */
export const MAX_TASK_PAGE = 1000;
/** The CTA and success plan lists answer at most 1000 records a page (`pageSize`). */
export const MAX_COCKPIT_PAGE = 1000;

const isRecord = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The records of a read answer, in either documented shape; undefined when `data` is neither
 * (checked without zod on purpose: a parse copies every record, and 100,000 would be held twice).
 */
export function recordsOf(data: unknown): IDataObject[] | undefined {
	if (data === null || data === undefined) return [];
	const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.records) ? data.records : undefined;
	return list?.every(isRecord) ? (list as IDataObject[]) : undefined;
}

/** One read call whose answer must be records (either documented shape), and the answer's data; `what` names the read in the error. */
async function requestRecords(ctx: GainsightContext, spec: CallSpec, what: string): Promise<{ records: IDataObject[]; data: unknown }> {
	const data = await gainsightRequest<unknown>(ctx, spec);
	const records = recordsOf(data);
	if (!records) throw apiError(ctx, { message: `Gainsight answered ${what} with data that is not a list of records`, itemIndex: spec.itemIndex });
	return { records, data };
}

/** Paging stopped by a server that never runs dry: the node's error, with what to do. */
async function guarded<T>(ctx: GainsightContext, itemIndex: number | undefined, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (!(error instanceof PagingError)) throw asNodeError(nodeOf(ctx), error, itemIndex);
		throw apiError(ctx, {
			message: error.message,
			description: 'Narrow the read with conditions or turn off Return All and set a Limit; if it persists, give Gainsight support the request.',
			itemIndex,
		});
	}
}

/** One page of a data-object read: up to `size` records from `offset`. */
export async function queryPage(
	ctx: GainsightContext,
	object: string,
	body: IDataObject,
	page: { offset: number; size: number },
	itemIndex?: number,
): Promise<IDataObject[]> {
	const spec: CallSpec = { method: 'POST', path: PATHS.objectQuery(object), body: { ...body, limit: page.size, offset: page.offset }, noMatchIsEmpty: true, itemIndex };
	return (await requestRecords(ctx, spec, `a ${object} read`)).records;
}

/** Reads records with the query body, paging by offset (≤5000 a call) up to `limit` (undefined: all). */
export async function queryRecords(
	ctx: GainsightContext,
	object: string,
	body: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return guarded(ctx, itemIndex, async () => readPages('offset', MAX_READ_PAGE, limit, async (page) => queryPage(ctx, object, body, page, itemIndex)));
}

/** Every record a `/search` body matches, up to `limit`; the pages after the first that the answer's total announces are read side by side. */
export async function searchPages(
	ctx: GainsightContext,
	path: string,
	body: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const concurrency = await tenantConcurrency(ctx);
	return guarded(ctx, itemIndex, async () =>
		readPages(
			'offset',
			SEARCH_PAGE_SIZE,
			limit,
			async (page) => {
				const spec: CallSpec = { method: 'POST', path, body: { ...body, limit: page.size, offset: page.offset }, itemIndex };
				const { records, data } = await requestRecords(ctx, spec, 'a search');
				const total = isRecord(data) && typeof data.totalCount === 'number' ? data.totalCount : undefined;
				return { records, total };
			},
			{ concurrency },
		),
	);
}

/** A CTA's tasks (GET /v2/cockpit/task/list/{cta}), page by page (pn from 1, ps ≤ 1000). */
export async function listCtaTasks(
	ctx: GainsightContext,
	cta: string,
	options: { includes?: string[]; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	const { includes = [], limit, itemIndex } = options;
	const pageSize = Math.min(limit ?? MAX_TASK_PAGE, MAX_TASK_PAGE);
	return guarded(ctx, itemIndex, async () =>
		readPages('pageNumber', pageSize, limit, async (page) => {
			const qs: IDataObject = { pn: page.pageNumber, ps: page.size };
			if (includes.length) qs.includes = includes.join(',');
			return (await requestRecords(ctx, { method: 'GET', path: PATHS.taskListOfCta(cta), qs, itemIndex }, 'a task list')).records;
		}),
	);
}

/**
 * Every record a CTA or success plan list body matches (`POST /v2/cockpit/cta/list`,
 * `/v2/successPlan/list/`), up to `limit`: `pageSize` ≤ 1000 and `pageNumber` from 1, as the Fetch
 * CTA sample pages; a page is asked for after the one before came back full (the answer has no total).
 */
export async function listCockpitRecords(
	ctx: GainsightContext,
	path: string,
	body: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const pageSize = Math.min(limit ?? MAX_COCKPIT_PAGE, MAX_COCKPIT_PAGE);
	return guarded(ctx, itemIndex, async () =>
		readPages('pageNumber', pageSize, limit, async (page) => {
			const spec: CallSpec = { method: 'POST', path, body: { ...body, pageSize: page.size, pageNumber: page.pageNumber }, itemIndex };
			return (await requestRecords(ctx, spec, 'a list read')).records;
		}),
	);
}
