/**
 * Reads for the polling trigger: the records of a source whose date field (CreatedDate or
 * ModifiedDate) is at or after a boundary, oldest first, and the newest records.
 *   Data objects (Company and any other): a read with the trigger's conditions plus `field GTE boundary`.
 *   Goals:   a goal search with `field GTE boundary`, limit/offset paged.
 *   Tasks:   the CTA's task list (it has no filter): every task with the date fields included,
 *            filtered and sorted here.
 *   CTAs:    the CTA list with `field GTE` the boundary's day (the list's documented date form;
 *            records before the boundary are dropped here), closed ones only for "Closed"; the
 *            list has no documented sort, so the order is made here.
 */
import type { IDataObject } from 'n8n-workflow';

import { taskFromList } from '../Gainsight/actions/task/output';
import { epochOf } from '../Gainsight/helpers/dates';
import { aliasFor } from '../Gainsight/input/query';
import { PATHS } from '../Gainsight/transport/paths';
import { listCockpitRecords, listCtaTasks, queryRecords, searchPages } from '../Gainsight/transport/reads';
import type { GainsightContext } from '../Gainsight/transport/session';

export type DateField = 'CreatedDate' | 'ModifiedDate';

/** Record dates before this are not Gainsight's (it did not exist): a value outside the sane range is ignored. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** How far ahead of this machine's clock a record's date may be (clocks differ; a year ahead is a bad value). */
const AHEAD_MS = 24 * 60 * 60 * 1000;

/** A record's date as epoch ms (data objects answer epoch ms, cockpit and goals ISO text); undefined when absent. */
export const stampOf = (record: IDataObject, field: DateField): number | undefined => epochOf(record[field]);

/** Whether a date can be a real change of a record: anything else must never become the stored boundary. */
export const isSaneStamp = (at: number, now = Date.now()) => at >= EARLIEST && at <= now + AHEAD_MS;

export interface ChangeSource {
	field: DateField;
	/** Records with field ≥ `since` (epoch ms), oldest first. */
	since(since: number): Promise<IDataObject[]>;
	/** The `count` newest records; `filtered`: with the user's conditions (else all, for the first poll's baseline). */
	newest(count: number, filtered: boolean): Promise<IDataObject[]>;
}

const dateCondition = (field: DateField, operator: 'GTE' | 'LTE', at: number, alias: string) => ({
	name: field,
	alias,
	operator,
	value: [new Date(at).toISOString()],
});

/** The newest date a record may sanely carry now: a newest-first read asks for nothing later, so a poisoned date cannot hide the real newest. */
const saneUntil = () => Date.now() + AHEAD_MS;

type Where = { conditions?: IDataObject[]; expression?: string } | undefined;

/** `where` with one more condition that must also hold. */
function andWhere(where: Where, condition: (alias: string) => IDataObject): IDataObject {
	const conditions = where?.conditions ?? [];
	const alias = aliasFor(conditions.length);
	const expression = conditions.length ? `(${where?.expression || conditions.map((one) => one.alias).join(' AND ')}) AND ${alias}` : undefined;
	return { conditions: [...conditions, condition(alias)], ...(expression ? { expression } : {}) };
}

/**
 * `query`: the read body of the user's conditions and fields (select, where), asked for only when
 * a read needs it (the first poll's baseline reads just Gsid and the date).
 */
export function dataObjectChanges(ctx: GainsightContext, object: string, field: DateField, query: () => Promise<IDataObject>): ChangeSource {
	let asked: Promise<IDataObject> | undefined;
	const userQuery = async () => {
		asked ??= query();
		const body = await asked;
		return { select: body.select, where: body.where as Where };
	};
	return {
		field,
		since: async (since) => {
			const { select, where } = await userQuery();
			const body = { select, where: andWhere(where, (alias) => dateCondition(field, 'GTE', since, alias)), orderBy: { [field]: 'asc' } };
			return queryRecords(ctx, object, body, undefined);
		},
		newest: async (count, filtered) => {
			const { select, where } = filtered ? await userQuery() : { select: ['Gsid', field], where: undefined };
			const body = { select, where: andWhere(where, (alias) => dateCondition(field, 'LTE', saneUntil(), alias)), orderBy: { [field]: 'desc' } };
			return queryRecords(ctx, object, body, count);
		},
	};
}

