/**
 * Part of the hand-run self-check (`npx tsx sandbox/smoke.ts`): the data objects beyond Company,
 * the operator table, the answer-shape switches and the People API.
 */
import assert from 'node:assert/strict';
import { SEED_COMPANIES, SEED_PEOPLE, SEED_RELATIONSHIP_TYPES, SEED_USAGE, type Sandbox } from './index';

type Answer = { status: number; json: { result: boolean; errorCode: string | null; errorDesc: string | null; data: any } };
export type Call = (method: string, path: string, body?: unknown) => Promise<Answer>;

const q = (name: string, operator: string, value: unknown[] = []) => ({ select: ['Gsid'], where: { conditions: [{ name, alias: 'A', value, operator }] } });

async function operatorTable(call: Call): Promise<void> {
  let r = await call('POST', '/v1/data/objects/query/Company', q('ExternalId__gc', 'IN', ['EXT-0001']));
  assert.equal(r.status, 400);
  assert.equal(r.json.errorCode, 'GSOBJ_1008');
  assert.match(r.json.errorDesc ?? '', /IN .*ExternalId__gc.*STRING/);
  for (const [object, field, op, value] of [
    ['Company', 'Employees', 'IN', [840, 480]], ['Company', 'Stage', 'INCLUDES', ['Adopting']], ['Company', 'Stage', 'IN', ['Adopting']],
    ['Company', 'ExternalId__gc', 'EQ', ['ext-0001']], ['Invoice__gc', 'Products__gc', 'INCLUDES', ['Analytics']],
  ] as const) {
    r = await call('POST', `/v1/data/objects/query/${object}`, q(field, op, [...value]));
    assert.equal(r.status, 200, `${field} ${op}: ${JSON.stringify(r.json)}`);
  }
  for (const [object, field, op] of [['Company', 'IsStrategic__gc', 'GT'], ['Company', 'Employees', 'INCLUDES'], ['Company', 'ARR', 'IN'], ['Invoice__gc', 'Products__gc', 'EQ']]) {
    r = await call('POST', `/v1/data/objects/query/${object}`, q(field, op, [1]));
    assert.equal(r.json.errorCode, 'GSOBJ_1008', `${field} ${op}`);
  }
  r = await call('POST', '/v1/data/objects/query/Company', { select: [], limit: 1 });
  assert.equal(r.json.errorCode, 'GSOBJ_1008');
  assert.match(r.json.errorDesc ?? '', /select is required/);
}

async function shapes(call: Call, sb: Sandbox): Promise<void> {
  const acme = { select: ['Name'], where: { conditions: [{ name: 'Name', value: ['Acme'], operator: 'EQ' }] } };
  const none = { ...acme, where: { conditions: [{ name: 'Name', value: ['No such company'], operator: 'EQ' }] } };
  let r = await call('POST', '/v1/data/objects/query/Company', acme);
  assert.deepEqual(r.json.data, [{ Name: 'Acme' }]);
  r = await call('POST', '/v1/data/objects/query/Company', none);
  assert.deepEqual([r.status, r.json.result, r.json.errorCode, r.json.errorDesc], [400, false, 'GSOBJ_1011', 'No entity matches the given criteria']);
  r = await call('GET', '/v1/meta/services/objects/Usage__gc/describe');
  assert.equal(r.json.data[0].objectName, 'Usage__gc');
  sb.configure({ shapes: { read: 'records', describe: 'object', emptyRead: 'emptyList' } });
  r = await call('POST', '/v1/data/objects/query/Company', acme);
  assert.deepEqual(r.json.data, { records: [{ Name: 'Acme' }] });
  r = await call('POST', '/v1/data/objects/query/Company', { ...none, offset: 0 });
  assert.deepEqual([r.status, r.json.result, r.json.data], [200, true, { records: [] }]);
  r = await call('GET', '/v1/meta/services/objects/Usage__gc/describe');
  assert.equal(r.json.data.fields.find((f: { fieldName: string }) => f.fieldName === 'Company__gc').lookupDetail.lookupObject, 'Company');
  const res = await fetch(`${sb.url}/__sandbox/configure`, { method: 'POST', body: JSON.stringify({ shapes: { read: 'rows' } }) });
  assert.equal(res.status, 400);
  sb.reset(); // back to the shapes the sandbox started with
  r = await call('POST', '/v1/data/objects/query/Company', acme);
  assert.ok(Array.isArray(r.json.data));
}

