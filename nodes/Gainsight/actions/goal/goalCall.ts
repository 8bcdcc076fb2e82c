/**
 * Goal operations that write with one call per item on a goal's path, a body read from the item:
 * update (idempotent: sent again when its outcome is unknown) and add metric (not: it stays unknown).
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { sendWrite } from '../../transport/writes/settle';
import { readLocatorGsid } from '../common/locatorGsid';

export async function writePerGoal(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	call: { method: IHttpRequestMethods; path: (goalGsid: string) => string; idempotent: boolean },
	readBody: (itemIndex: number) => IDataObject,
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		gsid: readLocatorGsid(ctx, 'goalId', itemIndex, 'Goal'),
		body: readBody(itemIndex),
	});
	return perItem(
		ctx,
		items.length,
		prepare,
		async (itemIndex, { gsid, body }) => (await sendWrite(ctx, { method: call.method, path: call.path(gsid), body, itemIndex }, call.idempotent)) as IDataObject,
		'written',
	);
}
