import type { INodePropertyOptions, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { perItem } from '../../helpers/output';
import { readPages } from '../../transport/paginate';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/request';
import { gsidSchema } from '../../transport/schemas';
import { readLimit, readSelect } from '../common/queryInput';
import { returnAllOrLimit } from '../common/returnAll.description';
import { ctaLocator } from './task.description';

/** The task list answers at most 1000 tasks a page. */
const MAX_PAGE_SIZE = 1000;

const properties: INodeProperties[] = [
	ctaLocator,
	...returnAllOrLimit(5000),
	{
		displayName: 'Extra Fields',
		name: 'includes',
		type: 'string',
		default: '',
		placeholder: 'e.g. Description, Region__gc',
		description: 'Comma-separated task fields to return besides the standard ones (name, status, owner, dates…)',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['getMany'] } }, properties);

export const operation: INodePropertyOptions = { name: 'Get Many', value: 'getMany', description: "List a CTA's tasks", action: 'Get many tasks' };

/** Lists a CTA's tasks (GET /v2/cockpit/task/list/{cta}), page by page (pn/ps). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		cta: parseInput(this.getNode(), gsidSchema, this.getNodeParameter('ctaId', itemIndex, '', { extractValue: true }), itemIndex, 'CTA'),
		includes: readSelect(this, itemIndex, 'includes', 'Extra Fields'),
		limit: readLimit(this, itemIndex),
	});
	return perItem(this, items.length, prepare, async (itemIndex, { cta, includes, limit }) => {
		const pageSize = Math.min(limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
		return readPages('pageNumber', pageSize, limit, async (page) => {
			const qs: IDataObject = { pn: page.pageNumber, ps: page.size };
			if (includes.length) qs.includes = includes.join(',');
			const data = await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.taskListOfCta(cta), qs, itemIndex });
			return Array.isArray(data) ? data : [];
		});
	});
}
