/**
 * Reads for the polling trigger: the records of a source whose date field (CreatedDate or
 * ModifiedDate) is at or after a boundary, oldest first, and the newest records.
 *   Company: a data-object read with the trigger's conditions plus `field GTE boundary`.
 *   Goals:   a goal search with `field GTE boundary` (seed 004), limit/offset paged.
 *   Tasks:   the CTA's task list (it has no filter): every task with the date fields included,
 *            filtered and sorted here.
 */
import type { IDataObject } from 'n8n-workflow';

import { queryRecords } from './dataObjects';
import { searchPages } from './search';
import { PATHS } from './paths';
import { aliasFor } from './query';
import type { GainsightContext } from './request';
import { listCtaTasks } from './taskList';

export type DateField = 'CreatedDate' | 'ModifiedDate';

/** A record's date as epoch ms: data objects answer epoch ms, cockpit and goals ISO text. */
export function stampOf(record: IDataObject, field: DateField): number | undefined {
	const value = record[field];
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	return undefined;
}

export interface ChangeSource {
	field: DateField;
	/** Records with field ≥ `since` (epoch ms), oldest first. */
	since(since: number): Promise<IDataObject[]>;
	/** The `count` newest records; `filtered`: with the user's conditions (else all, for the first poll's baseline). */
	newest(count: number, filtered: boolean): Promise<IDataObject[]>;
}

const onOrAfter = (field: DateField, since: number, alias: string) => ({
	name: field,
	alias,
	operator: 'GTE',
	value: [new Date(since).toISOString()],
});

/**
 * `query`: the read body of the user's conditions and fields (select, where), asked for only when
 * a read needs it (the first poll's baseline reads just Gsid and the date).
 */
export function companyChanges(ctx: GainsightContext, field: DateField, query: () => Promise<IDataObject>): ChangeSource {
	let asked: Promise<IDataObject> | undefined;
	const userQuery = async () => {
		asked ??= query();
		const body = await asked;
		return { select: body.select, where: body.where as { conditions?: IDataObject[]; expression?: string } | undefined };
	};
	return {
		field,
		since: async (since) => {
			const { select, where } = await userQuery();
			const conditions = where?.conditions ?? [];
			const alias = aliasFor(conditions.length);
			const expression = conditions.length ? `(${where?.expression || conditions.map((condition) => condition.alias).join(' AND ')}) AND ${alias}` : undefined;
			const body = {
				select,
				where: { conditions: [...conditions, onOrAfter(field, since, alias)], ...(expression ? { expression } : {}) },
				orderBy: { [field]: 'asc' },
			};
			return queryRecords(ctx, 'Company', body, undefined);
		},
		newest: async (count, filtered) => {
			if (!filtered) return queryRecords(ctx, 'Company', { select: ['Gsid', field], orderBy: { [field]: 'desc' } }, count);
			const { select, where } = await userQuery();
			return queryRecords(ctx, 'Company', { select, ...(where ? { where } : {}), orderBy: { [field]: 'desc' } }, count);
		},
	};
}

const searchGoals = (ctx: GainsightContext, body: IDataObject, limit: number | undefined) =>
	searchPages(ctx, PATHS.goalSearch(), body, limit);

export function goalChanges(ctx: GainsightContext, field: DateField): ChangeSource {
	return {
		field,
		since: async (since) =>
			searchGoals(ctx, { where: { conditions: [onOrAfter(field, since, 'A')] }, orderBy: { [field]: 'asc' } }, undefined),
		newest: async (count) => searchGoals(ctx, { orderBy: { [field]: 'desc' } }, count),
	};
}

export function ctaTaskChanges(ctx: GainsightContext, field: DateField, cta: string): ChangeSource {
	const byStamp = (direction: 1 | -1) => (a: IDataObject, b: IDataObject) => direction * ((stampOf(a, field) ?? 0) - (stampOf(b, field) ?? 0));
	const all = async () => (await listCtaTasks(ctx, cta, { includes: ['CreatedDate', 'ModifiedDate'] })).map((task) => ({ CtaId: cta, ...task }));
	return {
		field,
		since: async (since) => (await all()).filter((task) => (stampOf(task, field) ?? -Infinity) >= since).sort(byStamp(1)),
		newest: async (count) => (await all()).sort(byStamp(-1)).slice(0, count),
	};
}
