import { ApiError, CODES, ok, type Reply } from '../envelope';
import { isGsid } from '../ids';
import { keyTuple, matchByKeys, parseKeys } from '../data/keys';
import { insertRow, prepareRecords, recordsOf, updateRow } from '../data/writes';
import { pagingOf, QueryError, runQuery } from '../query';
import type { Route, RouteCtx } from '../router';
import { dataObjectOf } from '../schema';
import type { ObjectSchema } from '../schema/types';
import { NO_MATCH, readAnswer } from '../shapes';
import { isObject, type Row } from '../util';
import { validationFailure } from '../validate';

/**
 * The data-object API, one engine for every object of the schema registry that has `dataApi`
 * (Company, Relationship, Person, custom objects ...): insert, update by keys, read, delete, as the
 * Company API article documents them
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation)
 * and the Custom Object article repeats them for any object
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation).
 * Writes take 1..50 records and are all-or-nothing: the first failure rejects the call with the
 * article's error shape. Reads take at most 5,000 rows a call, need a `select`, and accept only the
 * operators the article's table gives each data type.
 */

export const MAX_READ_LIMIT = 5000;
export const DEFAULT_READ_LIMIT = 100;

/** Object names match case-insensitively; writes and deletes only where the object allows them. */
function objectOf(ctx: RouteCtx, access: 'read' | 'write' | 'delete'): ObjectSchema {
  const schema = dataObjectOf(ctx.params.object);
  if (!schema?.dataApi) throw new ApiError(400, CODES.INVALID_FIELD, `Invalid object name: ${ctx.params.object}`);
  const { write, delete: del, readOnlyReason } = schema.dataApi;
  if ((access === 'write' && !write) || (access === 'delete' && !del)) {
    throw new ApiError(400, CODES.INVALID_FIELD, `Invalid object name: ${ctx.params.object} (${readOnlyReason ?? 'read only'})`);
  }
  return schema;
}

function insert(ctx: RouteCtx): Reply {
  const schema = objectOf(ctx, 'write');
  const records = recordsOf(ctx.body, 'inserted');
  const prepared = prepareRecords(ctx.store, schema, ctx.body as Row, records, 'create');
  if (!Array.isArray(prepared)) return validationFailure(prepared);
  ctx.store.dataChanged();
  const stored = prepared.map(({ values }) => insertRow(ctx.store, schema, values, ctx.now));
  return ok({ count: stored.length, errors: null, records: stored });
}

function update(ctx: RouteCtx): Reply {
  const schema = objectOf(ctx, 'write');
  const keys = parseKeys(schema, ctx.query.keys);
  const records = recordsOf(ctx.body, 'updated');
  const prepared = prepareRecords(ctx.store, schema, ctx.body as Row, records, 'update', keys);
  if (!Array.isArray(prepared)) return validationFailure(prepared);
  const table = ctx.store.table(schema.objectName) as Map<string, Row>;
  const matches = matchByKeys(table, keys, prepared.map((p) => p.keyValues));
  const updated: Row[] = [];
  ctx.store.dataChanged();
  for (const { values, keyValues } of prepared) {
    for (const row of matches.get(keyTuple(keys, keyValues)) ?? []) updated.push(updateRow(row, values, ctx.now));
  }
  return ok({ count: updated.length, errors: null, records: updated });
}

/** The article's Read API has no "all fields" form: every sample names its `select`. */
function requireSelect(body: Row): void {
  const { select } = body;
  if (select === undefined || select === null || (Array.isArray(select) && select.length === 0)) {
    throw new ApiError(400, CODES.VALIDATION, 'select is required: name at least one field to read');
  }
}

function read(ctx: RouteCtx): Reply {
  const schema = objectOf(ctx, 'read');
  const body = ctx.body === undefined ? {} : ctx.body;
  if (!isObject(body)) throw new ApiError(400, CODES.VALIDATION, 'The request body must be a JSON object');
  const rows = ctx.store.table(schema.objectName) as Map<string, Row>;
  try {
    requireSelect(body);
    const env = ctx.store.queryEnv(schema, { operatorTable: true });
    const { records } = runQuery(env, rows.values(), body, pagingOf(body, DEFAULT_READ_LIMIT, MAX_READ_LIMIT), ctx.store.readCache);
    return readAnswer(ctx.shapes, records);
  } catch (e) {
    if (e instanceof QueryError) throw new ApiError(400, e.kind === 'unknown' ? CODES.INVALID_FIELD : CODES.VALIDATION, e.message);
    throw e;
  }
}

/** Deletes the row and the rows that depend on it (a person's Company_Person rows). */
function remove(ctx: RouteCtx): Reply {
  const schema = objectOf(ctx, 'delete');
  const gsid = ctx.params.gsid;
  if (!isGsid(gsid)) throw new ApiError(400, CODES.BAD_GSID, `Invalid GSID (${gsid})`);
  ctx.store.dataChanged();
  if (!ctx.store.table(schema.objectName)?.delete(gsid)) throw new ApiError(400, CODES.NO_DATA, NO_MATCH);
  for (const dep of schema.dependents ?? []) {
    const table = ctx.store.table(dep.objectName);
    for (const [id, row] of table ?? []) if (row[dep.fieldName] === gsid) table?.delete(id);
  }
  return ok(`Record with GSID: ${gsid} successfully deleted.`);
}

export const dataObjectRoutes: Route[] = [
  { method: 'POST', path: '/v1/data/objects/:object', handler: insert },
  { method: 'PUT', path: '/v1/data/objects/:object', handler: update },
  { method: 'POST', path: '/v1/data/objects/query/:object', handler: read },
  { method: 'DELETE', path: '/v1/data/objects/:object/:gsid', handler: remove },
];
