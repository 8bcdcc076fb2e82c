import { addDaysYmd, daysBetweenYmd, isYmd, ymd } from '../dates';
import { ApiError, CODES, fail, ok, type Reply } from '../envelope';
import { compileField, pagingOf, QueryError, runQuery } from '../query';
import type { Route, RouteCtx } from '../router';
import { CLOSED_TASK_STATUSES, TASK_PRIORITIES, TASK_RECORD, TASK_STATUSES, TASK_TYPES, TASK_VIEW } from '../schema/cockpit';
import type { DueDateCascade, SandboxStore, TaskRecord } from '../store';
import { intParam, isCustomField, isObject, pickIgnoringCase as pick, show, type Row } from '../util';
import { taskListItem, taskView } from '../views';
import { canonicalize, failed, requestLookups, singleRequest, succeeded } from './single-request';

/**
 * Tasks: create/update one task a call (000, `POST`/`PUT /v2/cockpit/task`), list a CTA's tasks
 * (000), get one and search (001, `/v1/tasks/...`).
 *
 * Record fields (case-insensitive): Name, Description, CtaId, OwnerId (or an `OwnerId` lookup),
 * DueDate (`YYYY-MM-DD`), status|StatusName, priority|PriorityName, type|TypeName, any `__gc`
 * field (stored as given). CompanyId (or a CompanyId lookup) must be the CTA's company; RelationshipId is ignored.
 * Defaults: Status New, Priority Medium, Type Task, DueDate today (UTC).
 * Any other field is a record failure ("Invalid field: X"), as are an unknown CTA, owner, status,
 * priority or type and a malformed date: HTTP 200, result false, data.failure [{referenceId: message}].
 */

const MAX_PAGE_SIZE = 1000;
const DUE_DATE_CRITERIA = ['ALL_OPEN_TASKS', 'OPEN_TASKS_AND_CTA', 'NO'] as const;
type DueDateCriteria = (typeof DUE_DATE_CRITERIA)[number];

const ALIASES: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  ctaid: 'CtaId',
  ownerid: 'OwnerId',
  duedate: 'DueDate',
  status: 'Status',
  statusname: 'Status',
  priority: 'Priority',
  priorityname: 'Priority',
  type: 'Type',
  typename: 'Type',
  // control and ignored fields
  referenceid: 'referenceId',
  gsid: 'gsid',
  duedatecriteria: 'dueDateCriteria',
  companyid: 'CompanyId',
  relationshipid: 'RelationshipId',
};

/** Task lookups may fill OwnerId, CompanyId or a custom field. */
const LOOKUP_TARGETS: Record<string, string> = { ownerid: 'OwnerId', companyid: 'CompanyId' };
const lookupTarget = (name: string): string | null => LOOKUP_TARGETS[name.toLowerCase()] ?? (isCustomField(name) ? name : null);

/** A CompanyId given with a task (directly or by lookup) must be the CTA's company. */
function companyMismatch(fields: Row, ctaCompanyId: string | null | undefined): string | null {
  if (fields.CompanyId === undefined || fields.CompanyId === null) return null;
  return fields.CompanyId === ctaCompanyId ? null : `Company ${show(fields.CompanyId)} is not the company of the CTA`;
}

/** Apply the writable fields to `task` (a working copy); returns an error message or null. */
function applyFields(store: SandboxStore, task: TaskRecord, fields: Row, today: string): string | null {
  const wasClosed = task.IsClosed;
  for (const [k, v] of Object.entries(fields)) {
    switch (k) {
      case 'Name':
        if (typeof v !== 'string' || v.trim() === '') return 'Name is required';
        if (v.length > 255) return 'Name exceeds the maximum length of 255';
        task.Name = v;
        break;
      case 'Description':
        task.Description = v === null || v === undefined ? null : String(v);
        break;
      case 'OwnerId':
        if (typeof v !== 'string' || !store.users.has(v)) return `Owner not found: ${show(v)}`;
        task.OwnerId = v;
        break;
      case 'DueDate':
        if (!isYmd(v)) return `Invalid DueDate (expected YYYY-MM-DD): ${show(v)}`;
        task.DueDate = v;
        break;
      case 'Status':
      case 'Priority':
      case 'Type': {
        const list = k === 'Status' ? TASK_STATUSES : k === 'Priority' ? TASK_PRIORITIES : TASK_TYPES;
        const hit = pick(list, v);
        if (!hit) return `Invalid ${k.toLowerCase()}: ${show(v)}`;
        task[k] = hit;
        break;
      }
      default:
        if (isCustomField(k)) task[k] = v;
    }
  }
  task.IsClosed = CLOSED_TASK_STATUSES.has(task.Status);
  if (task.IsClosed && !wasClosed) task.ClosedDate = today;
  if (!task.IsClosed) task.ClosedDate = null;
  return null;
}

