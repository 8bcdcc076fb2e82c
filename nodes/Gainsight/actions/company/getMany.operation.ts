import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { queryRecords } from '../../transport/dataObjects';
import { MAX_READ_PAGE } from '../../transport/schemas';
import { datesAsIsoOption, optionsCollection } from '../common/options.description';
import { queryFields } from '../common/query.description';
import { readLimit, readQueryBody, withAllFields } from '../common/queryInput';
import { returnAllOrLimit } from '../common/returnAll.description';
import { COMPANY, withIsoDates } from './companyWrite';

const properties: INodeProperties[] = [...returnAllOrLimit(MAX_READ_PAGE), ...queryFields, optionsCollection([datesAsIsoOption])];

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['getMany'] } }, properties);

/** Reads Company records that match the conditions, 5000 a call, up to the limit or all. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({ body: readQueryBody(this, itemIndex), limit: readLimit(this, itemIndex) });
	return perItem(this, items.length, prepare, async (itemIndex, { body, limit }) => {
		const records = await queryRecords(this, COMPANY, await withAllFields(this, COMPANY, body), limit, itemIndex, { readAhead: true });
		const [converted] = await withIsoDates(this, [{ itemIndex, json: records }]);
		return converted.json ?? records;
	});
}
