/** Reads one item's record (auto-mapped JSON or the resource mapper's fields), its lookups and update keys, and checks them. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toDay, toWireDate } from '../helpers/dates';
import { inputError, parseInput } from '../helpers/inputError';
import { nodeOf } from '../helpers/node';
import { itemParameter } from '../helpers/parameters';
import { dayFieldNames, describeObject } from '../transport/metadata';
import type { GainsightContext } from '../transport/session';
import { buildLookups, lookupRowsFromParameter, lookupSourceFields, type LookupRowsParameter } from './lookups';
import { fieldNameSchema, lookupRowSchema, MAX_TEXT_LENGTH, TOO_LONG, updateKeysSchema, type LookupRow } from './schemas';

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A single value as sent; dates become ISO text unless `keepDates` (the caller converts them knowing the field's type). */
function wireValue(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown, keepDates = false): unknown {
	const converted = toWireDate(value);
	if (converted !== value) return keepDates ? value : converted;
	if (Array.isArray(value) || isPlainObject(value)) {
		throw inputError(
			nodeOf(ctx),
			itemIndex,
			field,
			`holds ${Array.isArray(value) ? 'a list' : 'an object'}, but a Gainsight field takes a single value`,
			'Flatten it first (e.g. with an Edit Fields node), join a list into "A; B" for multi-select fields, or add the field to "Fields to Ignore".',
		);
	}
	if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) throw inputError(nodeOf(ctx), itemIndex, field, TOO_LONG);
	return value;
}

/** Field name / value rows (see fieldRows) → fields, each name checked and set once. */
export function fieldsFromRows(
	ctx: IExecuteFunctions,
	itemIndex: number,
	rows: Array<{ name?: string; value?: unknown }>,
	label: string,
	taken: IDataObject = {},
): IDataObject {
	const node = nodeOf(ctx);
	const fields: IDataObject = {};
	rows.forEach((row, position) => {
		const field = parseInput(node, fieldNameSchema, row.name, itemIndex, `${label} › Field ${position + 1} › Field Name`);
		if (Object.hasOwn(fields, field) || Object.hasOwn(taken, field)) throw inputError(node, itemIndex, `${label} › ${field}`, 'is set twice', 'Remove one of the rows.');
		fields[field] = wireValue(ctx, itemIndex, field, row.value) as IDataObject[string];
	});
	return fields;
}

/** The field rows of a parameter (its `field` list) → fields. */
export function readFieldRows(ctx: IExecuteFunctions, itemIndex: number, parameter: string, label: string, taken: IDataObject = {}): IDataObject {
	const rows = (itemParameter(ctx, `${parameter}.field`, itemIndex, []) as Array<{ name?: string; value?: unknown }>) ?? [];
	return fieldsFromRows(ctx, itemIndex, rows, label, taken);
}

/** The resource mapper's value of a write (`columns`): how the record is built, its fields and the fields to match on. */
interface ColumnsValue {
	mappingMode?: string;
	value?: IDataObject | null;
	matchingColumns?: string[];
}

const readColumns = (ctx: IExecuteFunctions, itemIndex: number) => (itemParameter(ctx, 'columns', itemIndex, {}) ?? {}) as ColumnsValue;

/**
 * One item's record: with "Map Automatically" the item's JSON (less the Fields to Ignore), else the
 * fields set in the mapper. Fields left empty in the mapper (null) are not sent. Date values (JS Date,
 * Luxon DateTime) are left as they are for `datesForWire`, which knows which fields are days.
 */
