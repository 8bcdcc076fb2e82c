import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { listCtaTasks } from '../../transport/reads';
import { readLimit, readSelect } from '../../input/queryInput';
import { optionsCollection } from '../common/options.description';
import { returnAllOrLimit } from '../common/returnAll.description';
import { ctaLocator } from './task.description';
import { readLocatorGsid } from '../common/locatorGsid';
import { taskFromList } from './output';

export const properties: INodeProperties[] = [
	ctaLocator,
	...returnAllOrLimit(5000),
	optionsCollection([
		{
			displayName: 'Extra Fields to Return',
			name: 'includes',
			type: 'string',
			default: '',
			placeholder: 'e.g. Description, Region__gc',
			description: 'Comma-separated task fields to return besides the standard ones (name, status, owner, dates…)',
		},
	]),
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Get Many', value: 'getMany', description: 'Get the tasks of a CTA, 1,000 a page', action: 'Get many tasks' };

/** Lists a CTA's tasks (GET /v2/cockpit/task/list/{cta}), page by page (pn/ps). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		cta: readLocatorGsid(this, 'ctaId', itemIndex, 'CTA'),
		includes: readSelect(this, itemIndex, 'options.includes', 'Extra Fields to Return'),
		limit: readLimit(this, itemIndex),
	});
	return perItem(this, items.length, prepare, async (itemIndex, { cta, includes, limit }) =>
		(await listCtaTasks(this, cta, { includes, limit, itemIndex })).map(taskFromList(cta)),
	);
}
