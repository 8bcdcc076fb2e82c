import { ApiError, CODES, ok, type Reply } from '../envelope';
import { QueryError, runQuery } from '../query';
import type { RouteCtx } from '../router';
import type { ObjectSchema } from '../schema/types';
import { intParam, isObject, type Row } from '../util';

/**
 * The cockpit list reads (`POST /v2/cockpit/cta/list`, `POST /v2/successPlan/list/`), as the Fetch
 * CTA sample shows them (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation):
 * `{select, where: {conditions: [{fieldName, value: [...], alias, operator}], expression}, pageSize ≤ 1000, pageNumber ≥ 1}`
 * → `data: [rows]`. Stricter than the data-object read on what the sample fixes: `select` is required
 * and not empty, every condition names its field as `fieldName` (a `name` key is refused, not
 * guessed). Any operator goes (the CTA article has no operator table); an unknown field in select or
 * a condition is COCKPIT_5101. `orderBy` is not documented for these lists: the sandbox applies it
 * when given. An empty page is `data: []`.
 */

export const MAX_LIST_PAGE_SIZE = 1000;

function checkBody(body: unknown): Row {
  const value = body === undefined ? {} : body;
  if (!isObject(value)) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'The request body must be a JSON object');
  if (!Array.isArray(value.select) || value.select.length === 0) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'select is required: name at least one field to read');
  }
  const where = value.where;
  if (isObject(where) && Array.isArray(where.conditions)) {
    where.conditions.forEach((condition, i) => {
      if (!isObject(condition) || typeof condition.fieldName !== 'string') {
        throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `where.conditions[${i}] needs "fieldName" (the field to compare)`);
      }
    });
  }
  return value;
}

export function cockpitList(ctx: RouteCtx, schema: ObjectSchema, rows: Iterable<Row>): Reply {
  const body = checkBody(ctx.body);
  const pageSize = intParam(body.pageSize) ?? 100;
  const pageNumber = intParam(body.pageNumber) ?? 1;
  if (Number.isNaN(pageSize) || pageSize < 1 || pageSize > MAX_LIST_PAGE_SIZE) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `pageSize must be between 1 and ${MAX_LIST_PAGE_SIZE}`);
  }
  if (Number.isNaN(pageNumber) || pageNumber < 1) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'pageNumber must be 1 or more');
  try {
    const paging = { limit: pageSize, offset: (pageNumber - 1) * pageSize };
    return ok(runQuery(ctx.store.queryEnv(schema), rows, body, paging).records);
  } catch (e) {
    if (e instanceof QueryError) {
      throw new ApiError(400, e.kind === 'unknown' ? CODES.COCKPIT_BAD_SELECT : CODES.COCKPIT_BAD_REQUEST, e.message);
    }
    throw e;
  }
}
