import { isYmd } from '../dates';
import { ApiError, CODES, ok, type Reply } from '../envelope';
import { pagingOf, QueryError, runQuery } from '../query';
import type { Route, RouteCtx } from '../router';
import { GOAL_ENTITY_TYPES, GOAL_STATUSES, GOAL_VIEW } from '../schema/goal';
import type { GoalMetric, GoalRecord, SandboxStore } from '../store';
import { isCustomField, isObject, pickIgnoringCase as pick, show, type Row } from '../util';
import { goalView, metricView } from '../views';
import { canonicalize, failed, requestLookups, singleRequest, succeeded } from './single-request';

/**
 * Goals.
 *   POST /v1/csgoal/external/create   Gainsight's create (one goal a call, {requests:[{record, association}], lookups})
 *   GET  /v1/goals/templates          004
 *   POST /v1/goals/search             004, data {records, totalCount}
 *   GET  /v1/goals/{id}, PUT /v1/goals/{id}                    004
 *   GET  /v1/goals/{id}/metrics, POST /v1/goals/{id}/metrics    004
 *
 * Create record fields (case-insensitive): Name (required), StatusName|Status (required),
 * DueDate|TargetDate (YYYY-MM-DD, stored as 004's TargetDate), Description, CompanyId (or a
 * `CompanyId` lookup, e.g. from CompanyName), OwnerId (or an `OwnerId` lookup), TemplateId,
 * EntityType (COMPANY default | RELATIONSHIP), CompletionPercentage (0..100), any `__gc` field.
 * CompanyName without a lookup is informational. The success/failure key is the record's
 * referenceId, else the request's position ("1").
 * Statuses are 004's enum plus the tenant's own ("At Risk"), for create and update alike.
 */

const ALIASES: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  statusname: 'Status',
  status: 'Status',
  duedate: 'TargetDate',
  targetdate: 'TargetDate',
  companyid: 'CompanyId',
  ownerid: 'OwnerId',
  templateid: 'TemplateId',
  entitytype: 'EntityType',
  completionpercentage: 'CompletionPercentage',
  // control / informational
  referenceid: 'referenceId',
  companyname: 'CompanyName',
};

const UPDATE_FIELDS = new Set(['Name', 'Description', 'CompanyId', 'TemplateId', 'Status', 'OwnerId', 'TargetDate', 'CompletionPercentage']);

const lookupTarget = (name: string): string | null => {
  const lower = name.toLowerCase();
  if (lower === 'companyid') return 'CompanyId';
  if (lower === 'ownerid') return 'OwnerId';
  return isCustomField(name) ? name : null;
};

/** Apply goal fields to a working copy; returns an error message or null. */
function applyGoalFields(store: SandboxStore, goal: GoalRecord, fields: Row): string | null {
  for (const [k, v] of Object.entries(fields)) {
    switch (k) {
      case 'Name':
        if (typeof v !== 'string' || v.trim() === '') return 'Name is required';
        if (v.length > 255) return 'Name exceeds the maximum length of 255';
        goal.Name = v;
        break;
      case 'Description':
        goal.Description = v === null || v === undefined ? null : String(v);
        break;
      case 'Status': {
        const hit = pick(GOAL_STATUSES, v);
        if (!hit) return `Invalid status: ${show(v)} (allowed: ${GOAL_STATUSES.join(', ')})`;
        goal.Status = hit;
        break;
      }
      case 'TargetDate':
        if (v === null) goal.TargetDate = null;
        else if (isYmd(v)) goal.TargetDate = v;
        else return `Invalid DueDate (expected YYYY-MM-DD): ${show(v)}`;
        break;
      case 'CompanyId':
        if (typeof v !== 'string' || !store.companies.has(v)) return `Company not found: ${show(v)}`;
        goal.CompanyId = v;
        break;
      case 'OwnerId':
        if (v === null) goal.OwnerId = null;
        else if (typeof v !== 'string' || !store.users.has(v)) return `Owner not found: ${show(v)}`;
        else goal.OwnerId = v;
        break;
      case 'TemplateId':
        if (v === null) goal.TemplateId = null;
        else if (typeof v !== 'string' || !store.goalTemplates.has(v)) return `Goal template not found: ${show(v)}`;
        else goal.TemplateId = v;
        break;
      case 'EntityType': {
        const hit = pick(GOAL_ENTITY_TYPES, v);
        if (!hit) return `Invalid EntityType: ${show(v)}`;
        goal.EntityType = hit;
        break;
      }
      case 'CompletionPercentage':
        if (typeof v !== 'number' || !(v >= 0 && v <= 100)) return `Invalid CompletionPercentage: ${show(v)}`;
        goal.CompletionPercentage = v;
        break;
      default:
        if (isCustomField(k)) goal[k] = v;
    }
  }
  return null;
}

