import { ApiError, CODES, fail, ok, type Reply } from '../envelope';
import { QueryError, runQuery } from '../query';
import type { Route, RouteCtx } from '../router';
import { CTA } from '../schema/cockpit';
import type { Playbook, PlaybookEntityType } from '../store';
import { intParam, isObject } from '../util';
import { playbookConfigView, playbookView } from '../views';

/**
 * CTAs and playbooks.
 *   POST /v2/cockpit/cta/list       {select?, where?: {conditions: [{fieldName|name, value, operator}], expression?},
 *                                    orderBy?, pageSize ≤ 1000 (default 100), pageNumber ≥ 1 (default 1)} → data: CTA[]
 *                                    (an empty page is [], not an error)
 *   GET  /v2/cockpit/admin/playbook ?active&et&entityId&type (000)
 *   GET  /v1/playbooks, /v1/playbooks/{id} (001)
 */

const MAX_PAGE_SIZE = 1000;
const ENTITY_TYPES: readonly PlaybookEntityType[] = ['COMPANY', 'GLOBAL', 'RELATIONSHIP'];

function listCtas(ctx: RouteCtx): Reply {
  const body = ctx.body === undefined ? {} : ctx.body;
  if (!isObject(body)) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'The request body must be a JSON object');
  const pageSize = intParam(body.pageSize) ?? 100;
  const pageNumber = intParam(body.pageNumber) ?? 1;
  if (Number.isNaN(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (Number.isNaN(pageNumber) || pageNumber < 1) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'pageNumber must be 1 or more');
  try {
    const paging = { limit: pageSize, offset: (pageNumber - 1) * pageSize };
    return ok(runQuery(ctx.store.queryEnv(CTA), ctx.store.ctas.values(), body, paging).records);
  } catch (e) {
    if (e instanceof QueryError) {
      throw new ApiError(400, e.kind === 'unknown' ? CODES.COCKPIT_BAD_SELECT : CODES.COCKPIT_BAD_REQUEST, e.message);
    }
    throw e;
  }
}

/**
 * Playbook configurations (000). Filters, as read from the article and its sample:
 * - active=true → active only; active=false → inactive only; absent → all;
 * - et=COMPANY|RELATIONSHIP → that entity type plus GLOBAL playbooks (the sample for et=COMPANY
 *   lists GLOBAL ones); et=GLOBAL → GLOBAL only; entityId narrows RELATIONSHIP playbooks to that
 *   relationship type;
 * - type=Risk,Expansion → those CTA types, plus ALL_CTA_TYPE playbooks (they apply to every type).
 */
function playbookConfig(ctx: RouteCtx): Reply {
  const { active, et, entityId, type } = ctx.query;
  if (active !== undefined && active !== 'true' && active !== 'false') {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `active must be true or false (got ${active})`);
  }
  const entityType = et?.toUpperCase() as PlaybookEntityType | undefined;
  if (et !== undefined && !ENTITY_TYPES.includes(entityType as PlaybookEntityType)) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `Invalid entity type: ${et}`);
  }
  const types = type ? new Set(type.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean)) : null;
  const matches = (p: Playbook): boolean => {
    if (active !== undefined && p.active !== (active === 'true')) return false;
    if (entityType && p.entityType !== entityType && p.entityType !== 'GLOBAL') return false;
    if (entityId && p.entityType === 'RELATIONSHIP' && p.entityId !== entityId) return false;
    if (types && p.typeName !== 'ALL_CTA_TYPE' && !types.has(p.typeName.toLowerCase())) return false;
    return true;
  };
  return ok(Array.from(ctx.store.playbooks.values()).filter(matches).map(playbookConfigView));
}

function listPlaybooks(ctx: RouteCtx): Reply {
  return ok(Array.from(ctx.store.playbooks.values(), playbookView));
}

function getPlaybook(ctx: RouteCtx): Reply {
  const p = ctx.store.playbooks.get(ctx.params.playbookId);
  return p ? ok(playbookView(p)) : fail(404, CODES.NOT_FOUND, `Playbook not found: ${ctx.params.playbookId}`);
}

export const cockpitRoutes: Route[] = [
  { method: 'POST', path: '/v2/cockpit/cta/list', handler: listCtas },
  { method: 'GET', path: '/v2/cockpit/admin/playbook', handler: playbookConfig },
  { method: 'GET', path: '/v1/playbooks', handler: listPlaybooks },
  { method: 'GET', path: '/v1/playbooks/:playbookId', handler: getPlaybook },
];
