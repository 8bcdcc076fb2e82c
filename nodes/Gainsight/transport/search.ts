/** The `/search` endpoints of tasks and goals (seeds 001, 004): `{records}` answers, limit/offset pages of 1,000. */
import type { IDataObject } from 'n8n-workflow';

import { readPages } from './paginate';
import { gainsightRequest, tenantConcurrency, type GainsightContext } from './request';

/** Records asked for per search call. */
export const SEARCH_PAGE_SIZE = 1000;

/** Every record `body` matches, up to `limit` (undefined: all); the pages after the first that the answer's total announces are read side by side. */
export async function searchPages(
	ctx: GainsightContext,
	path: string,
	body: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const concurrency = await tenantConcurrency(ctx);
	return readPages(
		'offset',
		SEARCH_PAGE_SIZE,
		limit,
		async (page) => {
			const data = await gainsightRequest<{ records?: IDataObject[]; totalCount?: unknown }>(ctx, {
				method: 'POST',
				path,
				body: { ...body, limit: page.size, offset: page.offset },
				itemIndex,
			});
			const total = typeof data?.totalCount === 'number' ? data.totalCount : undefined;
			return { records: Array.isArray(data?.records) ? data.records : [], total };
		},
		{ concurrency },
	);
}