async function relationships(call: Call, sb: Sandbox): Promise<void> {
  const lookups = {
    CompanyId: { fields: { CompanyName: 'Name' }, lookupField: 'Gsid', objectName: 'company', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
    TypeId: { fields: { TypeName: 'Name' }, lookupField: 'Gsid', objectName: 'RelationshipType', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
  };
  let r = await call('POST', '/v1/data/objects/Relationship', { records: [{ Name: 'IBM Cloud', CompanyName: 'IBM', TypeName: 'product line', ExternalId__gc: 'REL-9' }], lookups });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.data.records[0].TypeId, SEED_RELATIONSHIP_TYPES[0].Gsid);
  r = await call('POST', '/v1/data/objects/Relationship', { records: [{ Name: 'No company', TypeId: SEED_RELATIONSHIP_TYPES[0].Gsid }] });
  assert.deepEqual([r.json.errorCode, r.json.data.errors[0][0].errors[0].fieldName], ['GSOBJ_1007', 'CompanyId']);
  r = await call('POST', '/v1/data/objects/Relationship', { records: [{ Name: 'Dangling', CompanyId: '1P02ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', TypeId: SEED_RELATIONSHIP_TYPES[0].Gsid }] });
  assert.equal(r.json.errorCode, 'GSOBJ_1004');
  r = await call('POST', '/v1/data/objects/query/Relationship', { select: ['Name', 'TypeId__gr.Name', 'CompanyId__gr.Name'], where: { conditions: [{ name: 'ExternalId__gc', value: ['REL-9'], operator: 'EQ' }] } });
  assert.deepEqual(r.json.data, [{ Name: 'IBM Cloud', 'TypeId__gr.Name': 'Product Line', 'CompanyId__gr.Name': 'IBM' }]);
  r = await call('POST', '/v1/data/objects/RelationshipType', { records: [{ Name: 'New type' }] });
  assert.equal(r.status, 400);
  assert.equal(sb.store.records('Relationship').length, 4);
}

async function customObjects(call: Call, sb: Sandbox): Promise<void> {
  const acme = SEED_COMPANIES[0].Gsid;
  const rows = Array.from({ length: 50 }, (_, i) => ({ Company__gc: acme, UsageDate__gc: '2024-02-01', Logins__gc: i, ExternalId__gc: `SMK-${i}`, Feature__gc: 'api' }));
  let r = await call('POST', '/v1/data/objects/Usage__gc', { records: rows });
  assert.equal(r.json.data.count, 50);
  assert.equal(r.json.data.records[0].Feature__gc, 'API');
  r = await call('POST', '/v1/data/objects/Usage__gc', { records: [{ Company__gc: acme, Logins__gc: 1 }] });
  assert.deepEqual([r.json.errorCode, r.json.data.errors[0][0].errors[0].fieldName], ['GSOBJ_1007', 'UsageDate__gc']);
  r = await call('PUT', '/v1/data/objects/Usage__gc?keys=ExternalId__gc', { records: [{ ExternalId__gc: 'smk-3', Logins__gc: 999 }] });
  assert.equal(r.json.data.records[0].Logins__gc, 999);
  r = await call('POST', '/v1/data/objects/query/Usage__gc', { select: ['ExternalId__gc', 'Company__gc__gr.Name'], where: { conditions: [{ name: 'Logins__gc', value: [999, 120], operator: 'IN' }] }, orderBy: { ExternalId__gc: 'asc' } });
  assert.deepEqual(r.json.data.map((x: Record<string, unknown>) => x.ExternalId__gc), ['SMK-3', SEED_USAGE[0].ExternalId__gc]);
  r = await call('POST', '/v1/data/objects/Invoice__gc', { records: [{ InvoiceNumber__gc: 'INV-9', Products__gc: ['support', 'Core'], Paid__gc: 'false', Amount__gc: '12.5' }] });
  assert.equal(r.json.data.records[0].Products__gc, 'Support;Core');
  const gone = String(r.json.data.records[0].Gsid);
  r = await call('DELETE', `/v1/data/objects/Invoice__gc/${gone}`);
  assert.equal(r.status, 200);
  assert.equal(sb.store.records('Usage__gc').length, SEED_USAGE.length + 50);
  const listed = (await (await fetch(`${sb.url}/__sandbox/store/Usage__gc`)).json()) as { data: unknown[] };
  assert.equal(listed.data.length, SEED_USAGE.length + 50);
  r = await call('GET', '/v1/meta/services/objects/list');
  const usage = r.json.data.find((o: { objectName: string }) => o.objectName === 'Usage__gc');
  assert.deepEqual([usage.objectType, usage.label], ['CUSTOM', 'Usage']);
}

async function people(call: Call, sb: Sandbox): Promise<void> {
  const [acme, heroku] = SEED_COMPANIES;
  let r = await call('POST', '/v1/data/objects/Person', { records: [{ Email: 'x@example.com' }] });
  assert.equal(r.status, 400);
  r = await call('PUT', '/v1/peoplemgmt/v1.0/people', { Email: 'new.person@example.com', FirstName: 'New', companies: [{ Company_ID: acme.Gsid, Title: 'CTO' }] });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const gsid = r.json.data.Gsid as string;
  r = await call('PUT', '/v1/peoplemgmt/v1.0/people', { Email: 'NEW.person@example.com', LastName: 'Person', companies: [{ Company_ID: acme.Gsid, Title: 'CEO' }, { Company_ID: heroku.Gsid }] });
  assert.equal(r.json.data.Gsid, gsid);
  const person = sb.store.table('Person')?.get(gsid);
  assert.deepEqual([person?.Email, person?.FirstName, person?.LastName], ['new.person@example.com', 'New', 'Person']);
  const links = () => sb.store.records('Company_Person').filter((l) => l.Person_ID === gsid);
  assert.deepEqual(links().map((l) => l.Title), ['CEO', null]);
  const before = sb.store.records('Person').length;
  r = await call('PUT', '/v1/peoplemgmt/v1.0/people', { Email: 'other@example.com', companies: [{ Company_ID: '1P02ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ' }] });
  assert.deepEqual([r.status, r.json.data.errors[0][0].errors[0].fieldName], [400, 'Company_ID']);
  r = await call('PUT', '/v1/peoplemgmt/v1.0/people', { FirstName: 'No email' });
  assert.equal(r.json.errorCode, 'GSOBJ_1007');
  assert.equal(sb.store.records('Person').length, before);
  r = await call('POST', '/v1/data/objects/query/Company_Person', { select: ['Title', 'Person_ID__gr.Email'], where: { conditions: [{ name: 'Company_ID', value: [heroku.Gsid], operator: 'EQ' }] }, orderBy: { Title: 'asc' } });
  assert.deepEqual(r.json.data.map((x: Record<string, unknown>) => x['Person_ID__gr.Email']), [SEED_PEOPLE[1].Email, 'new.person@example.com']);
  r = await call('DELETE', `/v1/data/objects/Person/${gsid}`);
  assert.equal(r.status, 200);
  assert.equal(links().length, 0);
}

export async function checkDataObjects(call: Call, sb: Sandbox): Promise<void> {
  await operatorTable(call);
  await shapes(call, sb);
  await relationships(call, sb);
  await customObjects(call, sb);
  await people(call, sb);
}