/** Record checks common to create and update: referenceId, known fields, lookups. */
function readRecord(ctx: RouteCtx, verb: 'created' | 'updated'): { ref: string; fields: Row } | Reply {
  const { record, lookups } = singleRequest(ctx.body, CODES.COCKPIT_BAD_REQUEST, 'task', verb);
  const resolver = requestLookups(ctx.store, lookups, CODES.COCKPIT_BAD_LOOKUP, lookupTarget, [record]);
  const { fields, unknown } = canonicalize(record, ALIASES, resolver.sources);
  if (fields.referenceId === undefined || fields.referenceId === null || fields.referenceId === '') {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'referenceId is required in the record', {});
  }
  const ref = String(fields.referenceId);
  if (unknown.length > 0) return failed(ref, `Invalid field: ${unknown[0]}`, CODES.COCKPIT_RECORD_FAILED);
  const l = resolver.resolve(record);
  if (!l.ok) return failed(ref, `${l.message} (${l.fieldName} = ${show(l.invalidValue)})`, CODES.COCKPIT_RECORD_FAILED);
  return { ref, fields: { ...fields, ...l.values } };
}

function createTask(ctx: RouteCtx): Reply {
  const input = readRecord(ctx, 'created');
  if ('status' in input) return input;
  const { ref, fields } = input;
  const failure = (m: string) => failed(ref, m, CODES.COCKPIT_RECORD_FAILED);
  if (fields.CtaId === undefined || fields.CtaId === null || fields.CtaId === '') return failure('CtaId is required');
  const cta = ctx.store.ctas.get(String(fields.CtaId));
  if (!cta) return failure(`CTA not found: ${show(fields.CtaId)}`);
  const mismatch = companyMismatch(fields, cta.CompanyId);
  if (mismatch) return failure(mismatch);
  if (fields.OwnerId === undefined || fields.OwnerId === null) return failure('OwnerId is required');
  if (fields.Name === undefined) return failure('Name is required');
  const today = ymd(ctx.now);
  const task: TaskRecord = {
    Gsid: '', Name: '', Description: null, CtaId: cta.Gsid, CompanyId: cta.CompanyId, OwnerId: '', Status: 'New',
    Priority: 'Medium', Type: 'Task', DueDate: today, ClosedDate: null, IsClosed: false, PlaybookId: null, Order: null,
    CreatedDate: ctx.now, ModifiedDate: ctx.now,
  };
  const err = applyFields(ctx.store, task, fields, today);
  if (err) return failure(err);
  task.Gsid = ctx.store.ids.next('task');
  ctx.store.tasks.set(task.Gsid, task);
  return succeeded(ref, task.Gsid);
}

/**
 * Update one task. When DueDate changes, `dueDateCriteria` decides what moves with it:
 * ALL_OPEN_TASKS (default) shifts the CTA's other open tasks by the same number of days,
 * OPEN_TASKS_AND_CTA also shifts the CTA's DueDate, NO moves only this task. Each such change
 * is recorded in `store.dueDateCascades`.
 */
function updateTask(ctx: RouteCtx): Reply {
  const input = readRecord(ctx, 'updated');
  if ('status' in input) return input;
  const { ref, fields } = input;
  const failure = (m: string) => failed(ref, m, CODES.COCKPIT_RECORD_FAILED);
  if (typeof fields.gsid !== 'string' || fields.gsid === '') return failure('gsid is required');
  const existing = ctx.store.tasks.get(fields.gsid);
  if (!existing) return failure(`Task not found: ${fields.gsid}`);
  const criteria = pick(DUE_DATE_CRITERIA, fields.dueDateCriteria ?? 'ALL_OPEN_TASKS');
  if (!criteria) return failure(`Invalid dueDateCriteria: ${show(fields.dueDateCriteria)}`);
  if (fields.CtaId !== undefined && fields.CtaId !== existing.CtaId) return failure('CtaId cannot be changed');
  const mismatch = companyMismatch(fields, existing.CompanyId);
  if (mismatch) return failure(mismatch);
  const today = ymd(ctx.now);
  const next: TaskRecord = { ...existing };
  const err = applyFields(ctx.store, next, fields, today);
  if (err) return failure(err);
  const previousDue = existing.DueDate;
  next.ModifiedDate = ctx.now;
  Object.assign(existing, next);
  if (next.DueDate !== previousDue) cascadeDueDate(ctx, existing, previousDue, criteria);
  return succeeded(ref, existing.Gsid);
}