function checkAssociation(store: SandboxStore, association: unknown): { CTA: string[]; SP: string[] } | string {
  if (association === undefined || association === null) return { CTA: [], SP: [] };
  if (!isObject(association)) return 'association must be an object';
  const out = { CTA: [] as string[], SP: [] as string[] };
  for (const [kind, ids] of Object.entries(association)) {
    const upper = kind.toUpperCase();
    if (upper !== 'CTA' && upper !== 'SP') return `Invalid association type: ${kind}`;
    if (!Array.isArray(ids)) return `association.${kind} must be an array of GSIDs`;
    for (const id of ids) {
      const known = upper === 'CTA' ? store.ctas.has(String(id)) : store.successPlans.has(String(id));
      if (!known) return `${upper === 'CTA' ? 'CTA' : 'Success plan'} not found: ${show(id)}`;
      out[upper].push(String(id));
    }
  }
  return out;
}

function createGoal(ctx: RouteCtx): Reply {
  const { record, request, lookups } = singleRequest(ctx.body, CODES.GOAL_BAD_REQUEST, 'goal', 'created');
  const resolver = requestLookups(ctx.store, lookups, CODES.GOAL_BAD_LOOKUP, lookupTarget, [record]);
  const { fields, unknown } = canonicalize(record, ALIASES, resolver.sources);
  const ref = fields.referenceId === undefined || fields.referenceId === null ? '1' : String(fields.referenceId);
  const failure = (m: string) => failed(ref, m, CODES.GOAL_RECORD_FAILED);
  if (unknown.length > 0) return failure(`Invalid field: ${unknown[0]}`);
  const l = resolver.resolve(record);
  if (!l.ok) return failure(`${l.message} (${l.fieldName} = ${show(l.invalidValue)})`);
  Object.assign(fields, l.values);
  delete fields.referenceId;
  delete fields.CompanyName;
  if (fields.Name === undefined) return failure('Name is required');
  if (fields.Status === undefined) return failure('StatusName is required');
  if (fields.CompanyId === undefined || fields.CompanyId === null) return failure('CompanyId is required');
  const association = checkAssociation(ctx.store, request.association);
  if (typeof association === 'string') return failure(association);
  const goal: GoalRecord = {
    Gsid: '', Name: '', Description: null, CompanyId: '', TemplateId: null, Status: '', OwnerId: null, TargetDate: null,
    CompletionPercentage: 0, EntityType: 'COMPANY', Associations: association, CreatedDate: ctx.now, ModifiedDate: ctx.now,
  };
  const err = applyGoalFields(ctx.store, goal, fields);
  if (err) return failure(err);
  goal.Gsid = ctx.store.ids.next('goal');
  ctx.store.goals.set(goal.Gsid, goal);
  return succeeded(ref, goal.Gsid);
}

function goalOr404(ctx: RouteCtx): GoalRecord {
  const g = ctx.store.goals.get(ctx.params.goalId);
  if (!g) throw new ApiError(404, CODES.NOT_FOUND, `Goal not found: ${ctx.params.goalId}`);
  return g;
}

function getGoal(ctx: RouteCtx): Reply {
  return ok(goalView(ctx.store, goalOr404(ctx)));
}

