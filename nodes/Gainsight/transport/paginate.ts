/**
 * Paging loops. Each stops when `limit` records are in hand or the server runs dry.
 * - offset pages: data-object reads (≤5000 a call) and searches (limit/offset)
 * - page numbers: the task list (pn from 1, ps ≤1000)
 *
 * The first page is always read alone: a small read costs one call, and a refused key or a bad
 * query fails once. After it, pages run side by side (up to `concurrency` calls at once) when
 * they are known to exist — the answer carried a total (searches) — or when the caller allows
 * reading ahead. Records come out in page order either way.
 */
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
	/** Calls at once for the pages after the first (default 1). */
	concurrency?: number;
	/**
	 * Read pages before knowing they exist. Gainsight's data-object reads give no total, so this
	 * is the only way to overlap them. Pages go in rounds of `concurrency`, a round only after
	 * every page of the one before came back full: the pages after the read's last page in its
	 * round are the only calls that find nothing (at most `concurrency - 1`, none when the last
	 * page ends a round).
	 */
	readAhead?: boolean;
}

const asPage = <T>(answer: T[] | Page<T>): Page<T> => (Array.isArray(answer) ? { records: answer } : answer);

/**
 * Reads pages until `limit` (undefined = all), the total the API reported, or a short page.
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
	const end = limit ?? Infinity;
	const pageAt = (pageNumber: number): PageRequest => {
		const offset = (pageNumber - 1) * pageSize;
		return { size: mode === 'offset' ? Math.min(pageSize, end - offset) : pageSize, offset, pageNumber };
	};
	if (end <= 0) return [];

	const first = await fetchPage(pageAt(1)).then(asPage);
	const pages = new Map<number, T[]>([[1, first.records]]);
	let more = first.records.length >= pageAt(1).size && first.records.length < end;
	let next = 2;
	const readUntil = async (until: number, width: number) => {
		const worker = async () => {
			while (more && pageAt(next).offset < until) {
				const request = pageAt(next++);
				let answered = false;
				try {
					const { records } = asPage(await fetchPage(request));
					pages.set(request.pageNumber, records);
					answered = records.length >= request.size;
				} finally {
					// a short page or a failure: no new page is started
					if (!answered) more = false;
				}
			}
		};
		// every worker settles before a failure is passed on: no call of this read outlives it
		const outcomes = await Promise.allSettled(Array.from({ length: width }, worker));
		const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
		if (failure) return Promise.reject(failure.reason);
	};
	// Rounds of `width` pages; the next round only when every page of this one was full.
	const readAheadInRounds = async (width: number) => {
		while (more && pageAt(next).offset < end) {
			const round: PageRequest[] = [];
			while (round.length < width && pageAt(next).offset < end) round.push(pageAt(next++));
			const outcomes = await Promise.allSettled(round.map((request) => fetchPage(request).then(asPage)));
			outcomes.forEach((outcome, index) => {
				if (outcome.status === 'fulfilled') pages.set(round[index].pageNumber, outcome.value.records);
				if (outcome.status === 'rejected' || outcome.value.records.length < round[index].size) more = false;
			});
			const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
			if (failure) throw failure.reason;
		}
	};
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
	// Pages the total says exist run side by side. The total is not trusted as the end: reading
	// goes on, a page at a time, while pages come back full, so a stale total loses nothing.
	if (first.total !== undefined) await readUntil(Math.min(end, first.total), concurrency);
	if (options.readAhead) await readAheadInRounds(concurrency);
	await readUntil(end, 1);

	const records: T[] = [];
	for (let pageNumber = 1; pages.has(pageNumber) && records.length < end; pageNumber++) {
		const page = pages.get(pageNumber)!;
		for (const record of page) {
			if (records.length >= end) break;
			records.push(record);
		}
		if (page.length < pageAt(pageNumber).size) break;
	}
	return records;
}
