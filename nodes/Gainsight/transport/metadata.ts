/**
 * Field metadata from Gainsight's Data Management API, read once per run and object (and kept a while: see below).
 * Describe answers `data: [{objectName, fields: [...]}]` in Gainsight's own samples and
 * `data: {objectName, fields}` in older readings; both are accepted
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Data_Management_APIs/Data_Management_APIs).
 */
import { gainsightRequest } from './call';
import { PATHS } from './paths';
import { sessionOf, type GainsightContext } from './session';

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

/** A run describes each object once; later calls of the run share the answer (or the call in flight). */
const perRun = new WeakMap<object, Map<string, Promise<FieldMeta[]>>>();

/**
 * Runs and polls also share describe answers in the process, per credential and object, for 10
 * minutes: a scheduled or webhook workflow would otherwise spend a call on it every run (a
 * one-record write would cost twice its own calls). The editor's pickers always ask Gainsight and
 * refresh what runs use, so a field just added shows at once in the editor and in runs within 10 minutes.
 */
const KEEP_MS = 10 * 60_000;
const perCredential = new Map<string, { at: number; fields: Promise<FieldMeta[]> }>();

/** The editor's pickers (loadOptions, listSearch, resourceMapping) run in a context that reads the panel's current values. */
const isEditor = (ctx: GainsightContext) => 'getCurrentNodeParameter' in ctx;

/** The describe answer kept for the credential (or the call in flight, which runs started side by side share), else a new call. */
async function describeNow(ctx: GainsightContext, object: string): Promise<FieldMeta[]> {
	const session = await sessionOf(ctx);
	const key = [session.credential?.id ?? '', session.settings.baseUrl, object.toLowerCase()].join(' ');
	const kept = perCredential.get(key);
	const now = Date.now();
	if (kept && !isEditor(ctx) && now >= kept.at && now - kept.at < KEEP_MS) return kept.fields;
	const fields = gainsightRequest<unknown>(ctx, { method: 'GET', path: PATHS.objectDescribe(object) }).then((data) => describedFields(data, object));
	const entry = { at: now, fields };
	perCredential.set(key, entry);
	fields.catch(() => perCredential.get(key) === entry && perCredential.delete(key));
	return fields;
}

export async function describeObject(ctx: GainsightContext, object: string): Promise<FieldMeta[]> {
	let ofRun = perRun.get(ctx);
	if (!ofRun) {
		ofRun = new Map();
		perRun.set(ctx, ofRun);
	}
	const key = object.toLowerCase();
	let fields = ofRun.get(key);
	if (!fields) {
		fields = describeNow(ctx, object);
		ofRun.set(key, fields);
		fields.catch(() => ofRun.delete(key));
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
