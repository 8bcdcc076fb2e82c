/**
 * Field metadata from Gainsight's Data Management API, read once per node run and object.
 * Describe answers `data: [{objectName, fields: [...]}]` in Gainsight's own samples and
 * `data: {objectName, fields}` in older readings; both are accepted
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Data_Management_APIs/Data_Management_APIs).
 */
import { gainsightRequest } from './call';
import { PATHS } from './paths';
import type { GainsightContext } from './session';

export interface FieldMeta {
	fieldName: string;
	label?: string;
	dataType?: string;
	meta?: { createable?: boolean; updateable?: boolean; required?: boolean; nillable?: boolean; nameField?: boolean };
	picklistValues?: unknown[];
	lookupDetail?: { lookupObject?: string; lookupObjects?: Array<{ objectName?: string }> };
}

export interface ObjectMeta {
	objectName: string;
	label?: string;
	objectType?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of a describe answer, in either shape; only entries with a field name. */
export function describedFields(data: unknown, object: string): FieldMeta[] {
	const described = Array.isArray(data)
		? (data.find((entry) => isObject(entry) && String(entry.objectName ?? '').toLowerCase() === object.toLowerCase()) ?? data[0])
		: data;
	const fields = isObject(described) && Array.isArray(described.fields) ? described.fields : [];
	return fields.filter((field): field is FieldMeta => isObject(field) && typeof field.fieldName === 'string' && field.fieldName !== '');
}

const cache = new WeakMap<object, Map<string, Promise<FieldMeta[]>>>();

function describedIn(ctx: GainsightContext): Map<string, Promise<FieldMeta[]>> {
	let perContext = cache.get(ctx);
	if (!perContext) {
		perContext = new Map();
		cache.set(ctx, perContext);
	}
	return perContext;
}

/** Fields described before (kept by a trigger between polls) serve this run's describe of `object`. */
export function useDescribed(ctx: GainsightContext, object: string, fields: FieldMeta[]): void {
	describedIn(ctx).set(object.toLowerCase(), Promise.resolve(fields));
}

/** What this run described of `object` (or was given by useDescribed); undefined when it did not, or the describe failed. */
export async function describedSoFar(ctx: GainsightContext, object: string): Promise<FieldMeta[] | undefined> {
	return describedIn(ctx).get(object.toLowerCase())?.catch(() => undefined);
}

export async function describeObject(ctx: GainsightContext, object: string): Promise<FieldMeta[]> {
	const perContext = describedIn(ctx);
	const key = object.toLowerCase();
	let fields = perContext.get(key);
	if (!fields) {
		fields = gainsightRequest<unknown>(ctx, { method: 'GET', path: PATHS.objectDescribe(object) }).then((data) => describedFields(data, object));
		perContext.set(key, fields);
		fields.catch(() => perContext.delete(key));
	}
	return fields;
}

/** The tenant's objects (`GET /v1/meta/services/objects/list`). */
export async function listObjects(ctx: GainsightContext): Promise<ObjectMeta[]> {
	const data = await gainsightRequest<unknown>(ctx, { method: 'GET', path: PATHS.objectList() });
	const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.records) ? data.records : [];
	return list.filter((entry): entry is ObjectMeta => isObject(entry) && typeof entry.objectName === 'string');
}

const typeOf = (field: FieldMeta) => String(field.dataType ?? '').toUpperCase();

/** Data types Gainsight accepts as update keys. */
export const KEY_TYPES = new Set(['STRING', 'GSID', 'NUMBER', 'EMAIL']);

/** Fields of the DATE type (a day, no time). */
export function dayFieldNames(fields: FieldMeta[]): Set<string> {
	return new Set(fields.filter((field) => typeOf(field) === 'DATE').map((field) => field.fieldName));
}

export function dateFieldNames(fields: FieldMeta[]): Set<string> {
	return new Set(fields.filter((field) => typeOf(field) === 'DATE' || typeOf(field) === 'DATETIME').map((field) => field.fieldName));
}

/** A field's data type by name (case-insensitive, as Gainsight matches names); undefined when not described. */
export function dataTypeOf(fields: FieldMeta[], name: string): string | undefined {
	const lower = name.toLowerCase();
	const field = fields.find((candidate) => candidate.fieldName.toLowerCase() === lower);
	return field ? typeOf(field) : undefined;
}
