/**
 * The records of a CTA or success plan create whose answer broke that Gainsight did create: one
 * list read for each of them by name (and company, when given by GSID), created since just before
 * the call. The lists filter dates by day, so the exact time is checked here.
 */
import type { IDataObject } from 'n8n-workflow';

import { epochOf } from '../../helpers/dates';
import { aliasFor } from '../../input/query';
import { listCockpitRecords } from '../../transport/reads';
import type { GainsightContext } from '../../transport/session';
import { CLOCK_MARGIN_MS, matchCreated, type Settle } from '../../transport/writes/settle';

export function createdInCockpit(ctx: GainsightContext, listPath: string): Settle<IDataObject[]> {
	return async (records, sentAt, claimed) => {
		const since = sentAt - CLOCK_MARGIN_MS;
		const found: Array<IDataObject | undefined> = [];
		for (const record of records) {
			const fields = ['Name', ...(typeof record.CompanyId === 'string' ? ['CompanyId'] : [])];
			const conditions = [
				...fields.map((field, index) => ({ fieldName: field, alias: aliasFor(index), value: [record[field]], operator: 'EQ' })),
				{ fieldName: 'CreatedDate', alias: aliasFor(fields.length), value: [new Date(since).toISOString().slice(0, 10)], operator: 'GTE' },
			];
			const body = { select: ['Gsid', ...fields, 'CreatedDate'], where: { conditions, expression: conditions.map((condition) => condition.alias).join(' AND ') } };
			const created = (await listCockpitRecords(ctx, listPath, body, undefined)).filter((one) => (epochOf(one.CreatedDate) ?? -Infinity) >= since);
			found.push(...matchCreated([record], created, fields, claimed));
		}
		return found;
	};
}
