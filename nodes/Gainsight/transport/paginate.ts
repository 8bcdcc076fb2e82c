/**
 * Paging loops. Each stops when `limit` records are in hand or the server runs dry.
 * - offset pages: data-object reads (≤5000 a call) and searches (limit/offset)
 * - page numbers: the task list (pn from 1, ps ≤1000)
 */
export interface PageRequest {
	/** Records wanted from this call. */
	size: number;
	/** Records already read (the offset of this page). */
	offset: number;
	/** 1-based page number, for APIs paged by number. */
	pageNumber: number;
}

/**
 * Reads pages until `limit` (undefined = all) or a short page.
 * `offset` mode asks each call for just what is still wanted; `pageNumber` mode keeps the
 * size fixed so that page numbers stay aligned with records.
 */
export async function readPages<T>(
	mode: 'offset' | 'pageNumber',
	pageSize: number,
	limit: number | undefined,
	fetchPage: (page: PageRequest) => Promise<T[]>,
): Promise<T[]> {
	const records: T[] = [];
	for (let pageNumber = 1; ; pageNumber++) {
		const wanted = limit === undefined ? pageSize : Math.min(pageSize, limit - records.length);
		if (wanted <= 0) break;
		const size = mode === 'offset' ? wanted : pageSize;
		const page = await fetchPage({ size, offset: records.length, pageNumber });
		for (const record of page) {
			if (limit !== undefined && records.length >= limit) break;
			records.push(record);
		}
		if (page.length < size) break;
	}
	return records;
}
