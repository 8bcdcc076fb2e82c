/** Goal operations that make one call per item on a goal's path with a body read from the item (update, add metric). */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { gainsightRequest } from '../../transport/call';
import { readLocatorGsid } from '../common/locatorGsid';

export async function callPerGoal(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	method: IHttpRequestMethods,
	path: (goalGsid: string) => string,
	readBody: (itemIndex: number) => IDataObject,
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		gsid: readLocatorGsid(ctx, 'goalId', itemIndex, 'Goal'),
		body: readBody(itemIndex),
	});
	return perItem(ctx, items.length, prepare, async (itemIndex, { gsid, body }) =>
		gainsightRequest<IDataObject>(ctx, { method, path: path(gsid), body, itemIndex }),
	'written');
}
