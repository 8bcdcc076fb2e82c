/** Per item: read a GSID from a resource locator, then one GET of the path built from it. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { gainsightRequest } from '../../transport/call';
import { readLocatorGsid } from './locatorGsid';

export async function getByGsid(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	locator: { name: string; label: string },
	path: (gsid: string) => string,
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		readLocatorGsid(ctx, locator.name, itemIndex, locator.label);
	return perItem(ctx, items.length, prepare, async (itemIndex, gsid) =>
		gainsightRequest<IDataObject | IDataObject[]>(ctx, { method: 'GET', path: path(gsid), itemIndex }),
	);
}
