import { parseDateInput } from '../dates';
import { ApiError, envelope, ok, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import { ACTIVITY_CONTEXTS, ACTIVITY_TYPES, isTimelineCustomField } from '../schema/timeline';
import type { SandboxStore } from '../store';
import { isObject, pickIgnoringCase, show, type Row } from '../util';

/**
 * Timeline activities (https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs):
 *   POST /v1/ant/es/activity                          create: `{records: [activity]}` (method, path and the
 *                                                      start of the body are Gainsight's; ExternalId is required)
 *   PUT  /v1/ant/es/activity?identifier=externalid    update the activity with the record's ExternalId
 *                                                      (also `activityid`/`gsid` with the record's Gsid): a third-party summary
 * Stored in the `activity_timeline` object, which the data-object query API reads (schema/timeline.ts).
 *
 * Record keys (a third-party summary and a deployed client's mock): ExternalId, ContextName
 * (Company | Relationship), GsCompanyId, GsRelationshipId, TypeName, Subject, Notes (HTML), Author
 * (a user's e-mail), ActivityDate, InternalAttendees, ExternalAttendees, `Ant__X__c` custom fields.
 *
 * The sandbox's choices where the sources are silent:
 * - one record a call (this is the "single" API, 200 calls a minute; bulk has its own path);
 * - ActivityDate in the format the article gives for Timeline date-times, `yyyy-MM-dd'T'HH:mm:ss.SSSZ`
 *   (`2026-05-09T14:30:00.000+0000`), default now; attendees as lists of e-mails (internal ones must
 *   be users);
 * - a create with an ExternalId that an activity already has is refused (the rerun of a workflow must
 *   not log twice: the node checks first, the sandbox makes a miss visible);
 * - answers: `data: {success: {<ExternalId>: [{activityId}]}, failure: {}}` (the shape a deployed
 *   client's mock reads); a refused record: HTTP 200, result false, errorCode TIMELINE_1001,
 *   `data: {success: {}, failure: {<ExternalId>: [{message}]}}`; a malformed body: HTTP 400 TIMELINE_1000.
 */

const BAD_REQUEST = 'TIMELINE_1000';
const RECORD_FAILED = 'TIMELINE_1001';
const OBJECT = 'activity_timeline';
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IDENTIFIERS = ['externalid', 'activityid', 'gsid'] as const;

const KNOWN: Record<string, string> = {
  externalid: 'ExternalId', contextname: 'ContextName', gscompanyid: 'GsCompanyId', gsrelationshipid: 'GsRelationshipId', typename: 'TypeName',
  subject: 'Subject', notes: 'Notes', author: 'Author', activitydate: 'ActivityDate', internalattendees: 'InternalAttendees',
  externalattendees: 'ExternalAttendees', gsid: 'Gsid', activityid: 'Gsid',
};

class RecordError extends Error {}

function activities(store: SandboxStore): Map<string, Row> {
  return store.table(OBJECT) as Map<string, Row>;
}

/** The one record of the body. */
function theRecord(body: unknown): Row {
  if (!isObject(body) || !Array.isArray(body.records)) throw new ApiError(400, BAD_REQUEST, 'The request body must contain a "records" array');
  if (body.records.length !== 1) throw new ApiError(400, BAD_REQUEST, `One activity a call (got ${body.records.length}); use the bulk API for more`);
  const record: unknown = body.records[0];
  if (!isObject(record)) throw new ApiError(400, BAD_REQUEST, 'records[0] must be an object');
  return record;
}

function fieldsOf(record: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(record)) {
    const known = KNOWN[key.toLowerCase()];
    if (known) out[known] = value;
    else if (isTimelineCustomField(key)) out[key] = value;
    else throw new RecordError(`Invalid field: ${key}`);
  }
  return out;
}

function userByEmail(store: SandboxStore, email: unknown): string | undefined {
  const wanted = String(email).trim().toLowerCase();
  return [...store.users.values()].find((user) => user.Email.toLowerCase() === wanted)?.Gsid;
}

function attendees(store: SandboxStore, value: unknown, internal: boolean): string {
  const field = internal ? 'InternalAttendees' : 'ExternalAttendees';
  if (!Array.isArray(value)) throw new RecordError(`${field} must be a list of e-mails`);
  for (const email of value) {
    if (typeof email !== 'string' || !EMAIL.test(email)) throw new RecordError(`${field}: not an e-mail: ${show(email)}`);
    if (internal && !userByEmail(store, email)) throw new RecordError(`${field}: no user has the e-mail ${email}`);
  }
  return value.join(';');
}

