/**
 * Get and Get Many over a cockpit list (CTAs: `POST /v2/cockpit/cta/list`, success plans:
 * `POST /v2/successPlan/list/`): conditions and their expression (the lists document no sort),
 * fields to return (`defaultSelect` when none: the lists need a select), pages of up to 1,000 by
 * `pageSize`/`pageNumber`. A single record is a read with `Gsid EQ` (no GET by ID is known).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { cockpitWhere } from '../../input/query';
import { readLimit, readQueryBody, readSelect } from '../../input/queryInput';
import { apiError } from '../../transport/errors';
import { listCockpitRecords, MAX_READ_PAGE } from '../../transport/reads';
import { readLocatorGsid } from './locatorGsid';
import { optionsCollection } from './options.description';
import { conditionFields, selectField } from './query.description';
import { returnAllOrLimit } from './returnAll.description';

export interface CockpitList {
	path: string;
	/** Fields read when the user picks none. */
	defaultSelect: readonly string[];
	/** "CTA", "success plan": for messages. */
	what: string;
}

/** Return All / Limit, the conditions and how they combine, and the fields to return (the lists document no sort). */
export const getManyProperties: INodeProperties[] = [...returnAllOrLimit(MAX_READ_PAGE), ...conditionFields, optionsCollection([selectField])];

/** The Options of a Get: the fields to return. */
export const getProperties = (locator: INodeProperties): INodeProperties[] => [locator, optionsCollection([selectField])];

const selectOf = (chosen: string[], list: CockpitList) => (chosen.length ? [...new Set(['Gsid', ...chosen])] : [...list.defaultSelect]);

export async function cockpitGetMany(ctx: IExecuteFunctions, items: INodeExecutionData[], list: CockpitList): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => {
		const { select, where } = readQueryBody(ctx, itemIndex);
		const body: IDataObject = { select: selectOf(select as string[], list) };
		if (where) body.where = cockpitWhere(where as IDataObject);
		return { body, limit: readLimit(ctx, itemIndex) };
	};
	return perItem(ctx, items.length, prepare, async (itemIndex, { body, limit }) => listCockpitRecords(ctx, list.path, body, limit, itemIndex));
}

export async function cockpitGet(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	list: CockpitList,
	locator: { name: string; label: string },
): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => ({
		gsid: readLocatorGsid(ctx, locator.name, itemIndex, locator.label),
		select: selectOf(readSelect(ctx, itemIndex, 'options.select'), list),
	});
	return perItem(ctx, items.length, prepare, async (itemIndex, { gsid, select }) => {
		const where = { conditions: [{ fieldName: 'Gsid', alias: 'A', value: [gsid], operator: 'EQ' }], expression: 'A' };
		const [record] = await listCockpitRecords(ctx, list.path, { select, where }, 1, itemIndex);
		if (!record) throw apiError(ctx, { message: `No ${list.what} has the GSID ${gsid}`, httpCode: 404, field: 'Gsid', itemIndex });
		return record;
	});
}