export function readRecord(ctx: IExecuteFunctions, itemIndex: number, item: INodeExecutionData): IDataObject {
	const node = nodeOf(ctx);
	const columns = readColumns(ctx, itemIndex);
	const auto = columns.mappingMode === 'autoMapInputData';
	const record: IDataObject = {};
	if (auto) {
		const ignored = new Set(
			String(itemParameter(ctx, 'options.fieldsToIgnore', itemIndex, ''))
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean),
		);
		if (!isPlainObject(item.json)) throw inputError(node, itemIndex, 'Input item', 'is not an object');
		for (const [field, value] of Object.entries(item.json)) {
			if (ignored.has(field)) continue;
			parseInput(node, fieldNameSchema, field, itemIndex, `Input field ${field}`, 'Rename it to the Gainsight field name, or add it to "Fields to Ignore".');
			record[field] = wireValue(ctx, itemIndex, field, value, true) as IDataObject[string];
		}
	} else {
		for (const [field, value] of Object.entries(columns.value ?? {})) {
			if (value === null || value === undefined) continue;
			parseInput(node, fieldNameSchema, field, itemIndex, `Columns › ${field}`);
			record[field] = wireValue(ctx, itemIndex, field, value, true) as IDataObject[string];
		}
	}
	if (Object.keys(record).length === 0) {
		throw inputError(
			node,
			itemIndex,
			auto ? 'Input item' : 'Columns',
			'gives no field to write',
			auto ? 'The input item is empty, or every field is ignored.' : 'Set at least one field.',
		);
	}
	return record;
}

/** The item's lookup rows, checked, and the `lookups` object to send (undefined if none). */
export function readLookups(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, builtIn: LookupRow[] = []): IDataObject | undefined {
	const node = nodeOf(ctx);
	const raw = lookupRowsFromParameter(itemParameter(ctx, 'lookups', itemIndex, {}) as LookupRowsParameter);
	const rows = [...builtIn, ...raw.map((row, position) => parseInput(node, lookupRowSchema, row, itemIndex, `Lookups › Lookup ${position + 1}`))];
	const targets = new Set<string>();
	for (const row of rows) {
		if (targets.has(row.targetField)) throw inputError(node, itemIndex, `Lookups › ${row.targetField}`, 'is the target of two lookups');
		targets.add(row.targetField);
		if (Object.hasOwn(record, row.targetField)) {
			throw inputError(
				node,
				itemIndex,
				`Lookups › ${row.targetField}`,
				'is filled by a lookup but the record also sets it directly',
				'Keep one: remove the field from the record, or remove the lookup.',
			);
		}
	}
	for (const source of lookupSourceFields(rows)) {
		if (!Object.hasOwn(record, source)) {
			throw inputError(
				node,
				itemIndex,
				`Lookups › Record Field ${source}`,
				'is not in the record, so the lookup has nothing to match',
				'Add the field to the record (input item or Columns), or correct the lookup.',
			);
		}
	}
	return buildLookups(rows);
}

/** The update keys (1–3), each present with a value in the record. */
export function readUpdateKeys(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject): string[] {
	const node = nodeOf(ctx);
	const keys = parseInput(node, updateKeysSchema, readColumns(ctx, itemIndex).matchingColumns ?? [], itemIndex, 'Fields to Match On');
	for (const key of keys) {
		const keyValue = Object.hasOwn(record, key) ? record[key] : undefined;
		if (keyValue === undefined || keyValue === null || (typeof keyValue === 'string' && keyValue.trim() === '')) {
			throw inputError(
				node,
				itemIndex,
				key,
				'is a match field but has no value in the record',
				'Give it a value: Gainsight finds the record to update by it.',
			);
		}
	}
	return keys;
}


/** A date-time as text (`2027-03-04T00:00:00.000+01:00`), as n8n turns a Luxon DateTime from an expression into. */
const DATE_TIME_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Date values of these records → what Gainsight takes: `YYYY-MM-DD` for DATE fields (the day as
 * written, whatever the offset), ISO 8601 otherwise. Asks the describe API (once a run) only when
 * some value is a date.
 */
export async function datesForWire(ctx: GainsightContext, object: string, records: IDataObject[]): Promise<void> {
	const isDate = (value: unknown) => toWireDate(value) !== value || (typeof value === 'string' && DATE_TIME_TEXT.test(value));
	if (!records.some((record) => Object.values(record).some(isDate))) return;
	const days = dayFieldNames(await describeObject(ctx, object));
	for (const record of records) {
		for (const [field, value] of Object.entries(record)) {
			if (!isDate(value)) continue;
			record[field] = (days.has(field) ? (toDay(value) ?? toWireDate(value)) : toWireDate(value)) as IDataObject[string];
		}
	}
}