/** Applies the fields to `row` (a working copy), checking each. */
function apply(store: SandboxStore, row: Row, fields: Row): void {
  for (const [field, value] of Object.entries(fields)) {
    switch (field) {
      case 'ExternalId':
      case 'Gsid':
        break;
      case 'ContextName': {
        const context = pickIgnoringCase(ACTIVITY_CONTEXTS, value);
        if (!context) throw new RecordError(`Invalid ContextName: ${show(value)} (Company or Relationship)`);
        row.ContextName = context;
        break;
      }
      case 'GsCompanyId':
        if (typeof value !== 'string' || !store.companies.has(value)) throw new RecordError(`Company not found: ${show(value)}`);
        row.GsCompanyId = value;
        break;
      case 'GsRelationshipId':
        if (typeof value !== 'string' || !store.table('Relationship')?.has(value)) throw new RecordError(`Relationship not found: ${show(value)}`);
        row.GsRelationshipId = value;
        break;
      case 'TypeName': {
        const type = pickIgnoringCase(ACTIVITY_TYPES, value);
        if (!type) throw new RecordError(`Invalid activity type: ${show(value)}`);
        row.TypeName = type;
        break;
      }
      case 'Subject':
        if (typeof value !== 'string' || value.trim() === '') throw new RecordError('Subject is required');
        if (value.length > 255) throw new RecordError('Subject exceeds the maximum length of 255');
        row.Subject = value;
        break;
      case 'Notes':
        row.Notes = value === null ? null : String(value);
        break;
      case 'Author': {
        const author = userByEmail(store, value);
        if (!author) throw new RecordError(`Author not found: ${show(value)}`);
        row.AuthorId = author;
        break;
      }
      case 'ActivityDate': {
        const at = typeof value === 'string' && DATE_TIME.test(value) ? parseDateInput(value) : null;
        if (at === null) throw new RecordError(`Invalid ActivityDate (expected yyyy-MM-ddTHH:mm:ss.SSSZ, e.g. 2026-05-09T14:30:00.000+0000): ${show(value)}`);
        row.ActivityDate = at;
        break;
      }
      case 'InternalAttendees':
      case 'ExternalAttendees':
        row[field] = attendees(store, value, field === 'InternalAttendees');
        break;
      default:
        row[field] = value;
    }
  }
}

/** The context's ids: a company activity needs its company; a relationship one its relationship (and takes its company). */
function checkContext(store: SandboxStore, row: Row): void {
  if (row.ContextName === 'Relationship') {
    const relationship = typeof row.GsRelationshipId === 'string' ? store.table('Relationship')?.get(row.GsRelationshipId) : undefined;
    if (!relationship) throw new RecordError('GsRelationshipId is required for a Relationship activity');
    if (row.GsCompanyId && row.GsCompanyId !== relationship.CompanyId) throw new RecordError('GsCompanyId is not the company of the relationship');
    row.GsCompanyId = relationship.CompanyId;
  } else if (!row.GsCompanyId) {
    throw new RecordError('GsCompanyId is required for a Company activity');
  }
}

const answer = (key: string, activityId: string): Reply => ok({ success: { [key]: [{ activityId }] }, failure: {} });
const refused = (key: string, message: string): Reply => ({
  status: 200,
  body: envelope(false, { success: {}, failure: { [key]: [{ message }] } }, RECORD_FAILED, message),
});

function createActivity(ctx: RouteCtx): Reply {
  const record = theRecord(ctx.body);
  const key = typeof record.ExternalId === 'string' ? record.ExternalId : '';
  try {
    const fields = fieldsOf(record);
    if (!key.trim()) throw new RecordError('ExternalId is required');
    if ([...activities(ctx.store).values()].some((row) => row.ExternalId === key)) throw new RecordError(`An activity with the ExternalId ${key} exists`);
    for (const required of ['ContextName', 'TypeName', 'Subject', 'Author']) {
      if (fields[required] === undefined || fields[required] === null || fields[required] === '') throw new RecordError(`${required} is required`);
    }
    const row: Row = {
      Gsid: '', ExternalId: key, ContextName: null, GsCompanyId: null, GsRelationshipId: null, TypeName: null, Subject: null, Notes: null,
      AuthorId: null, ActivityDate: ctx.now, InternalAttendees: null, ExternalAttendees: null, CreatedDate: ctx.now, ModifiedDate: ctx.now,
    };
    apply(ctx.store, row, fields);
    checkContext(ctx.store, row);
    row.Gsid = ctx.store.ids.next('activity');
    ctx.store.dataChanged();
    activities(ctx.store).set(row.Gsid as string, row);
    return answer(key, row.Gsid as string);
  } catch (e) {
    if (e instanceof RecordError) return refused(key || '1', e.message);
    throw e;
  }
}

function updateActivity(ctx: RouteCtx): Reply {
  const identifier = pickIgnoringCase(IDENTIFIERS, ctx.query.identifier ?? '');
  if (!identifier) throw new ApiError(400, BAD_REQUEST, `identifier must be one of ${IDENTIFIERS.join(', ')} (got ${ctx.query.identifier ?? 'nothing'})`);
  const record = theRecord(ctx.body);
  const byExternalId = identifier === 'externalid';
  const key = String((byExternalId ? record.ExternalId : (record.Gsid ?? record.ActivityId)) ?? '');
  try {
    const fields = fieldsOf(record);
    if (!key) throw new RecordError(byExternalId ? 'ExternalId is required' : 'Gsid is required');
    const existing = [...activities(ctx.store).values()].find((row) => (byExternalId ? row.ExternalId === key : row.Gsid === key));
    if (!existing) throw new RecordError(`No activity has the ${byExternalId ? 'ExternalId' : 'Gsid'} ${key}`);
    const next: Row = { ...existing };
    apply(ctx.store, next, fields);
    checkContext(ctx.store, next);
    next.ModifiedDate = ctx.now;
    ctx.store.dataChanged();
    Object.assign(existing, next);
    return answer(String(existing.ExternalId), existing.Gsid as string);
  } catch (e) {
    if (e instanceof RecordError) return refused(key || '1', e.message);
    throw e;
  }
}

export const timelineRoutes: Route[] = [
  { method: 'POST', path: '/v1/ant/es/activity', handler: createActivity },
  { method: 'PUT', path: '/v1/ant/es/activity', handler: updateActivity },
];
