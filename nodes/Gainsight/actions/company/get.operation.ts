import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { queryRecords } from '../../transport/dataObjects';
import { apiError } from '../../transport/request';
import { datesAsIsoOption, optionsCollection } from '../common/options.description';
import { selectField } from '../common/query.description';
import { readSelect, withAllFields } from '../common/queryInput';
import { companyLocator } from './company.description';
import { COMPANY, withIsoDates } from './companyWrite';
import { readLocatorGsid } from '../common/locatorGsid';

const properties: INodeProperties[] = [
	companyLocator,
	optionsCollection([
		selectField,
		datesAsIsoOption,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['get'] } }, properties);

/** Reads one Company by its GSID. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		gsid: readLocatorGsid(this, 'companyId', itemIndex, 'Company GSID'),
		select: readSelect(this, itemIndex, 'options.select'),
	});
	return perItem(this, items.length, prepare, async (itemIndex, { gsid, select }) => {
		const body = await withAllFields(this, COMPANY, { select, where: { conditions: [{ name: 'Gsid', alias: 'A', value: [gsid], operator: 'EQ' }] } });
		const [record] = await queryRecords(this, COMPANY, body, 1, itemIndex);
		if (!record) {
			throw apiError(this, {
				message: `No Company has the GSID ${gsid}`,
				httpCode: 404,
				errorCode: 'GSOBJ_1011',
				field: 'Gsid',
				itemIndex,
			});
		}
		const [converted] = await withIsoDates(this, [{ itemIndex, json: record }]);
		return converted.json ?? record;
	});
}