/** PUT /v1/goals/{id}: 004's GoalInput fields, all optional here (a partial update); answers the Goal. */
function updateGoal(ctx: RouteCtx): Reply {
  const goal = goalOr404(ctx);
  if (!isObject(ctx.body)) throw new ApiError(400, CODES.GOAL_BAD_REQUEST, 'The request body must be a JSON object');
  const { fields, unknown } = canonicalize(ctx.body, ALIASES, new Set());
  const bad = unknown[0] ?? Object.keys(fields).find((k) => !UPDATE_FIELDS.has(k) && !isCustomField(k));
  if (bad !== undefined) throw new ApiError(400, CODES.GOAL_BAD_REQUEST, `Invalid field: ${bad}`);
  const next: GoalRecord = { ...goal };
  const err = applyGoalFields(ctx.store, next, fields);
  if (err) throw new ApiError(400, CODES.GOAL_BAD_REQUEST, err);
  next.ModifiedDate = ctx.now;
  Object.assign(goal, next);
  return ok(goalView(ctx.store, goal));
}

function searchGoals(ctx: RouteCtx): Reply {
  const body = ctx.body === undefined ? {} : ctx.body;
  if (!isObject(body)) throw new ApiError(400, CODES.GOAL_BAD_REQUEST, 'The request body must be a JSON object');
  try {
    const paging = pagingOf(body, 100, 5000);
    const views = Array.from(ctx.store.goals.values(), (g) => goalView(ctx.store, g));
    const { records, total } = runQuery(ctx.store.queryEnv(GOAL_VIEW), views, body, paging);
    return ok({ records, totalCount: total });
  } catch (e) {
    if (e instanceof QueryError) throw new ApiError(400, CODES.GOAL_BAD_REQUEST, e.message);
    throw e;
  }
}

function listTemplates(ctx: RouteCtx): Reply {
  return ok(Array.from(ctx.store.goalTemplates.values(), (t) => ({ ...t })));
}

function listMetrics(ctx: RouteCtx): Reply {
  const goal = goalOr404(ctx);
  return ok(Array.from(ctx.store.metrics.values()).filter((m) => m.GoalId === goal.Gsid).map(metricView));
}

/** POST /v1/goals/{id}/metrics: Name and TargetValue required; CurrentValue and Unit optional. */
function addMetric(ctx: RouteCtx): Reply {
  const goal = goalOr404(ctx);
  const body = ctx.body;
  const bad = (m: string) => new ApiError(400, CODES.GOAL_BAD_REQUEST, m);
  if (!isObject(body)) throw bad('The request body must be a JSON object');
  const extra = Object.keys(body).find((k) => !['Name', 'TargetValue', 'CurrentValue', 'Unit'].includes(k));
  if (extra) throw bad(`Invalid field: ${extra}`);
  if (typeof body.Name !== 'string' || body.Name.trim() === '') throw bad('Name is required');
  if (typeof body.TargetValue !== 'number' || !Number.isFinite(body.TargetValue)) throw bad('TargetValue is required and must be a number');
  const current = body.CurrentValue ?? null;
  if (current !== null && (typeof current !== 'number' || !Number.isFinite(current))) throw bad('CurrentValue must be a number');
  const unit = body.Unit ?? null;
  if (unit !== null && typeof unit !== 'string') throw bad('Unit must be a string');
  const metric: GoalMetric = {
    Gsid: ctx.store.ids.next('metric'), GoalId: goal.Gsid, Name: body.Name, CurrentValue: current, TargetValue: body.TargetValue,
    Unit: unit, LastUpdatedDate: ctx.now,
  };
  ctx.store.metrics.set(metric.Gsid, metric);
  goal.ModifiedDate = ctx.now;
  return ok(metricView(metric));
}

export const goalRoutes: Route[] = [
  { method: 'POST', path: '/v1/csgoal/external/create', handler: createGoal },
  { method: 'GET', path: '/v1/goals/templates', handler: listTemplates },
  { method: 'POST', path: '/v1/goals/search', handler: searchGoals },
  { method: 'GET', path: '/v1/goals/:goalId', handler: getGoal },
  { method: 'PUT', path: '/v1/goals/:goalId', handler: updateGoal },
  { method: 'GET', path: '/v1/goals/:goalId/metrics', handler: listMetrics },
  { method: 'POST', path: '/v1/goals/:goalId/metrics', handler: addMetric },
];

