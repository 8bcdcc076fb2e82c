import { addDaysYmd, daysBetweenYmd, ymd } from '../dates';
import { contextOf, dayOf, nameOf, ownerOf, type Checked } from '../data/cockpit-records';
import { firstItem, followStatus, itemName, itemNamed, setItem } from '../data/picklists';
import { ApiError, CODES, ok, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import { CTA } from '../schema/cockpit';
import { CTA_CATEGORIES, SUCCESS_PLAN_CATEGORIES, type PicklistCategory } from '../schema/picklist';
import { batchWriteAnswer } from '../shapes';
import type { Cta, SandboxStore, TaskRecord } from '../store';
import { isCustomField, pickIgnoringCase, show, type Row } from '../util';
import { ctaView, picklistItemView } from '../views';
import { cockpitList } from './cockpit-list';
import { batchRequests, canonicalize, requestLookups } from './single-request';

/**
 * CTAs (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation):
 *   POST /v2/cockpit/cta      create, `{requests: [{record}], lookups}`, up to MAX_CTA_REQUESTS a call
 *   PUT  /v2/cockpit/cta      update (and close: a closed status), same body, record.Gsid names the CTA
 *   POST /v2/cockpit/cta/list fetch (cockpit-list.ts)
 *   GET  /v2/cockpit/admin/picklist/lite?category=CTA_TYPE,…&et=COMPANY|RELATIONSHIP   the tenant's configuration
 * Create and update bodies are known from third-party copies of the article's sample only: record
 * keys (case-insensitive) Name, CompanyId (or a lookup) | RelationshipId + EntityType RELATIONSHIP,
 * OwnerId | OwnerEmail (or a lookup), DueDate `YYYY-MM-DD`, type, reason, status, priority BY NAME,
 * Comments, IsImportant, PlaybookId, any `__gc` field, referenceId. Each record is written or refused
 * on its own: `data: {success: [{ref: gsid}], failure: [{ref: message}]}` (shapes.ts `batch` for a mix).
 *
 * The sandbox's choices where the sources are silent:
 * - at most 50 requests a call (the data-object API's documented limit; none is documented here);
 * - defaults: status the first open one (New), priority Medium, DueDate today; OwnerId is required;
 *   Objective CTAs are created with a success plan only;
 * - PlaybookId (how a playbook is applied at create is not documented) must name an active playbook
 *   of the CTA's type (or of all types) and entity type; its task templates become the CTA's tasks,
 *   owned by the CTA's owner, due `daysFromCreation` after today;
 * - a CTA like an open one (same company or relationship, type and reason) is allowed: the article
 *   says nothing of Gainsight's duplicate rule for the API, so skipping is the caller's choice;
 * - update cascades (a third-party summary names the values, not the keys): `dueDateCriteria`
 *   ALL_OPEN_TASKS | PLAYBOOK_TASKS | NO (default NO) shifts the open tasks (or the open playbook tasks)
 *   by as many days as the CTA's due date moved; `ownerCriteria` OWNER | ALL_OPEN_TASKS | NO (default NO)
 *   gives the new owner the open tasks the old owner had (OWNER) or every open task;
 * - a closed status sets IsClosed and ClosedDate (today); the CTA's open tasks stay open.
 */

export const MAX_CTA_REQUESTS = 50;
const DUE_DATE_CRITERIA = ['ALL_OPEN_TASKS', 'PLAYBOOK_TASKS', 'NO'] as const;
const OWNER_CRITERIA = ['OWNER', 'ALL_OPEN_TASKS', 'NO'] as const;

const ALIASES: Record<string, string> = {
  name: 'Name',
  entitytype: 'EntityType',
  companyid: 'CompanyId',
  relationshipid: 'RelationshipId',
  ownerid: 'OwnerId',
  owneremail: 'OwnerEmail',
  duedate: 'DueDate',
  type: 'type',
  typename: 'type',
  reason: 'reason',
  reasonname: 'reason',
  status: 'status',
  statusname: 'status',
  priority: 'priority',
  priorityname: 'priority',
  comments: 'Comments',
  isimportant: 'IsImportant',
  playbookid: 'PlaybookId',
  referenceid: 'referenceId',
  gsid: 'Gsid',
  duedatecriteria: 'dueDateCriteria',
  ownercriteria: 'ownerCriteria',
};

const UPDATE_ONLY = new Set(['Gsid', 'dueDateCriteria', 'ownerCriteria']);
const NOT_UPDATEABLE = ['EntityType', 'CompanyId', 'RelationshipId', 'PlaybookId'];

const LOOKUP_TARGETS: Record<string, string> = { ownerid: 'OwnerId', companyid: 'CompanyId', relationshipid: 'RelationshipId' };
const lookupTarget = (name: string): string | null => LOOKUP_TARGETS[name.toLowerCase()] ?? (isCustomField(name) ? name : null);

/** A record's fields with its lookups resolved, or its failure message. */
function recordFields(ctx: RouteCtx, record: Row, resolver: ReturnType<typeof requestLookups>, allowed: (field: string) => boolean): Checked<Row> {
  const { fields, unknown } = canonicalize(record, ALIASES, resolver.sources);
  const bad = unknown[0] ?? Object.keys(fields).find((field) => !allowed(field));
  if (bad !== undefined) return { ok: false, message: `Invalid field: ${bad}` };
  const l = resolver.resolve(record);
  if (!l.ok) return { ok: false, message: `${l.message} (${l.fieldName} = ${show(l.invalidValue)})` };
  return { ok: true, value: { ...fields, ...l.values } };
}

/** Sets the picklist-backed and plain fields that create and update share on `cta` (a working copy). */
function applyCommon(store: SandboxStore, cta: Cta, fields: Row, today: string): string | null {
  if (fields.Name !== undefined) {
    const name = nameOf(fields.Name);
    if (!name.ok) return name.message;
    cta.Name = name.value;
  }
  if (fields.type !== undefined) {
    const type = itemNamed(store, 'CTA_TYPE', fields.type);
    if (!type) return `Invalid type: ${show(fields.type)}`;
    if (type.Gsid !== cta.TypeId && fields.reason === undefined) cta.ReasonId = null;
    cta.TypeId = type.Gsid;
  }
  if (fields.reason !== undefined) {
    if (fields.reason === null || fields.reason === '') cta.ReasonId = null;
    else {
      const reason = itemNamed(store, 'CTA_REASON', fields.reason, cta.TypeId);
      if (!reason) return `Invalid reason ${show(fields.reason)} for type ${itemName(store, cta.TypeId) ?? '?'}`;
      cta.ReasonId = reason.Gsid;
    }
  }
  const refused =
    (fields.priority !== undefined ? setItem(store, cta, 'PriorityId', 'CTA_PRIORITY', fields.priority) : null) ??
    (fields.status !== undefined ? setItem(store, cta, 'StatusId', 'CTA_STATUS', fields.status) : null);
  if (refused) return refused;
  followStatus(store, cta, today);
  const due = dayOf('DueDate', fields.DueDate);
  if (!due.ok) return due.message;
  if (due.value) cta.DueDate = due.value;
  const owner = ownerOf(store, fields);
  if (!owner.ok) return owner.message;
  if (owner.value) cta.OwnerId = owner.value;
  if (fields.Comments !== undefined) cta.Comments = fields.Comments === null ? null : String(fields.Comments);
  if (fields.IsImportant !== undefined) {
    if (typeof fields.IsImportant !== 'boolean') return `Invalid IsImportant: ${show(fields.IsImportant)}`;
    cta.IsImportant = fields.IsImportant;
  }
  for (const [field, value] of Object.entries(fields)) if (isCustomField(field)) cta[field] = value;
  return null;
}

/** The playbook's task templates as the new CTA's tasks; a message when the playbook does not fit the CTA. */
function playbookTasks(ctx: RouteCtx, cta: Cta, playbookId: unknown, today: string): TaskRecord[] | string {
  const playbook = typeof playbookId === 'string' ? ctx.store.playbooks.get(playbookId) : undefined;
  if (!playbook || !playbook.active) return `Playbook not found or inactive: ${show(playbookId)}`;
  const typeName = itemName(ctx.store, cta.TypeId);
  if (playbook.typeName !== 'ALL_CTA_TYPE' && playbook.typeName.toLowerCase() !== String(typeName).toLowerCase()) {
    return `Playbook ${playbook.name} is for ${playbook.typeName} CTAs, not ${String(typeName)}`;
  }
  if (playbook.entityType !== 'GLOBAL' && playbook.entityType !== cta.EntityType) {
    return `Playbook ${playbook.name} is for ${playbook.entityType} CTAs, not ${cta.EntityType}`;
  }
  return playbook.taskTemplates.map((template) => ({
    Gsid: '', Name: template.name, Description: template.description, CtaId: cta.Gsid, CompanyId: cta.CompanyId, OwnerId: cta.OwnerId,
    Status: 'New', Priority: 'Medium', Type: 'Task', DueDate: addDaysYmd(today, template.daysFromCreation), ClosedDate: null, IsClosed: false,
    PlaybookId: playbook.gsid, Order: template.order, CreatedDate: ctx.now, ModifiedDate: ctx.now,
  }));
}

/** A new CTA from a create record, or its failure message. `extra` fills what a success plan gives its objectives. */
export function buildCta(ctx: RouteCtx, fields: Row, extra: Partial<Cta> = {}): { cta: Cta; tasks: TaskRecord[] } | string {
  const today = ymd(ctx.now);
  const context = extra.CompanyId ? { ok: true as const, value: { EntityType: extra.EntityType ?? 'COMPANY', CompanyId: extra.CompanyId, RelationshipId: extra.RelationshipId ?? null } } : contextOf(ctx.store, fields);
  if (!context.ok) return context.message;
  if (fields.Name === undefined) return 'Name is required';
  if (fields.type === undefined && !extra.TypeId) return 'type is required';
  const open = firstItem(ctx.store, 'CTA_STATUS', (item) => !item.Closed);
  const medium = itemNamed(ctx.store, 'CTA_PRIORITY', 'Medium') ?? firstItem(ctx.store, 'CTA_PRIORITY');
  const cta: Cta = {
    Gsid: '', Name: '', ...context.value, TypeId: extra.TypeId ?? '', ReasonId: null, StatusId: open?.Gsid ?? '', PriorityId: medium?.Gsid ?? '',
    OwnerId: extra.OwnerId ?? '', DueDate: today, ClosedDate: null, IsClosed: false, IsImportant: false, Comments: null, PlaybookId: null,
    SuccessPlanId: extra.SuccessPlanId ?? null, Source: extra.Source ?? 'API', CreatedDate: ctx.now, ModifiedDate: ctx.now,
  };
  const err = applyCommon(ctx.store, cta, fields, today);
  if (err) return err;
  if (!cta.OwnerId) return 'OwnerId is required (or OwnerEmail)';
  if (itemName(ctx.store, cta.TypeId) === 'Objective' && !cta.SuccessPlanId) return 'Objective CTAs are created with a success plan';
  cta.Gsid = ctx.store.ids.next('cta');
  let tasks: TaskRecord[] = [];
  if (fields.PlaybookId !== undefined && fields.PlaybookId !== null) {
    const made = playbookTasks(ctx, cta, fields.PlaybookId, today);
    if (typeof made === 'string') return made;
    cta.PlaybookId = String(fields.PlaybookId);
    tasks = made;
  }
  return { cta, tasks };
}

/** Stores a built CTA and its tasks. */
export function storeCta(store: SandboxStore, built: { cta: Cta; tasks: TaskRecord[] }): void {
  store.ctas.set(built.cta.Gsid, built.cta);
  for (const task of built.tasks) {
    task.Gsid = store.ids.next('task');
    store.tasks.set(task.Gsid, task);
  }
}

function createCtas(ctx: RouteCtx): Reply {
  const { requests, lookups } = batchRequests(ctx.body, CODES.COCKPIT_BAD_REQUEST, 'CTA', 'created', MAX_CTA_REQUESTS);
  const resolver = requestLookups(ctx.store, lookups, CODES.COCKPIT_BAD_LOOKUP, lookupTarget, requests.map((r) => r.record));
  const success: Row[] = [];
  const failure: Row[] = [];
  for (const { ref, record } of requests) {
    const fields = recordFields(ctx, record, resolver, (field) => !UPDATE_ONLY.has(field));
    const built = fields.ok ? buildCta(ctx, fields.value) : fields.message;
    if (typeof built === 'string') {
      failure.push({ [ref]: built });
      continue;
    }
    storeCta(ctx.store, built);
    success.push({ [ref]: built.cta.Gsid });
  }
  return batchWriteAnswer(ctx.shapes, success, failure, CODES.COCKPIT_RECORD_FAILED);
}

/** Moves the CTA's open tasks after its due date or owner changed, as the criteria say. */
function cascade(store: SandboxStore, before: Cta, after: Cta, dueDateCriteria: string, ownerCriteria: string, now: number): void {
  const delta = before.DueDate === after.DueDate ? 0 : daysBetweenYmd(before.DueDate, after.DueDate);
  for (const task of store.tasks.values()) {
    if (task.CtaId !== after.Gsid || task.IsClosed) continue;
    let changed = false;
    if (delta !== 0 && (dueDateCriteria === 'ALL_OPEN_TASKS' || (dueDateCriteria === 'PLAYBOOK_TASKS' && task.PlaybookId))) {
      task.DueDate = addDaysYmd(task.DueDate, delta);
      changed = true;
    }
    if (before.OwnerId !== after.OwnerId && (ownerCriteria === 'ALL_OPEN_TASKS' || (ownerCriteria === 'OWNER' && task.OwnerId === before.OwnerId))) {
      task.OwnerId = after.OwnerId;
      changed = true;
    }
    if (changed) task.ModifiedDate = now;
  }
}

function updateCtas(ctx: RouteCtx): Reply {
  const { requests, lookups } = batchRequests(ctx.body, CODES.COCKPIT_BAD_REQUEST, 'CTA', 'updated', MAX_CTA_REQUESTS);
  const resolver = requestLookups(ctx.store, lookups, CODES.COCKPIT_BAD_LOOKUP, lookupTarget, requests.map((r) => r.record));
  const success: Row[] = [];
  const failure: Row[] = [];
  const today = ymd(ctx.now);
  for (const { ref, record } of requests) {
    const fail = (message: string) => failure.push({ [ref]: message });
    const fields = recordFields(ctx, record, resolver, () => true);
    if (!fields.ok) {
      fail(fields.message);
      continue;
    }
    const { Gsid, dueDateCriteria = 'NO', ownerCriteria = 'NO', ...changes } = fields.value;
    const existing = typeof Gsid === 'string' ? ctx.store.ctas.get(Gsid) : undefined;
    if (!existing) {
      fail(Gsid === undefined ? 'Gsid is required' : `CTA not found: ${show(Gsid)}`);
      continue;
    }
    const fixed = NOT_UPDATEABLE.find((field) => changes[field] !== undefined);
    const dueCriteria = pickIgnoringCase(DUE_DATE_CRITERIA, dueDateCriteria);
    const ownerCriterion = pickIgnoringCase(OWNER_CRITERIA, ownerCriteria);
    const next: Cta = { ...existing };
    const err = fixed
      ? `${fixed} cannot be changed`
      : !dueCriteria
        ? `Invalid dueDateCriteria: ${show(dueDateCriteria)}`
        : !ownerCriterion
          ? `Invalid ownerCriteria: ${show(ownerCriteria)}`
          : applyCommon(ctx.store, next, changes, today);
    if (err) {
      fail(err);
      continue;
    }
    next.ModifiedDate = ctx.now;
    cascade(ctx.store, existing, next, dueCriteria as string, ownerCriterion as string, ctx.now);
    Object.assign(existing, next);
    success.push({ [ref]: existing.Gsid });
  }
  return batchWriteAnswer(ctx.shapes, success, failure, CODES.COCKPIT_RECORD_FAILED);
}

function listCtas(ctx: RouteCtx): Reply {
  return cockpitList(ctx, CTA, Array.from(ctx.store.ctas.values(), ctaView));
}

/**
 * `GET …/admin/picklist/lite?category=A,B&et=COMPANY`: `data` keyed by category, each a list of
 * items (views.ts); `categories` are the ones this API serves (CTA or success plan).
 */
export function picklistLite(ctx: RouteCtx, categories: readonly PicklistCategory[]): Reply {
  const { category, et } = ctx.query;
  if (et === undefined || !['COMPANY', 'RELATIONSHIP'].includes(et.toUpperCase())) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `et must be COMPANY or RELATIONSHIP (got ${et ?? 'nothing'})`);
  }
  const asked = (category ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (asked.length === 0) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'category is required');
  const data: Row = {};
  for (const name of asked) {
    if (!(categories as readonly string[]).includes(name)) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `Invalid category: ${name}`);
    data[name] = [...ctx.store.picklists.values()]
      .filter((item) => item.Category === name)
      .sort((a, b) => a.DisplayOrder - b.DisplayOrder)
      .map((item) => picklistItemView(ctx.store, item));
  }
  return ok(data);
}

export const ctaRoutes: Route[] = [
  { method: 'POST', path: '/v2/cockpit/cta', handler: createCtas },
  { method: 'PUT', path: '/v2/cockpit/cta', handler: updateCtas },
  { method: 'POST', path: '/v2/cockpit/cta/list', handler: listCtas },
  { method: 'GET', path: '/v2/cockpit/admin/picklist/lite', handler: (ctx) => picklistLite(ctx, CTA_CATEGORIES) },
];

/** For success-plans.ts: the success plan config through the same handler. */
export const successPlanPicklist = (ctx: RouteCtx) => picklistLite(ctx, SUCCESS_PLAN_CATEGORIES);
