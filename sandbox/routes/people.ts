import { ApiError, CODES, ok, type Reply } from '../envelope';
import { danglingReference, insertRow, updateRow } from '../data/writes';
import type { Route, RouteCtx } from '../router';
import { COMPANY_PERSON, PERSON } from '../schema/person';
import type { SandboxStore } from '../store';
import { isObject, type Row } from '../util';
import { validateRecord, validationFailure, type FieldFailure } from '../validate';

/**
 * People API: upsert ONE person and their company associations
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Person_API/People_API_Documentation,
 * "Upsert Person API"; only the page's opening is public).
 *   PUT /v1/peoplemgmt/v1.0/people   {<Person fields>, companies?: [{Company_ID, <Company_Person fields>}]}
 * Path and body are known from third-party clients only (Pipedream's Gainsight NXT app, RudderStack's
 * Gainsight destination), not from a Gainsight sample.
 * - Email is mandatory and the resolution key: insert when no person has it (ignoring case), else
 *   update that person (Email itself is never changed).
 * - Each association's company must exist; associations are upserted by (Person_ID, Company_ID).
 *   Person_ID is the person of the call and may not be given.
 * - All-or-nothing: the person and every association are validated before anything is written; a
 *   failure answers HTTP 400 in the data API's error shape.
 * - The success answer is undocumented. Our choice, kept minimal: `data: {Gsid: <person GSID>}`.
 */

type Checked<T> = { ok: true; value: T } | { ok: false; failure: FieldFailure };
type Plan = { person: Row | undefined; values: Row; associations: Row[] };

const refuse = (fieldName: string, errorMessage: string, invalidValue: unknown): { ok: false; failure: FieldFailure } =>
  ({ ok: false, failure: { errorCode: CODES.VALIDATION, errorMessage, fieldName, invalidValue } });

function findPerson(store: SandboxStore, email: unknown): Row | undefined {
  const wanted = String(email).toLowerCase();
  for (const row of store.table(PERSON.objectName)?.values() ?? []) {
    if (typeof row.Email === 'string' && row.Email.toLowerCase() === wanted) return row;
  }
  return undefined;
}

function planAssociation(store: SandboxStore, item: unknown): Checked<Row> {
  if (!isObject(item)) return refuse('companies', 'Each association must be an object', item);
  const personKey = Object.keys(item).find((k) => k.toLowerCase() === 'person_id');
  if (personKey) return refuse(personKey, 'Person_ID is the person of the call and cannot be given', item[personKey]);
  const v = validateRecord(COMPANY_PERSON, item, { mode: 'create', filledLater: new Set(['Person_ID']) });
  if (!v.ok) return v;
  const dangling = danglingReference(store, COMPANY_PERSON, v.values);
  return dangling ? { ok: false, failure: dangling } : { ok: true, value: v.values };
}

/** Validate the whole call; nothing is written here. */
function plan(store: SandboxStore, body: unknown): Checked<Plan> {
  if (!isObject(body)) throw new ApiError(400, CODES.VALIDATION, 'The request body must be one person (a JSON object)');
  const { companies, ...fields } = body;
  if (companies !== undefined && companies !== null && !Array.isArray(companies)) {
    return refuse('companies', 'companies must be an array of associations', companies);
  }
  const v = validateRecord(PERSON, fields, { mode: 'create' });
  if (!v.ok) return v;
  const associations: Row[] = [];
  for (const item of companies ?? []) {
    const a = planAssociation(store, item);
    if (!a.ok) return a;
    associations.push(a.value);
  }
  return { ok: true, value: { person: findPerson(store, v.values.Email), values: v.values, associations } };
}

function upsertPerson(ctx: RouteCtx): Reply {
  const checked = plan(ctx.store, ctx.body);
  if (!checked.ok) return validationFailure(checked.failure);
  const p = checked.value;
  ctx.store.dataChanged();
  const { Email: _key, ...changes } = p.values;
  const person = p.person ? updateRow(p.person, changes, ctx.now) : insertRow(ctx.store, PERSON, p.values, ctx.now);
  const links = ctx.store.table(COMPANY_PERSON.objectName) as Map<string, Row>;
  for (const a of p.associations) {
    const existing = [...links.values()].find((r) => r.Person_ID === person.Gsid && r.Company_ID === a.Company_ID);
    if (existing) updateRow(existing, a, ctx.now);
    else insertRow(ctx.store, COMPANY_PERSON, { ...a, Person_ID: person.Gsid }, ctx.now);
  }
  return ok({ Gsid: person.Gsid });
}

export const peopleRoutes: Route[] = [{ method: 'PUT', path: '/v1/peoplemgmt/v1.0/people', handler: upsertPerson }];
