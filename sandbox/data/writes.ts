import { ApiError, CODES } from '../envelope';
import { LookupConfigError, LookupResolver, parseLookups } from '../lookups';
import type { FieldDef, ObjectSchema } from '../schema/types';
import type { SandboxStore } from '../store';
import { isObject, type Row } from '../util';
import { validateRecord, type FieldFailure } from '../validate';

/**
 * What every data-object write shares (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation,
 * same API for custom objects: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation):
 * 1..50 records, all validated (fields in order, then lookups, then references) before anything is written.
 */

export const MAX_WRITE_RECORDS = 50;

export function recordsOf(body: unknown, verb: 'inserted' | 'updated'): unknown[] {
  if (!isObject(body) || !Array.isArray(body.records)) {
    throw new ApiError(400, CODES.VALIDATION, 'The request body must contain a "records" array');
  }
  const n = body.records.length;
  if (n === 0) throw new ApiError(400, CODES.VALIDATION, `No records to be ${verb}`);
  if (n > MAX_WRITE_RECORDS) {
    throw new ApiError(400, CODES.VALIDATION, `A maximum of ${MAX_WRITE_RECORDS} records can be ${verb} in one call (got ${n}).`);
  }
  return body.records;
}

/** Lookup targets must be GSID fields the call may write. */
function lookupsFor(store: SandboxStore, schema: ObjectSchema, raw: unknown, mode: 'create' | 'update', records: unknown[]): LookupResolver {
  try {
    const specs = parseLookups(raw, (name) => {
      const def = schema.field(name);
      const writable = def && (mode === 'create' ? def.createable : def.updateable);
      return def && def.dataType === 'GSID' && writable ? def.fieldName : null;
    });
    return new LookupResolver(store, specs, records);
  } catch (e) {
    if (e instanceof LookupConfigError) {
      throw new ApiError(400, CODES.INVALID_FIELD, `Invalid lookup configuration (${e.message})`);
    }
    throw e;
  }
}

const failure = (errorCode: string, errorMessage: string, fieldName: string, invalidValue: unknown): FieldFailure =>
  ({ errorCode, errorMessage, fieldName, invalidValue });

/**
 * A GSID field that points at another object must name one of its records: a record cannot be
 * linked to nothing (the sandbox's choice; the articles show no error for it, so GSOBJ_1004 "Invalid GSID").
 */
export function danglingReference(store: SandboxStore, schema: ObjectSchema, values: Row): FieldFailure | null {
  for (const def of schema.fields) {
    const v = values[def.fieldName];
    if (!def.lookupObject || typeof v !== 'string') continue;
    const table = store.table(def.lookupObject);
    if (table && !table.has(v)) return failure(CODES.BAD_GSID, `No ${def.lookupObject} record has this GSID`, def.fieldName, v);
  }
  return null;
}

/** A required (or non-nillable) field left empty once the lookups are resolved. */
function emptyLookupTarget(schema: ObjectSchema, targets: ReadonlySet<string>, values: Row, mode: 'create' | 'update'): FieldFailure | null {
  for (const target of targets) {
    const def = schema.field(target) as FieldDef;
    const v = values[def.fieldName];
    const missing = v === undefined ? mode === 'create' && def.required : v === null && (def.required || !def.nillable);
    if (missing) return failure(CODES.NULL_VALUE, 'Null value not allowed', def.fieldName, null);
  }
  return null;
}

export type Prepared = { values: Row; keyValues: Row };

/** Validate every record of a call and resolve its lookups; the first failure wins. */
export function prepareRecords(
  store: SandboxStore,
  schema: ObjectSchema,
  body: Row,
  records: unknown[],
  mode: 'create' | 'update',
  keys?: FieldDef[],
): Prepared[] | FieldFailure {
  const lookups = lookupsFor(store, schema, body.lookups, mode, records);
  const out: Prepared[] = [];
  for (const record of records) {
    const v = validateRecord(schema, record, { mode, lookupSources: lookups.sources, filledLater: lookups.targets, keys });
    if (!v.ok) return v.failure;
    const l = lookups.resolve(record as Row);
    if (!l.ok) return failure(CODES.VALIDATION, l.message, l.fieldName, l.invalidValue);
    const values: Row = { ...v.values, ...l.values };
    const bad = emptyLookupTarget(schema, lookups.targets, values, mode) ?? danglingReference(store, schema, values);
    if (bad) return bad;
    for (const k of keys ?? []) delete values[k.fieldName]; // key fields are never modified
    out.push({ values, keyValues: v.keyValues });
  }
  return out;
}

/** Store a new row: every field of the object (null when unset), a new GSID, created/modified now. */
export function insertRow(store: SandboxStore, schema: ObjectSchema, values: Row, now: number): Row {
  const row: Row = {};
  for (const f of schema.fields) row[f.fieldName] = values[f.fieldName] ?? null;
  row.Gsid = store.ids.nextIn(schema.keyPrefix, schema.objectName.toLowerCase());
  row.CreatedDate = now;
  row.ModifiedDate = now;
  store.table(schema.objectName)?.set(row.Gsid as string, row);
  return row;
}

export function updateRow(row: Row, values: Row, now: number): Row {
  Object.assign(row, values);
  row.ModifiedDate = now;
  return row;
}
