import { ApiError, CODES, ok, type Reply } from '../envelope';
import { isGsid } from '../ids';
import { LookupConfigError, LookupResolver, parseLookups } from '../lookups';
import { pagingOf, QueryError, runQuery } from '../query';
import type { Route, RouteCtx } from '../router';
import { COMPANY, COMPANY_FIELD_NAMES } from '../schema/company';
import { GSUSER } from '../schema/gsuser';
import type { FieldDef, ObjectSchema } from '../schema/types';
import type { CompanyRecord } from '../store';
import { isObject, type Row } from '../util';
import { validateRecord, validationFailure, type FieldFailure } from '../validate';

/**
 * Company API (002): insert, update by keys, read, delete. Writes take 1..50 records and are
 * all-or-nothing: every record is validated (fields in order, then lookups) before anything is
 * written, and the first failure rejects the call with the article's error shape.
 */

export const MAX_WRITE_RECORDS = 50;
export const MAX_READ_LIMIT = 5000;
export const DEFAULT_READ_LIMIT = 100;
const MAX_KEYS = 3;
const KEY_TYPES = new Set(['STRING', 'GSID', 'NUMBER', 'EMAIL']);

/** Object names match case-insensitively. Writes: Company only; reads: Company and gsuser. */
function objectOf(ctx: RouteCtx, write: boolean): ObjectSchema {
  const name = ctx.params.object.toLowerCase();
  if (name === 'company') return COMPANY;
  if (!write && name === 'gsuser') return GSUSER;
  throw new ApiError(400, CODES.INVALID_FIELD, `Invalid object name: ${ctx.params.object}${write && name === 'gsuser' ? ' (read only)' : ''}`);
}

