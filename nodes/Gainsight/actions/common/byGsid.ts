/** Per item: read a GSID from a resource locator, then one GET of the path built from it; the answer must be the record (or a list of records). */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { gainsightRequest } from '../../transport/call';
import { apiError } from '../../transport/errors';
import { recordsOf } from '../../transport/reads';
import { readLocatorGsid } from './locatorGsid';

const isRecord = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function getByGsid(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	locator: { name: string; label: string },
	path: (gsid: string) => string,
	answer: 'record' | 'records' = 'record',
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => readLocatorGsid(ctx, locator.name, itemIndex, locator.label);
	return perItem(ctx, items.length, prepare, async (itemIndex, gsid) => {
		const data = await gainsightRequest<unknown>(ctx, { method: 'GET', path: path(gsid), itemIndex });
		const records = answer === 'records' ? recordsOf(data) : undefined;
		if (records) return records;
		if (answer === 'record' && isRecord(data)) return data;
		throw apiError(ctx, {
			message:
				data === null || data === undefined
					? `Gainsight answered no ${locator.label.toLowerCase()} for the GSID ${gsid}`
					: `Gainsight answered the ${locator.label.toLowerCase()} ${gsid} with data that is not a record`,
			itemIndex,
		});
	});
}
