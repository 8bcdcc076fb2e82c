/** Steps shared by Company Insert, Update and Upsert: read + check every item, group by request shape, output. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { epochFieldsToIso } from '../../helpers/dates';
import { prepareAll, toOutput } from '../../helpers/output';
import { itemParameter } from '../../helpers/parameters';
import { groupBy, type PendingRecord, type RecordResult } from '../../transport/batch';
import { dateFieldNames, describeObject } from '../../transport/metadata';
import { datesForWire, readLookups, readRecord, readUpdateKeys } from '../common/records';

export const COMPANY = 'Company';

export interface CompanyWrite {
	record: IDataObject;
	lookups?: IDataObject;
	keys: string[];
}

export interface CompanyWriteGroup {
	keys: string[];
	lookups?: IDataObject;
	records: PendingRecord[];
}

/** Every item's record, lookups and (for update/upsert) keys, checked before any call; grouped by request shape. */
export async function prepareCompanyWrites(ctx: IExecuteFunctions, items: INodeExecutionData[], withKeys: boolean) {
	const { ready, failed } = prepareAll(ctx, items.length, (itemIndex): CompanyWrite => {
		const record = readRecord(ctx, itemIndex, items[itemIndex]);
		const keys = withKeys ? readUpdateKeys(ctx, itemIndex, record) : [];
		return { record, keys, lookups: readLookups(ctx, itemIndex, record) };
	});
	await datesForWire(ctx, COMPANY, ready.map((entry) => entry.value.record));
	const groups: CompanyWriteGroup[] = groupBy(ready, (entry) => JSON.stringify([entry.value.keys, entry.value.lookups ?? null])).map(
		(group) => ({
			keys: group[0].value.keys,
			lookups: group[0].value.lookups,
			records: group.map((entry) => ({ itemIndex: entry.itemIndex, record: entry.value.record })),
		}),
	);
	return { groups, failed };
}

/** Applies the "Dates as ISO Strings" option to successful results. */
export async function withIsoDates(ctx: IExecuteFunctions, results: RecordResult[]): Promise<RecordResult[]> {
	const wanted = results.filter((result) => !result.error && itemParameter(ctx, 'options.datesAsIso', result.itemIndex, false));
	if (wanted.length === 0) return results;
	const dateFields = dateFieldNames(await describeObject(ctx, COMPANY));
	const convert = (json: IDataObject) => epochFieldsToIso(json, dateFields);
	for (const result of wanted) {
		if (result.json) result.json = Array.isArray(result.json) ? result.json.map(convert) : convert(result.json);
	}
	return results;
}

export async function companyOutput(ctx: IExecuteFunctions, results: RecordResult[]): Promise<INodeExecutionData[]> {
	return toOutput(ctx, await withIsoDates(ctx, results));
}
