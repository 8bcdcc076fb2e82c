/** Field metadata from Gainsight's describe API, read once per node run and object. */
import type { GainsightContext } from './request';
import { gainsightRequest } from './request';
import { PATHS } from './paths';

export interface FieldMeta {
	fieldName: string;
	label?: string;
	dataType?: string;
	meta?: { createable?: boolean; updateable?: boolean; required?: boolean; nillable?: boolean };
	picklistValues?: unknown[];
}

const cache = new WeakMap<object, Map<string, Promise<FieldMeta[]>>>();

export async function describeObject(ctx: GainsightContext, object: string): Promise<FieldMeta[]> {
	let perContext = cache.get(ctx);
	if (!perContext) {
		perContext = new Map();
		cache.set(ctx, perContext);
	}
	let fields = perContext.get(object);
	if (!fields) {
		fields = gainsightRequest<{ fields?: FieldMeta[] }>(ctx, { method: 'GET', path: PATHS.objectDescribe(object) }).then(
			(data) => (Array.isArray(data?.fields) ? data.fields : []),
		);
		perContext.set(object, fields);
		fields.catch(() => perContext?.delete(object));
	}
	return fields;
}

export async function listObjects(ctx: GainsightContext): Promise<Array<{ objectName: string; label?: string }>> {
	const data = await gainsightRequest<unknown>(ctx, { method: 'GET', path: PATHS.objectList() });
	return Array.isArray(data) ? (data as Array<{ objectName: string; label?: string }>) : [];
}

const DATE_TYPES = new Set(['DATE', 'DATETIME']);

/** Data types Gainsight accepts as update keys. */
export const KEY_TYPES = new Set(['STRING', 'GSID', 'NUMBER', 'EMAIL']);

/** Fields of the DATE type (a day, no time). */
export function dayFieldNames(fields: FieldMeta[]): Set<string> {
	return new Set(fields.filter((field) => String(field.dataType).toUpperCase() === 'DATE').map((field) => field.fieldName));
}

export function dateFieldNames(fields: FieldMeta[]): Set<string> {
	return new Set(fields.filter((field) => DATE_TYPES.has(String(field.dataType).toUpperCase())).map((field) => field.fieldName));
}
