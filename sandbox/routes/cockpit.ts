import { ApiError, CODES, fail, ok, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import type { Playbook, PlaybookEntityType } from '../store';
import { playbookConfigView, playbookView } from '../views';

/**
 * Playbooks (CTAs: cta.ts).
 *   GET  /v2/cockpit/admin/playbook ?active&et&entityId&type (000)
 *   GET  /v1/playbooks, /v1/playbooks/{id} (001)
 */

const ENTITY_TYPES: readonly PlaybookEntityType[] = ['COMPANY', 'GLOBAL', 'RELATIONSHIP'];

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
  { method: 'GET', path: '/v2/cockpit/admin/playbook', handler: playbookConfig },
  { method: 'GET', path: '/v1/playbooks', handler: listPlaybooks },
  { method: 'GET', path: '/v1/playbooks/:playbookId', handler: getPlaybook },
];
