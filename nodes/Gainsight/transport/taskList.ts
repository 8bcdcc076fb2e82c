/** A CTA's tasks (GET /v2/cockpit/task/list/{cta}), page by page (pn from 1, ps ≤ 1000). */
import type { IDataObject } from 'n8n-workflow';

import { readPages } from './paginate';
import { PATHS } from './paths';
import { gainsightRequest, type GainsightContext } from './request';

/** The task list answers at most 1000 tasks a page. */
export const MAX_TASK_PAGE = 1000;

export async function listCtaTasks(
	ctx: GainsightContext,
	cta: string,
	options: { includes?: string[]; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	const { includes = [], limit, itemIndex } = options;
	const pageSize = Math.min(limit ?? MAX_TASK_PAGE, MAX_TASK_PAGE);
	return readPages('pageNumber', pageSize, limit, async (page) => {
		const qs: IDataObject = { pn: page.pageNumber, ps: page.size };
		if (includes.length) qs.includes = includes.join(',');
		const data = await gainsightRequest<IDataObject[]>(ctx, { method: 'GET', path: PATHS.taskListOfCta(cta), qs, itemIndex });
		return Array.isArray(data) ? data : [];
	});
}