function recordsOf(body: unknown, verb: 'inserted' | 'updated'): unknown[] {
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
function companyLookups(ctx: RouteCtx, mode: 'create' | 'update', records: unknown[]): LookupResolver {
  const body = ctx.body as Row;
  try {
    const specs = parseLookups(body.lookups, (name) => {
      const def = COMPANY.field(name);
      const writable = def && (mode === 'create' ? def.createable : def.updateable);
      return def && def.dataType === 'GSID' && writable ? def.fieldName : null;
    });
    return new LookupResolver(ctx.store, specs, records);
  } catch (e) {
    if (e instanceof LookupConfigError) {
      throw new ApiError(400, CODES.INVALID_FIELD, `Invalid lookup configuration (${e.message})`);
    }
    throw e;
  }
}

type Prepared = { values: Row; keyValues: Row };

/** Validate every record and resolve its lookups; the first failure wins. */
function prepare(ctx: RouteCtx, records: unknown[], mode: 'create' | 'update', keys?: FieldDef[]): Prepared[] | FieldFailure {
  const lookups = companyLookups(ctx, mode, records);
  const out: Prepared[] = [];
  for (const record of records) {
    const v = validateRecord(COMPANY, record, { mode, lookupSources: lookups.sources, keys });
    if (!v.ok) return v.failure;
    const l = lookups.resolve(record as Row);
    if (!l.ok) return { errorCode: CODES.VALIDATION, errorMessage: l.message, fieldName: l.fieldName, invalidValue: l.invalidValue };
    const values: Row = { ...v.values, ...l.values };
    for (const k of keys ?? []) delete values[k.fieldName]; // key fields are never modified
    out.push({ values, keyValues: v.keyValues });
  }
  return out;
}

function insert(ctx: RouteCtx): Reply {
  objectOf(ctx, true);
  const records = recordsOf(ctx.body, 'inserted');
  const prepared = prepare(ctx, records, 'create');
  if (!Array.isArray(prepared)) return validationFailure(prepared);
  ctx.store.companiesChanged();
  const stored: CompanyRecord[] = prepared.map(({ values }) => {
    const row: CompanyRecord = {};
    for (const f of COMPANY_FIELD_NAMES) row[f] = values[f] ?? null;
    row.Gsid = ctx.store.ids.next('company');
    row.CreatedDate = ctx.now;
    row.ModifiedDate = ctx.now;
    ctx.store.companies.set(row.Gsid as string, row);
    return row;
  });
  return ok({ count: stored.length, errors: null, records: stored });
}

function parseKeys(raw: string | undefined): FieldDef[] {
  const names = (raw ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (names.length === 0) throw new ApiError(400, CODES.VALIDATION, 'The keys query parameter is required (keys=field1,field2)');
  if (names.length > MAX_KEYS) throw new ApiError(400, CODES.VALIDATION, `A maximum of ${MAX_KEYS} keys is allowed (got ${names.length})`);
  return names.map((name) => {
    const def = COMPANY.field(name);
    if (!def) throw new ApiError(400, CODES.INVALID_FIELD, `Invalid key field: ${name}`);
    if (!KEY_TYPES.has(def.dataType)) {
      throw new ApiError(400, CODES.VALIDATION, `Key field ${def.fieldName} is of type ${def.dataType}; keys must be of type String, GSID, Number or Email`);
    }
    return def;
  });
}

/** Key values compare like the read API's EQ: strings ignore case, numbers by value. */
function keyPart(def: FieldDef, v: unknown): string {
  if (v === null || v === undefined) return '\u0000';
  if (def.dataType === 'NUMBER') return String(Number(v));
  return String(v).toLowerCase();
}

/**
 * Stored rows per key tuple, for the tuples the call asks for: one pass over the store that only
 * builds tuples for rows whose first key matches (a direct get for `keys=Gsid`).
 */
function matchByKeys(ctx: RouteCtx, keys: FieldDef[], wanted: Row[], tuple: (row: Row) => string): Map<string, CompanyRecord[]> {
  const out = new Map<string, CompanyRecord[]>();
  for (const w of wanted) out.set(tuple(w), []);
  const [first] = keys;
  if (keys.length === 1 && first.fieldName === 'Gsid') {
    for (const w of wanted) {
      const row = ctx.store.companies.get(String(w.Gsid));
      const list = out.get(tuple(w));
      if (row && list && list.length === 0) list.push(row);
    }
    return out;
  }
  const firstParts = new Set(wanted.map((w) => keyPart(first, w[first.fieldName])));
  for (const row of ctx.store.companies.values()) {
    const v = row[first.fieldName];
    if (v === null || v === undefined || !firstParts.has(keyPart(first, v))) continue;
    out.get(tuple(row))?.push(row);
  }
  return out;
}

function update(ctx: RouteCtx): Reply {
  objectOf(ctx, true);
  const keys = parseKeys(ctx.query.keys);
  const records = recordsOf(ctx.body, 'updated');
  const prepared = prepare(ctx, records, 'update', keys);
  if (!Array.isArray(prepared)) return validationFailure(prepared);
  const tuple = (row: Row) => keys.map((k) => keyPart(k, row[k.fieldName])).join('\u0001');
  const matches = matchByKeys(ctx, keys, prepared.map((p) => p.keyValues), tuple);
  const updated: CompanyRecord[] = [];
  ctx.store.companiesChanged();
  for (const { values, keyValues } of prepared) {
    for (const row of matches.get(tuple(keyValues)) ?? []) {
      Object.assign(row, values);
      row.ModifiedDate = ctx.now;
      updated.push(row);
    }
  }
  return ok({ count: updated.length, errors: null, records: updated });
}

function read(ctx: RouteCtx): Reply {
  const schema = objectOf(ctx, false);
  const body = ctx.body === undefined ? {} : ctx.body;
  if (!isObject(body)) throw new ApiError(400, CODES.VALIDATION, 'The request body must be a JSON object');
  const rows = schema === COMPANY ? ctx.store.companies.values() : ctx.store.users.values();
  try {
    const { records } = runQuery(ctx.store.queryEnv(schema), rows, body, pagingOf(body, DEFAULT_READ_LIMIT, MAX_READ_LIMIT), ctx.store.readCache);
    // 002: an empty result is an error (HTTP 400, "No data found for given criteria"), also past the last page
    if (records.length === 0) throw new ApiError(400, CODES.NO_DATA, 'No data found for given criteria');
    return ok(records);
  } catch (e) {
    if (e instanceof QueryError) throw new ApiError(400, e.kind === 'unknown' ? CODES.INVALID_FIELD : CODES.VALIDATION, e.message);
    throw e;
  }
}

function remove(ctx: RouteCtx): Reply {
  objectOf(ctx, true);
  const gsid = ctx.params.gsid;
  if (!isGsid(gsid)) throw new ApiError(400, CODES.BAD_GSID, `Invalid GSID (${gsid})`);
  ctx.store.companiesChanged();
  if (!ctx.store.companies.delete(gsid)) throw new ApiError(400, CODES.NO_DATA, 'No data found for given criteria');
  return ok(`Record with GSID: ${gsid} successfully deleted.`);
}

export const companyRoutes: Route[] = [
  { method: 'POST', path: '/v1/data/objects/:object', handler: insert },
  { method: 'PUT', path: '/v1/data/objects/:object', handler: update },
  { method: 'POST', path: '/v1/data/objects/query/:object', handler: read },
  { method: 'DELETE', path: '/v1/data/objects/:object/:gsid', handler: remove },
];
