import { addDaysYmd, ymd } from '../dates';
import { contextOf, dayOf, nameOf, ownerOf } from '../data/cockpit-records';
import { firstItem, followStatus, itemNamed, setItem } from '../data/picklists';
import { CODES, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import { SUCCESS_PLAN } from '../schema/cockpit';
import { batchWriteAnswer } from '../shapes';
import type { Cta, SandboxStore, SuccessPlan, TaskRecord } from '../store';
import { isCustomField, isObject, show, type Row } from '../util';
import { successPlanView } from '../views';
import { cockpitList } from './cockpit-list';
import { buildCta, successPlanPicklist } from './cta';
import { batchRequests, canonicalize, requestLookups } from './single-request';

/**
 * Success plans. Known from a third-party summary of
 * https://support.gainsight.com/gainsight_nxt/Success_Plans/Success_Plan_API_Documentation/Success_Plan_APIs only:
 *   POST /v2/successPlan[?withObjectives=true]   `{requests: [{record}], lookups}`, record keys Name, CompanyId
 *                                                 (or RelationshipId + EntityType RELATIONSHIP), SuccessPlanType
 *                                                 (a name), status (a name), OwnerId | OwnerEmail (or a lookup),
 *                                                 DueDate, StartDate, Comments, Templates: [names], Objectives: [...]
 *                                                 (only with withObjectives=true), any `__gc` field, referenceId
 *   PUT  /v2/successPlan                          same body, record.Gsid names the plan
 *   POST /v2/successPlan/list/                    as the CTA list (cockpit-list.ts)
 *   GET  /v2/successPlan/admin/picklist/lite?category=SUCCESS_PLAN_TYPE,SUCCESS_PLAN_STATUS&et=COMPANY
 * Objectives are CTAs of type Objective (the article's introduction): each objective `{Name, DueDate,
 * OwnerId | OwnerEmail, status, priority, reason, Comments}` becomes a CTA with the plan's company and
 * SuccessPlanId; its owner defaults to the plan's. A template adds its objectives (due
 * `daysFromCreation` after today). A plan is written with all its objectives or not at all.
 * Closing a plan (a closed status) closes its open objectives (a third-party note on Gainsight's
 * behaviour). Defaults: status Draft. At most 50 requests a call (the sandbox's choice).
 */

export const MAX_SUCCESS_PLAN_REQUESTS = 50;

const ALIASES: Record<string, string> = {
  name: 'Name',
  entitytype: 'EntityType',
  companyid: 'CompanyId',
  relationshipid: 'RelationshipId',
  ownerid: 'OwnerId',
  owneremail: 'OwnerEmail',
  duedate: 'DueDate',
  startdate: 'StartDate',
  successplantype: 'type',
  type: 'type',
  typename: 'type',
  status: 'status',
  statusname: 'status',
  comments: 'Comments',
  templates: 'Templates',
  objectives: 'Objectives',
  referenceid: 'referenceId',
  gsid: 'Gsid',
};

/** The keys an objective takes (CTA names). */
const OBJECTIVE_ALIASES: Record<string, string> = {
  name: 'Name', duedate: 'DueDate', ownerid: 'OwnerId', owneremail: 'OwnerEmail', status: 'status', priority: 'priority',
  reason: 'reason', comments: 'Comments', referenceid: 'referenceId',
};

const LOOKUP_TARGETS: Record<string, string> = { ownerid: 'OwnerId', companyid: 'CompanyId', relationshipid: 'RelationshipId' };
const lookupTarget = (name: string): string | null => LOOKUP_TARGETS[name.toLowerCase()] ?? (isCustomField(name) ? name : null);

/** Sets the fields create and update share on `plan` (a working copy); a message on the first bad one. */
function applyFields(store: SandboxStore, plan: SuccessPlan, fields: Row, today: string): string | null {
  if (fields.Name !== undefined) {
    const name = nameOf(fields.Name);
    if (!name.ok) return name.message;
    plan.Name = name.value;
  }
  if (fields.type !== undefined) {
    const type = itemNamed(store, 'SUCCESS_PLAN_TYPE', fields.type);
    if (!type) return `Invalid SuccessPlanType: ${show(fields.type)}`;
    plan.TypeId = type.Gsid;
  }
  if (fields.status !== undefined) {
    const refused = setItem(store, plan, 'StatusId', 'SUCCESS_PLAN_STATUS', fields.status);
    if (refused) return refused;
  }
  followStatus(store, plan, today);
  for (const name of ['DueDate', 'StartDate'] as const) {
    const day = dayOf(name, fields[name], true);
    if (!day.ok) return day.message;
    if (day.value !== undefined) plan[name] = day.value;
  }
  const owner = ownerOf(store, fields);
  if (!owner.ok) return owner.message;
  if (owner.value) plan.OwnerId = owner.value;
  if (fields.Comments !== undefined) plan.Comments = fields.Comments === null ? null : String(fields.Comments);
  for (const [field, value] of Object.entries(fields)) if (isCustomField(field)) plan[field] = value;
  return null;
}

/** The objectives of a new plan (its own and its templates'), built as CTAs; a message on the first bad one. */
function objectivesOf(ctx: RouteCtx, plan: SuccessPlan, fields: Row, withObjectives: boolean): Array<{ cta: Cta; tasks: TaskRecord[] }> | string {
  const objectiveType = itemNamed(ctx.store, 'CTA_TYPE', 'Objective');
  const given: Row[] = [];
  if (fields.Templates !== undefined) {
    if (!Array.isArray(fields.Templates)) return 'Templates must be a list of template names';
    for (const name of fields.Templates) {
      const template = ctx.store.successPlanTemplates.get(String(name));
      if (!template) return `Success plan template not found: ${show(name)}`;
      for (const o of template.objectives) given.push({ Name: o.name, DueDate: addDaysYmd(ymd(ctx.now), o.daysFromCreation) });
    }
  }
  if (fields.Objectives !== undefined) {
    if (!withObjectives) return 'Objectives are taken only with withObjectives=true';
    if (!Array.isArray(fields.Objectives)) return 'Objectives must be a list';
    for (const [i, objective] of fields.Objectives.entries()) {
      if (!isObject(objective)) return `Objectives[${i}] must be an object`;
      const { fields: o, unknown } = canonicalize(objective, OBJECTIVE_ALIASES, new Set());
      if (unknown.length) return `Objectives[${i}]: Invalid field: ${unknown[0]}`;
      delete o.referenceId;
      given.push(o);
    }
  }
  if (given.length && !objectiveType) return 'The tenant has no Objective CTA type';
  const built: Array<{ cta: Cta; tasks: TaskRecord[] }> = [];
  for (const [i, o] of given.entries()) {
    const cta = buildCta(ctx, { type: 'Objective', ...o }, {
      EntityType: plan.EntityType, CompanyId: plan.CompanyId, RelationshipId: plan.RelationshipId, TypeId: objectiveType?.Gsid,
      OwnerId: plan.OwnerId ?? undefined, SuccessPlanId: plan.Gsid, Source: 'SUCCESS_PLAN',
    });
    if (typeof cta === 'string') return `Objective ${i + 1} (${show(o.Name)}): ${cta}`;
    built.push(cta);
  }
  return built;
}

function createPlans(ctx: RouteCtx): Reply {
  const { requests, lookups } = batchRequests(ctx.body, CODES.COCKPIT_BAD_REQUEST, 'success plan', 'created', MAX_SUCCESS_PLAN_REQUESTS);
  const resolver = requestLookups(ctx.store, lookups, CODES.COCKPIT_BAD_LOOKUP, lookupTarget, requests.map((r) => r.record));
  const withObjectives = ctx.query.withObjectives === 'true';
  const today = ymd(ctx.now);
  const success: Row[] = [];
  const failure: Row[] = [];
  for (const { ref, record } of requests) {
    const fail = (message: string) => failure.push({ [ref]: message });
    const { fields, unknown } = canonicalize(record, ALIASES, resolver.sources);
    const lookup = resolver.resolve(record);
    if (unknown.length || fields.Gsid !== undefined) {
      fail(`Invalid field: ${unknown[0] ?? 'Gsid'}`);
      continue;
    }
    if (!lookup.ok) {
      fail(`${lookup.message} (${lookup.fieldName} = ${show(lookup.invalidValue)})`);
      continue;
    }
    Object.assign(fields, lookup.values);
    const context = contextOf(ctx.store, fields);
    if (!context.ok) {
      fail(context.message);
      continue;
    }
    if (fields.Name === undefined) {
      fail('Name is required');
      continue;
    }
    if (fields.type === undefined) {
      fail('SuccessPlanType is required');
      continue;
    }
    const draft = firstItem(ctx.store, 'SUCCESS_PLAN_STATUS', (item) => !item.Closed);
    const plan: SuccessPlan = {
      Gsid: ctx.store.ids.next('successPlan'), Name: '', ...context.value, TypeId: '', StatusId: draft?.Gsid ?? '', OwnerId: null, DueDate: null,
      StartDate: today, Comments: null, Templates: Array.isArray(fields.Templates) ? fields.Templates.map(String).join(';') : null, IsClosed: false,
      ClosedDate: null, CreatedDate: ctx.now, ModifiedDate: ctx.now,
    };
    const err = applyFields(ctx.store, plan, fields, today);
    const objectives = err ?? objectivesOf(ctx, plan, fields, withObjectives);
    if (typeof objectives === 'string') {
      fail(objectives);
      continue;
    }
    ctx.store.successPlans.set(plan.Gsid, plan);
    for (const objective of objectives) ctx.store.ctas.set(objective.cta.Gsid, objective.cta);
    success.push({ [ref]: plan.Gsid });
  }
  return batchWriteAnswer(ctx.shapes, success, failure, CODES.COCKPIT_RECORD_FAILED);
}

/** A closed plan closes its open objectives (first closed CTA status). */
function closeObjectives(store: SandboxStore, plan: SuccessPlan, now: number): void {
  const closed = firstItem(store, 'CTA_STATUS', (item) => item.Closed === true);
  if (!closed) return;
  for (const cta of store.ctas.values()) {
    if (cta.SuccessPlanId !== plan.Gsid || cta.IsClosed) continue;
    Object.assign(cta, { StatusId: closed.Gsid, IsClosed: true, ClosedDate: ymd(now), ModifiedDate: now });
  }
}

function updatePlans(ctx: RouteCtx): Reply {
  const { requests, lookups } = batchRequests(ctx.body, CODES.COCKPIT_BAD_REQUEST, 'success plan', 'updated', MAX_SUCCESS_PLAN_REQUESTS);
  const resolver = requestLookups(ctx.store, lookups, CODES.COCKPIT_BAD_LOOKUP, lookupTarget, requests.map((r) => r.record));
  const today = ymd(ctx.now);
  const success: Row[] = [];
  const failure: Row[] = [];
  for (const { ref, record } of requests) {
    const fail = (message: string) => failure.push({ [ref]: message });
    const { fields, unknown } = canonicalize(record, ALIASES, resolver.sources);
    const lookup = resolver.resolve(record);
    const existing = typeof fields.Gsid === 'string' ? ctx.store.successPlans.get(fields.Gsid) : undefined;
    const fixed = ['EntityType', 'CompanyId', 'RelationshipId', 'Templates', 'Objectives'].find((field) => fields[field] !== undefined);
    const problem = unknown.length
      ? `Invalid field: ${unknown[0]}`
      : !lookup.ok
        ? `${lookup.message} (${lookup.fieldName} = ${show(lookup.invalidValue)})`
        : !existing
          ? fields.Gsid === undefined ? 'Gsid is required' : `Success plan not found: ${show(fields.Gsid)}`
          : fixed
            ? `${fixed} cannot be changed`
            : null;
    if (problem || !existing || !lookup.ok) {
      fail(problem ?? 'invalid record');
      continue;
    }
    const next: SuccessPlan = { ...existing };
    const err = applyFields(ctx.store, next, { ...fields, ...lookup.values }, today);
    if (err) {
      fail(err);
      continue;
    }
    next.ModifiedDate = ctx.now;
    const closing = next.IsClosed && !existing.IsClosed;
    Object.assign(existing, next);
    if (closing) closeObjectives(ctx.store, existing, ctx.now);
    success.push({ [ref]: existing.Gsid });
  }
  return batchWriteAnswer(ctx.shapes, success, failure, CODES.COCKPIT_RECORD_FAILED);
}

function listPlans(ctx: RouteCtx): Reply {
  return cockpitList(ctx, SUCCESS_PLAN, Array.from(ctx.store.successPlans.values(), successPlanView));
}

export const successPlanRoutes: Route[] = [
  { method: 'POST', path: '/v2/successPlan', handler: createPlans },
  { method: 'PUT', path: '/v2/successPlan', handler: updatePlans },
  { method: 'POST', path: '/v2/successPlan/list', handler: listPlans },
  { method: 'GET', path: '/v2/successPlan/admin/picklist/lite', handler: successPlanPicklist },
];
