/**
 * Paging loops. Each stops when `limit` records are in hand or the server runs dry.
 * - offset pages: data-object reads (≤5000 a call) and searches (limit/offset)
 * - page numbers: the task and CTA lists (pn from 1, ≤1000 a page)
 *
 * The first page is always read alone: a small read costs one call, and a refused key or a bad
 * query fails once. Where the answer announces a total (searches), the pages it announces run side
 * by side. Otherwise a page is asked for only after the one before came back full: Gainsight's
 * data-object reads give no total, and every call counts against the tenant's quota, so at most
 * one call (when the records end exactly at a page's end) finds nothing.
 *
 * A server that keeps answering full pages (or announces an absurd total) cannot make a read run
 * forever: a page that repeats a record ID of an earlier page stops it, and so does passing
 * MAX_RECORDS_PER_READ.
 */
import { runPool } from './pool';

export interface PageRequest {
	/** Records wanted from this call. */
	size: number;
	/** Records before this page (its offset). */
	offset: number;
	/** 1-based page number, for APIs paged by number. */
	pageNumber: number;
}

/** A page's records, and the number of records the whole read matches when the API says. */
export interface Page<T> {
	records: T[];
	total?: number;
}

export interface PagingOptions {
	/** Calls at once for the pages a total announces (default 1). */
	concurrency?: number;
}

/** More than any n8n execution should hold in memory: a read past it is stopped with advice. */
export const MAX_RECORDS_PER_READ = 1_000_000;

export class PagingError extends Error {}

const asPage = <T>(answer: T[] | Page<T>): Page<T> => (Array.isArray(answer) ? { records: answer } : answer);

/** The record's own ID, where the records carry one: a second sight of it means the pages repeat. */
function idOf(record: unknown): string | undefined {
	if (!record || typeof record !== 'object') return undefined;
	const { Gsid, gsid, id } = record as Record<string, unknown>;
	const value = Gsid ?? gsid ?? id;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * Reads pages until `limit` (undefined = all), a short page, or a stop (see above).
 * `offset` mode asks each call for just what is still wanted; `pageNumber` mode keeps the
 * size fixed so that page numbers stay aligned with records.
 */
export async function readPages<T>(
	mode: 'offset' | 'pageNumber',
	pageSize: number,
	limit: number | undefined,
	fetchPage: (page: PageRequest) => Promise<T[] | Page<T>>,
	options: PagingOptions = {},
): Promise<T[]> {
	const end = Math.min(limit ?? Infinity, MAX_RECORDS_PER_READ + 1);
	const pageAt = (pageNumber: number): PageRequest => {
		const offset = (pageNumber - 1) * pageSize;
		return { size: mode === 'offset' ? Math.min(pageSize, end - offset) : pageSize, offset, pageNumber };
	};
	if (end <= 0) return [];

	const pages = new Map<number, T[]>();
	const seenIds = new Map<string, number>();
	let more = true;
	/** Keeps a page; false when it ends the read (short, or past what is wanted). */
	const keep = (request: PageRequest, records: T[]): boolean => {
		for (const record of records) {
			const id = idOf(record);
			if (id === undefined) continue;
			const earlier = seenIds.get(id);
			if (earlier !== undefined && earlier !== request.pageNumber) {
				throw new PagingError(
					`Gainsight answered page ${request.pageNumber} with a record it already answered on page ${earlier} (ID ${id}): the read is not moving forward`,
				);
			}
			seenIds.set(id, request.pageNumber);
		}
		pages.set(request.pageNumber, records);
		return records.length >= request.size && request.offset + records.length < end;
	};

	const first = asPage(await fetchPage(pageAt(1)));
	more = keep(pageAt(1), first.records);
	let next = 2;
	// Pages the total says exist run side by side. The total is not trusted as the end: reading
	// goes on, a page at a time, while pages come back full, so a stale total loses nothing.
	if (more && first.total !== undefined) {
		const until = Math.min(end, first.total);
		await runPool(
			() => (more && pageAt(next).offset < until ? pageAt(next++) : undefined),
			async (request) => {
				let full = false;
				try {
					full = keep(request, asPage(await fetchPage(request)).records);
				} finally {
					// a short page or a failure: no new page is started
					if (!full) more = false;
				}
			},
			Math.max(1, Math.floor(options.concurrency ?? 1)),
		);
	}
	while (more && pageAt(next).offset < end) {
		const request = pageAt(next++);
		more = keep(request, asPage(await fetchPage(request)).records);
	}

	const records: T[] = [];
	for (let pageNumber = 1; pages.has(pageNumber) && records.length < end; pageNumber++) {
		const page = pages.get(pageNumber)!;
		for (const record of page) {
			if (records.length >= end) break;
			records.push(record);
		}
		if (page.length < pageAt(pageNumber).size) break;
	}
	if (records.length > MAX_RECORDS_PER_READ) {
		throw new PagingError(
			`The read matched more than ${MAX_RECORDS_PER_READ.toLocaleString('en-US')} records, more than one execution should hold`,
		);
	}
	return records;
}
