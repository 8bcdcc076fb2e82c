import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeInChunks } from '../../transport/batch';
import { insertWriter } from '../../transport/dataObjects';
import { lookupFields } from '../common/lookups.description';
import { datesAsIsoOption, optionsCollection } from '../common/options.description';
import { companyColumns, fieldsToIgnoreOption } from './company.description';
import { COMPANY, companyOutput, prepareCompanyWrites } from './companyWrite';

const properties: INodeProperties[] = [companyColumns('add'), ...lookupFields, optionsCollection([datesAsIsoOption, fieldsToIgnoreOption])];

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['insert'] } }, properties);

/** Inserts every item as a Company record, 50 records a call. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const { groups, failed } = await prepareCompanyWrites(this, items, false);
	const results = await writeInChunks(
		this,
		groups.map((group) => ({ records: group.records, writer: insertWriter(this, COMPANY, group.lookups) })),
		{ stopOnFirstError: !this.continueOnFail() },
	);
	return companyOutput(this, [...failed, ...results]);
}