const searchGoals = (ctx: GainsightContext, body: IDataObject, limit: number | undefined) =>
	searchPages(ctx, PATHS.goalSearch(), body, limit);

export function goalChanges(ctx: GainsightContext, field: DateField): ChangeSource {
	return {
		field,
		since: async (since) =>
			searchGoals(ctx, { where: { conditions: [dateCondition(field, 'GTE', since, 'A')] }, orderBy: { [field]: 'asc' } }, undefined),
		newest: async (count) => searchGoals(ctx, { where: { conditions: [dateCondition(field, 'LTE', saneUntil(), 'A')] }, orderBy: { [field]: 'desc' } }, count),
	};
}

export function ctaTaskChanges(ctx: GainsightContext, field: DateField, cta: string): ChangeSource {
	const byStamp = (direction: 1 | -1) => (a: IDataObject, b: IDataObject) => direction * ((stampOf(a, field) ?? 0) - (stampOf(b, field) ?? 0));
	const all = async () => (await listCtaTasks(ctx, cta, { includes: ['CreatedDate', 'ModifiedDate'] })).map(taskFromList(cta));
	return {
		field,
		since: async (since) => (await all()).filter((task) => (stampOf(task, field) ?? -Infinity) >= since).sort(byStamp(1)),
		newest: async (count) =>
			(await all())
				.filter((task) => isSaneStamp(stampOf(task, field) ?? 0))
				.sort(byStamp(-1))
				.slice(0, count),
	};
}

/** What a CTA trigger emits: the fields of the CTA list's default read, plus Comments. */
const CTA_SELECT = [
	'Gsid', 'Name', 'EntityType', 'CompanyId', 'CompanyId__gr.Name', 'RelationshipId', 'TypeId__gr.Name', 'ReasonId__gr.Name', 'StatusId__gr.Name',
	'PriorityId__gr.Name', 'OwnerId', 'OwnerId__gr.Name', 'DueDate', 'IsClosed', 'ClosedDate', 'Comments', 'CreatedDate', 'ModifiedDate',
];

/**
 * How far back the newest CTA is looked for, widening until one is found: the list cannot be sorted,
 * so the first poll reads the recent CTAs instead of all of them. The clock only narrows the read; the
 * boundary is still the newest date Gainsight answers.
 */
const NEWEST_WINDOWS_DAYS = [1, 30, 365];

/** `field GTE` the day of `since` (UTC), as the Fetch CTA filters write dates (`yyyy-MM-dd`). */
const onOrAfterDay = (field: DateField, since: number, alias: string) => ({
	fieldName: field,
	alias,
	operator: 'GTE',
	value: [new Date(since).toISOString().slice(0, 10)],
});

export function ctaChanges(ctx: GainsightContext, field: DateField, closedOnly: boolean): ChangeSource {
	const byStamp = (direction: 1 | -1) => (a: IDataObject, b: IDataObject) => direction * ((stampOf(a, field) ?? 0) - (stampOf(b, field) ?? 0));
	const read = async (since: number | undefined) => {
		const conditions: IDataObject[] = [];
		if (since !== undefined) conditions.push(onOrAfterDay(field, since, aliasFor(conditions.length)));
		if (closedOnly) conditions.push({ fieldName: 'IsClosed', alias: aliasFor(conditions.length), operator: 'EQ', value: [true] });
		const body: IDataObject = { select: CTA_SELECT };
		if (conditions.length) body.where = { conditions, expression: conditions.map((condition) => condition.alias).join(' AND ') };
		return listCockpitRecords(ctx, PATHS.ctaList(), body, undefined);
	};
	return {
		field,
		since: async (since) => (await read(since)).filter((cta) => (stampOf(cta, field) ?? -Infinity) >= since).sort(byStamp(1)),
		newest: async (count) => {
			for (const days of NEWEST_WINDOWS_DAYS) {
				const recent = await read(Date.now() - days * 86_400_000);
				if (recent.length) return recent.sort(byStamp(-1)).slice(0, count);
			}
			return (await read(undefined)).sort(byStamp(-1)).slice(0, count);
		},
	};
}
