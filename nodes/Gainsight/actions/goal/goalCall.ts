/** Goal operations that make one call per item on a goal's path with a body read from the item (update, add metric). */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { perItem } from '../../helpers/output';
import { gainsightRequest } from '../../transport/request';
import { gsidSchema } from '../../transport/schemas';
import { nodeOf } from '../../helpers/node';

export async function callPerGoal(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	method: IHttpRequestMethods,
	path: (goalGsid: string) => string,
	readBody: (itemIndex: number) => IDataObject,
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		gsid: parseInput(nodeOf(ctx), gsidSchema, ctx.getNodeParameter('goalId', itemIndex, '', { extractValue: true }), itemIndex, 'Goal'),
		body: readBody(itemIndex),
	});
	return perItem(ctx, items.length, prepare, async (itemIndex, { gsid, body }) =>
		gainsightRequest<IDataObject>(ctx, { method, path: path(gsid), body, itemIndex }),
	);
}
