import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeInChunks } from '../../transport/batch';
import { updateWriter } from '../../transport/dataObjects';
import { lookupFields } from '../common/lookups.description';
import { datesAsIsoOption, optionsCollection } from '../common/options.description';
import { companyColumns, fieldsToIgnoreOption } from './company.description';
import { COMPANY, companyOutput, prepareCompanyWrites } from './companyWrite';

const properties: INodeProperties[] = [companyColumns('update'), ...lookupFields, optionsCollection([datesAsIsoOption, fieldsToIgnoreOption])];

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['update'] } }, properties);

/** Updates the Company records that match each item's key fields, 50 records a call. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const { groups, failed } = await prepareCompanyWrites(this, items, true);
	const results = await writeInChunks(
		this,
		groups.map((group) => ({ records: group.records, writer: updateWriter(this, COMPANY, group.keys, group.lookups) })),
		{ stopOnFirstError: !this.continueOnFail() },
	);
	return companyOutput(this, [...failed, ...results]);
}
