/** A search by conditions on an 004/001-style `/search` endpoint (`{records}` answers), limit/offset paged, Return All. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { readPages } from '../../transport/paginate';
import { gainsightRequest } from '../../transport/request';
import { queryFields } from './query.description';
import { readLimit, readQueryBody } from './queryInput';
import { returnAllOrLimit } from './returnAll.description';

/** Records asked for per search call. */
const PAGE_SIZE = 1000;

export const searchProperties: INodeProperties[] = [...returnAllOrLimit(5000), ...queryFields];

export async function searchRecords(ctx: IExecuteFunctions, items: INodeExecutionData[], path: string): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => {
		const body = readQueryBody(ctx, itemIndex);
		// No fields chosen: Gainsight's own default set.
		if (Array.isArray(body.select) && body.select.length === 0) delete body.select;
		return { body, limit: readLimit(ctx, itemIndex) };
	};
	return perItem(ctx, items.length, prepare, async (itemIndex, { body, limit }) =>
		readPages('offset', PAGE_SIZE, limit, async (page) => {
			const data = await gainsightRequest<{ records?: IDataObject[] }>(ctx, {
				method: 'POST',
				path,
				body: { ...body, limit: page.size, offset: page.offset },
				itemIndex,
			});
			return Array.isArray(data?.records) ? data.records : [];
		}),
	);
}