function cascadeDueDate(ctx: RouteCtx, task: TaskRecord, previousDue: string, criteria: DueDateCriteria): void {
  const deltaDays = daysBetweenYmd(previousDue, task.DueDate);
  const record: DueDateCascade = {
    taskGsid: task.Gsid, ctaGsid: task.CtaId, criteria, previousDueDate: previousDue, newDueDate: task.DueDate, deltaDays,
    shiftedTaskGsids: [], ctaDueDate: null, at: ctx.now,
  };
  if (criteria !== 'NO' && deltaDays !== 0) {
    for (const t of ctx.store.tasks.values()) {
      if (t.CtaId !== task.CtaId || t.Gsid === task.Gsid || t.IsClosed) continue;
      t.DueDate = addDaysYmd(t.DueDate, deltaDays);
      t.ModifiedDate = ctx.now;
      record.shiftedTaskGsids.push(t.Gsid);
    }
    const cta = ctx.store.ctas.get(task.CtaId);
    if (criteria === 'OPEN_TASKS_AND_CTA' && cta) {
      const before = cta.DueDate;
      cta.DueDate = addDaysYmd(before, deltaDays);
      record.ctaDueDate = { before, after: cta.DueDate };
    }
  }
  ctx.store.dueDateCascades.push(record);
}

/** `GET /v2/cockpit/task/list/{cta}?pn=1&ps=1000&includes=a,b`: pages of the CTA's tasks in creation order. */
function listTasks(ctx: RouteCtx): Reply {
  const cta = ctx.store.ctas.get(ctx.params.ctaId);
  if (!cta) throw new ApiError(400, CODES.COCKPIT_CTA_NOT_FOUND, `CTA not found: ${ctx.params.ctaId}`);
  const pn = intParam(ctx.query.pn) ?? 1;
  const ps = intParam(ctx.query.ps) ?? MAX_PAGE_SIZE;
  if (Number.isNaN(pn) || pn < 1) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `Invalid page number: ${ctx.query.pn}`);
  if (Number.isNaN(ps) || ps < 1 || ps > MAX_PAGE_SIZE) {
    throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, `Page size must be between 1 and ${MAX_PAGE_SIZE} (got ${ctx.query.ps})`);
  }
  const includes = (ctx.query.includes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const env = ctx.store.queryEnv(TASK_RECORD);
  const extra = includes.map((name) => {
    try {
      return [name, compileField(env, name)] as const;
    } catch (e) {
      if (e instanceof QueryError) throw new ApiError(400, CODES.COCKPIT_BAD_SELECT, `Invalid field in includes: ${name}`);
      throw e;
    }
  });
  const start = (pn - 1) * ps;
  const page: Row[] = [];
  let seen = 0;
  for (const t of ctx.store.tasks.values()) {
    if (t.CtaId !== cta.Gsid) continue;
    if (seen++ < start) continue;
    const item = taskListItem(ctx.store, t, cta.Name);
    for (const [name, f] of extra) item[name] = f.get(t) ?? null;
    page.push(item);
    if (page.length === ps) break;
  }
  return ok(page);
}

function getTask(ctx: RouteCtx): Reply {
  const t = ctx.store.tasks.get(ctx.params.taskId);
  return t ? ok(taskView(ctx.store, t)) : fail(404, CODES.NOT_FOUND, `Task not found: ${ctx.params.taskId}`);
}

/** `POST /v1/tasks/search` (001): the read language over 001's task fields; data {records, totalCount}. */
function searchTasks(ctx: RouteCtx): Reply {
  const body = ctx.body === undefined ? {} : ctx.body;
  if (!isObject(body)) throw new ApiError(400, CODES.COCKPIT_BAD_REQUEST, 'The request body must be a JSON object');
  try {
    const paging = pagingOf(body, 100, 5000);
    const views = Array.from(ctx.store.tasks.values(), (t) => taskView(ctx.store, t));
    const { records, total } = runQuery(ctx.store.queryEnv(TASK_VIEW), views, body, paging);
    return ok({ records, totalCount: total });
  } catch (e) {
    if (e instanceof QueryError) {
      throw new ApiError(400, e.kind === 'unknown' ? CODES.COCKPIT_BAD_SELECT : CODES.COCKPIT_BAD_REQUEST, e.message);
    }
    throw e;
  }
}

export const taskRoutes: Route[] = [
  { method: 'POST', path: '/v2/cockpit/task', handler: createTask },
  { method: 'PUT', path: '/v2/cockpit/task', handler: updateTask },
  { method: 'GET', path: '/v2/cockpit/task/list/:ctaId', handler: listTasks },
  { method: 'GET', path: '/v1/tasks/:taskId', handler: getTask },
  { method: 'POST', path: '/v1/tasks/search', handler: searchTasks },
];
