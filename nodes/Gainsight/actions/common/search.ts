/** A search by conditions on an 004/001-style `/search` endpoint (`{records}` answers), limit/offset paged, Return All. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { searchPages } from '../../transport/reads';
import { optionsCollection } from './options.description';
import { conditionFields, selectField, sortField } from './query.description';
import { readLimit, readQueryBody } from '../../input/queryInput';
import { returnAllOrLimit } from './returnAll.description';

export const searchProperties: INodeProperties[] = [...returnAllOrLimit(5000), ...conditionFields, optionsCollection([selectField, sortField])];

export async function searchRecords(ctx: IExecuteFunctions, items: INodeExecutionData[], path: string): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => {
		const body = readQueryBody(ctx, itemIndex);
		// No fields chosen: Gainsight's own default set.
		if (Array.isArray(body.select) && body.select.length === 0) delete body.select;
		return { body, limit: readLimit(ctx, itemIndex) };
	};
	return perItem(ctx, items.length, prepare, async (itemIndex, { body, limit }) => searchPages(ctx, path, body, limit, itemIndex));
}
