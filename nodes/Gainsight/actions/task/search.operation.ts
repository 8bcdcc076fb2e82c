import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { readPages } from '../../transport/paginate';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/request';
import { queryFields } from '../common/query.description';
import { readLimit, readQueryBody } from '../common/queryInput';
import { returnAllOrLimit } from '../common/returnAll.description';

/** Tasks asked for per search call. */
const PAGE_SIZE = 1000;

const properties: INodeProperties[] = [...returnAllOrLimit(5000), ...queryFields];

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['search'] } }, properties);

/** Searches tasks by conditions (POST /v1/tasks/search), limit/offset paged. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => {
		const body = readQueryBody(this, itemIndex);
		// No fields chosen: Gainsight's own default set.
		if (Array.isArray(body.select) && body.select.length === 0) delete body.select;
		return { body, limit: readLimit(this, itemIndex) };
	};
	return perItem(this, items.length, prepare, async (itemIndex, { body, limit }) =>
		readPages('offset', PAGE_SIZE, limit, async (page) => {
			const data = await gainsightRequest<{ records?: IDataObject[] }>(this, {
				method: 'POST',
				path: PATHS.taskSearch(),
				body: { ...body, limit: page.size, offset: page.offset },
				itemIndex,
			});
			return Array.isArray(data?.records) ? data.records : [];
		}),
	);
}
