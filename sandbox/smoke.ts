/**
 * Hand-run self-check of the sandbox (not a test suite): `npx tsx sandbox/smoke.ts`.
 * Starts a sandbox, exercises each API family once over HTTP, and prints "smoke: ok".
 */
import assert from 'node:assert/strict';
import { SEED_COMPANIES, SEED_CTAS, SEED_USERS, startSandbox } from './index';
import { checkDataObjects } from './smoke-objects';

async function main(): Promise<void> {
  const sb = await startSandbox({ rateLimit: { quota: 1000, windowMs: 60_000, retryAfter: true } });
  const call = async (method: string, path: string, body?: unknown, key = 'sandbox-access-key') => {
    const res = await fetch(sb.url + path, {
      method,
      headers: { 'content-type': 'application/json', AccessKey: key },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, json: (await res.json()) as { result: boolean; errorCode: string | null; errorDesc: string | null; data: any } };
  };
  try {
    const before = sb.store.companies.size;
    // insert 50 with lookups
    const records = Array.from({ length: 50 }, (_, i) => ({
      Name: `Smoke ${i}`, Employees: i * 10, ExternalId__gc: `SMOKE-${i}`, Region__gc: i % 2 ? 'APAC' : 'EMEA',
      RenewalDate: '2026-01-31', Stage: 'launched', CSMFirstName: 'Julia', CSMLastName: 'Brown', ParentCompanyName: 'acme',
    }));
    const lookups = {
      CSM: { fields: { CSMFirstName: 'FirstName', CSMLastName: 'LastName' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
      ParentCompany: { fields: { ParentCompanyName: 'Name' }, lookupField: 'Gsid', objectName: 'company', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
    };
    let r = await call('POST', '/v1/data/objects/Company', { records, lookups });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.data.count, 50);
    assert.equal(r.json.data.records[0].CSM, SEED_USERS[2].Gsid);
    assert.equal(r.json.data.records[0].Stage, 'Launched');
    assert.equal(r.json.data.records[0].RenewalDate, Date.UTC(2026, 0, 31));
    assert.equal(sb.store.companies.size, before + 50);

    // one bad date among three: nothing written
    r = await call('POST', '/v1/data/objects/Company', { records: [{ Name: 'A' }, { Name: 'B', RenewalDate: '13-45-2020' }, { Name: 'C' }] });
    assert.equal(r.status, 400);
    assert.equal(r.json.errorCode, 'GSOBJ_1006');
    assert.equal(r.json.errorDesc, 'Invalid date format (RenewalDate = 13-45-2020).');
    assert.equal(r.json.data.errors[0][0].errors[0].fieldName, 'RenewalDate');
    assert.equal(sb.store.companies.size, before + 50);

    // 51 records
    r = await call('POST', '/v1/data/objects/Company', { records: Array.from({ length: 51 }, (_, i) => ({ Name: `x${i}` })) });
    assert.equal(r.status, 400);

    // update by keys (one record matches nothing)
    r = await call('PUT', '/v1/data/objects/Company?keys=ExternalId__gc', {
      records: [{ ExternalId__gc: 'smoke-1', Employees: 9999 }, { ExternalId__gc: 'SMOKE-2', Industry: 'Updated' }, { ExternalId__gc: 'NOPE', Employees: 1 }],
    });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.data.count, 2);
    r = await call('PUT', '/v1/data/objects/Company?keys=RenewalDate', { records: [{ RenewalDate: '2026-01-31' }] });
    assert.equal(r.json.errorCode, 'GSOBJ_1008');

    // read: expression + paging, stable and complete
    const where = {
      conditions: [
        { name: 'Name', alias: 'A', value: ['smoke'], operator: 'STARTS_WITH' },
        { name: 'Employees', alias: 'B', value: [200], operator: 'GT' },
        { name: 'Region__gc', alias: 'C', value: ['APAC'], operator: 'EQ' },
      ],
      expression: 'A AND (B OR C)',
    };
    const seen: string[] = [];
    for (let offset = 0; ; offset += 10) {
      r = await call('POST', '/v1/data/objects/query/Company', { select: ['Gsid', 'Name', 'Employees', 'csm__gr.Email'], where, orderBy: { Employees: 'desc' }, limit: 10, offset });
      if (r.status === 400) { assert.equal(r.json.errorCode, 'GSOBJ_1011'); break; }
      for (const row of r.json.data) { seen.push(row.Gsid); assert.equal(row['csm__gr.Email'], 'jbrown@example.com'); }
    }
    const expected = records.filter((x, i) => (x.Employees > 200 || x.Region__gc === 'APAC') && i >= 0).length;
    assert.equal(seen.length, expected);
    assert.equal(new Set(seen).size, seen.length);
    r = await call('POST', '/v1/data/objects/query/Company', { select: ['Name'], where: { conditions: [{ name: 'Nope', value: [1], operator: 'EQ' }] } });
    assert.equal(r.json.errorCode, 'GSOBJ_1002');

    // tasks
    const cta = SEED_CTAS[1];
    r = await call('POST', '/v2/cockpit/task', {
      requests: [{ record: { referenceId: '123', CtaId: cta.Gsid, Name: 'Ext-T5', OwnerEmail: 'athakur@gainsight.com', DueDate: '2020-05-09', status: 'New', priority: 'High' } }],
      lookups: { OwnerId: { fields: { OwnerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' } },
    });
    assert.equal(r.json.result, true, JSON.stringify(r.json));
    const taskId = r.json.data.success[0]['123'] as string;
    r = await call('PUT', '/v2/cockpit/task', { requests: [{ record: { referenceId: 'u1', gsid: taskId, DueDate: '2020-05-19', dueDateCriteria: 'OPEN_TASKS_AND_CTA' } }] });
    assert.equal(r.json.result, true, JSON.stringify(r.json));
    assert.equal(sb.store.dueDateCascades.at(-1)?.deltaDays, 10);
    r = await call('POST', '/v2/cockpit/task', { requests: [{ record: { referenceId: 'r2', CtaId: 'X', Name: 'n', OwnerId: SEED_USERS[0].Gsid } }] });
    assert.equal(r.status, 200);
    assert.equal(r.json.result, false);
    r = await call('GET', `/v2/cockpit/task/list/${SEED_CTAS[0].Gsid}?pn=3&ps=1000&includes=Description,CompanyId__gr.Name`);
    assert.equal(r.json.data.length, 500);
    assert.equal(r.json.data[0]['CompanyId__gr.Name'], 'Acme');
    r = await call('GET', `/v1/tasks/${taskId}`);
    assert.equal(r.json.data.OwnerName, 'Ankush Thakur');
    r = await call('POST', '/v1/tasks/search', { where: { conditions: [{ name: 'CTAId', value: [cta.Gsid], operator: 'EQ' }] }, limit: 2 });
    assert.equal(r.json.data.records.length, 2);
    assert.equal(r.json.data.totalCount, 4);

    // goals
    r = await call('POST', '/v1/csgoal/external/create', {
      requests: [{ record: { referenceId: 'g1', Name: 'Smoke goal', StatusName: 'In Progress', DueDate: '2026-01-01', CompanyName: 'IBM', EntityType: 'COMPANY' }, association: { CTA: [cta.Gsid] } }],
      lookups: { CompanyId: { fields: { CompanyName: 'Name' }, lookupField: 'Gsid', objectName: 'company', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' } },
    });
    assert.equal(r.json.result, true, JSON.stringify(r.json));
    const goalId = r.json.data.success[0].g1 as string;
    r = await call('GET', `/v1/goals/${goalId}`);
    assert.equal(r.json.data.CompanyName, 'IBM');
    r = await call('GET', '/v1/goals/templates');
    assert.equal(r.json.data.length, 4);
    r = await call('POST', `/v1/goals/${goalId}/metrics`, { Name: 'NPS', TargetValue: 50 });
    assert.equal(r.status, 200);

    // CTAs, success plans, timeline (the cockpit cycle)
    r = await call('POST', '/v2/cockpit/cta', {
      requests: [
        { record: { referenceId: 'c1', Name: 'Smoke risk', CompanyId: cta.CompanyId, OwnerEmail: 'athakur@gainsight.com', type: 'Risk', reason: 'Budget', PlaybookId: '1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA' } },
        { record: { referenceId: 'c2', Name: 'Smoke bad', CompanyId: cta.CompanyId, OwnerEmail: 'athakur@gainsight.com', type: 'No Such Type' } },
      ],
    });
    assert.equal(r.json.result, false);
    assert.equal(r.json.data.success.length, 1);
    assert.match(String(r.json.data.failure[0].c2), /Invalid type/);
    r = await call('POST', '/v2/cockpit/cta/list', { select: ['Name', 'TypeId__gr.Name'], where: { conditions: [{ fieldName: 'Name', alias: 'A', value: ['Smoke risk'], operator: 'EQ' }] }, pageSize: 10, pageNumber: 1 });
    assert.deepEqual(r.json.data, [{ Name: 'Smoke risk', 'TypeId__gr.Name': 'Risk' }]);
    r = await call('POST', '/v2/cockpit/cta/list', { select: ['Name'], where: { conditions: [{ name: 'Name', alias: 'A', value: ['x'], operator: 'EQ' }] } });
    assert.equal(r.status, 400);
    r = await call('GET', '/v2/cockpit/admin/picklist/lite?category=CTA_STATUS,CTA_TYPE&et=COMPANY');
    assert.ok(Array.isArray(r.json.data.CTA_STATUS) && Array.isArray(r.json.data.CTA_TYPE));
    r = await call('POST', '/v2/successPlan?withObjectives=true', {
      requests: [{ record: { referenceId: 'p1', Name: 'Smoke plan', CompanyId: cta.CompanyId, SuccessPlanType: 'Onboarding', OwnerEmail: 'athakur@gainsight.com', Objectives: [{ Name: 'Smoke objective' }] } }],
    });
    assert.equal(r.json.result, true, JSON.stringify(r.json));
    const activity = { ExternalId: 'smoke-1', ContextName: 'Company', GsCompanyId: cta.CompanyId, TypeName: 'Update', Subject: 'Smoke', Author: 'athakur@gainsight.com' };
    r = await call('POST', '/v1/ant/es/activity', { records: [activity] });
    assert.ok(r.json.data.success['smoke-1'][0].activityId, JSON.stringify(r.json));
    r = await call('POST', '/v1/ant/es/activity', { records: [activity] });
    assert.equal(r.json.result, false);
    r = await call('POST', '/v1/data/objects/query/activity_timeline', { select: ['ExternalId'], where: { conditions: [{ name: 'ExternalId', alias: 'A', value: ['smoke-1'], operator: 'EQ' }] } });
    assert.deepEqual(r.json.data, [{ ExternalId: 'smoke-1' }]);

    // auth, delete, playbooks
    r = await call('GET', '/v1/goals/templates', undefined, 'wrong');
    assert.equal(r.status, 401);
    assert.ok(!JSON.stringify(sb.log).includes('sandbox-access-key'));
    const victim = seen[0];
    r = await call('DELETE', `/v1/data/objects/Company/${victim}`);
    assert.equal(r.json.data, `Record with GSID: ${victim} successfully deleted.`);
    r = await call('GET', '/v2/cockpit/admin/playbook?active=true&et=COMPANY&type=Risk,Expansion');
    assert.ok(r.json.data.length >= 5);

    // data objects beyond Company, operator table, answer shapes, People API (resets the sandbox)
    await checkDataObjects(call, sb);

    // 429 after quota, with Retry-After; the rejected call is logged and changes nothing
    sb.configure({ rateLimit: { quota: 2, windowMs: 60_000, retryAfter: true } });
    await call('GET', '/v1/goals/templates');
    await call('GET', '/v1/goals/templates');
    const size = sb.store.companies.size;
    r = await call('POST', '/v1/data/objects/Company', { records: [{ Name: 'late' }] });
    assert.equal(r.status, 429);
    assert.equal(r.json.errorCode, 'GS_RATE_429');
    assert.ok(Number(r.headers.get('retry-after')) >= 1);
    assert.equal(sb.store.companies.size, size);
    assert.equal(sb.log.at(-1)?.status, 429);

    // control endpoints
    const log = (await (await fetch(`${sb.url}/__sandbox/log`)).json()) as { data: unknown[] };
    assert.equal(log.data.length, sb.log.length);
    await fetch(`${sb.url}/__sandbox/reset`, { method: 'POST' });
    assert.equal(sb.store.companies.size, SEED_COMPANIES.length);
    assert.equal(sb.log.length, 0);
    console.log('smoke: ok');
  } finally {
    await sb.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
