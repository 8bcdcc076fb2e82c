/**
 * Writes whose answer never came back cleanly are settled before the node answers: each fault kind
 * that leaves an outcome unknown, on each kind of write; the sandbox then holds every record exactly
 * once and every item is a success. Only when the read-back fails too does an item stay unknown.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_CTAS, SEED_TASKS, type FaultKind } from '../sandbox';
import { autoMapColumns, companies, locatorById, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
/** A short client timeout so a `slow` answer (1.5 s) counts as broken. */
const credentials = { timeoutSeconds: 1, callsPerWindow: 100_000, concurrency: 1 };

/** Kinds after which nobody can tell from the answer whether the write was applied; and whether the sandbox applied it. */
const UNKNOWN: Array<[FaultKind, boolean]> = [
	['resetBefore', false],
	['http500', false],
	['http502', false],
	['html', false],
	['resetAfter', true],
	['slow', true],
	['badJson', true],
];

const fault = (kind: FaultKind, path: string, method: string, nth = 2) =>
	ctx.sandbox.configure({ faults: { slowMs: 1500, rules: [{ kind, path, method, nth: [nth] }] } });
const count = (method: string, path: string) => ctx.sandbox.log.filter((entry) => entry.method === method && entry.path === path).length;
const byExternalId = () => {
	const counts = new Map<string, number>();
	for (const row of ctx.sandbox.store.companies.values()) {
		const id = String(row.ExternalId__gc);
		if (id.startsWith('T-')) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
};
const everyItemWritten = (out: Array<{ json: IDataObject }>) => {
	expect(out.filter((item) => item.json.error)).toEqual([]);
	expect(out.every((item) => typeof item.json.Gsid === 'string')).toBe(true);
};

describe.each(UNKNOWN)('Settling › %s (applied by the sandbox: %s)', (kind, applied) => {
	it('Company Insert of 120: one read of what was created settles the chunk; only what is missing is sent again', async () => {
		fault(kind, '/v1/data/objects/Company', 'POST');
		const { items: out, error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(120), continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		everyItemWritten(out);
		expect(out.map((item) => item.json.ExternalId__gc)).toEqual(companies(120).map((record) => record.ExternalId__gc));
		expect([...byExternalId().values()]).toEqual(Array(120).fill(1));
		expect(count('POST', '/v1/data/objects/query/Company')).toBe(1);
		expect(count('POST', '/v1/data/objects/Company')).toBe(applied ? 3 : 4);
	});

	it('Company Update of 120 by ExternalId__gc: the update is sent again (the same update twice changes nothing)', async () => {
		await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(120), credentials });
		ctx.sandbox.clearLog();
		fault(kind, '/v1/data/objects/Company', 'PUT');
		const items = companies(120).map((record) => ({ ExternalId__gc: record.ExternalId__gc, Industry: 'Settled' }));
		const { items: out, error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'update', columns: autoMapColumns(['ExternalId__gc']) }, { items, continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		everyItemWritten(out);
		expect(count('PUT', '/v1/data/objects/Company')).toBe(4);
		expect([...ctx.sandbox.store.companies.values()].filter((row) => row.Industry === 'Settled')).toHaveLength(120);
	});

	it('Company Create or Update (5 existing, 60 new): the inserts are looked up, the updates sent again; each company once', async () => {
		const existing = SEED_COMPANIES.slice(0, 5).map((company) => ({ ExternalId__gc: company.ExternalId__gc as string, Employees: 7 }));
		const fresh = companies(60);
		fault(kind, '/v1/data/objects/Company', 'POST');
		const { items: out, error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'upsert', columns: autoMapColumns(['ExternalId__gc']) }, {
			items: [...existing, ...fresh],
			continueOnFail: true,
			credentials,
		});
		expect(error).toBeUndefined();
		everyItemWritten(out);
		expect([...byExternalId().values()]).toEqual(Array(60).fill(1));
		expect(SEED_COMPANIES.slice(0, 5).every((company) => ctx.sandbox.store.companies.get(company.Gsid as string)?.Employees === 7)).toBe(true);
	});

	it('Task Create of 3: the CTA\'s tasks are read back by name; each task once', async () => {
		const cta = SEED_CTAS.find((one) => one.Name === 'Ext. API 12.31')!;
		fault(kind, '/v2/cockpit/task', 'POST');
		const create = { resource: 'task', operation: 'create', ctaId: locatorById(cta.Gsid), name: '={{ $json.name }}', additionalFields: { OwnerEmail: 'athakur@gainsight.com' } };
		const names = ['Settle A', 'Settle B', 'Settle C'];
		const { items: out, error } = await runGainsight(ctx.sandbox, create, { items: names.map((name) => ({ name })), continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		everyItemWritten(out);
		expect(ctx.sandbox.log.filter((entry) => entry.method === 'GET' && entry.path === `/v2/cockpit/task/list/${cta.Gsid}`)).toHaveLength(1);
		const stored = [...ctx.sandbox.store.tasks.values()].map((task) => String(task.Name)).filter((name) => name.startsWith('Settle '));
		expect(stored.sort()).toEqual(names);
	});

	it('Task Update: sent again', async () => {
		fault(kind, '/v2/cockpit/task', 'PUT', 1);
		const task = SEED_TASKS[0];
		const { items: out, error } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'update', taskId: locatorById(task.Gsid), updateFields: { Description: 'settled' } }, { continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		expect(out[0].json.error).toBeUndefined();
		expect(ctx.sandbox.store.tasks.get(task.Gsid)?.Description).toBe('settled');
	});

	it('Goal Create of 3: a goal search by company and name settles it; each goal once', async () => {
		fault(kind, '/v1/csgoal/external/create', 'POST');
		const create = { resource: 'goal', operation: 'create', name: '={{ $json.name }}', status: 'Not Started', additionalFields: { CompanyId: SEED_COMPANIES[1].Gsid } };
		const names = ['Settle goal A', 'Settle goal B', 'Settle goal C'];
		const { items: out, error } = await runGainsight(ctx.sandbox, create, { items: names.map((name) => ({ name })), continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		everyItemWritten(out);
		const stored = [...ctx.sandbox.store.goals.values()].map((goal) => String(goal.Name)).filter((name) => name.startsWith('Settle goal'));
		expect(stored.sort()).toEqual(names);
	});
});

describe.each<[FaultKind, boolean]>([
	['resetAfter', true],
	['http500', false],
])('Settling › cockpit writes › %s (applied: %s)', (kind, applied) => {
	const [ACME, HEROKU] = SEED_COMPANIES;

	it('CTA Create of 2 in one requests[] call: the CTA list is read by name and company; each CTA once', async () => {
		fault(kind, '/v2/cockpit/cta', 'POST', 1);
		const create = { resource: 'cta', operation: 'create', entityType: 'COMPANY', companyId: locatorById('={{ $json.company }}'), name: '={{ $json.name }}', type: 'Risk', reason: 'Low Health Score', additionalFields: { OwnerEmail: 'athakur@gainsight.com' } };
		const items = [{ company: ACME.Gsid, name: 'Settle CTA A' }, { company: HEROKU.Gsid, name: 'Settle CTA B' }];
		const { items: out, error } = await runGainsight(ctx.sandbox, create, { items, continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		everyItemWritten(out);
		expect(count('POST', '/v2/cockpit/cta')).toBe(applied ? 1 : 2);
		const stored = [...ctx.sandbox.store.ctas.values()].map((cta) => String(cta.Name)).filter((name) => name.startsWith('Settle CTA'));
		expect(stored.sort()).toEqual(['Settle CTA A', 'Settle CTA B']);
	});

	it('Timeline Create: the activity is looked up by its External ID; logged once', async () => {
		fault(kind, '/v1/ant/es/activity', 'POST', 1);
		const create = { resource: 'timeline', operation: 'create', entityType: 'COMPANY', companyId: locatorById(ACME.Gsid as string), TypeName: 'Update', Subject: 'Settled', Author: 'athakur@gainsight.com', externalId: 'settle-activity-1' };
		const { items: out, error } = await runGainsight(ctx.sandbox, create, { continueOnFail: true, credentials });
		expect(error).toBeUndefined();
		expect(out[0].json).toMatchObject({ Gsid: expect.any(String), ExternalId: 'settle-activity-1' });
		expect(count('POST', '/v1/ant/es/activity')).toBe(applied ? 1 : 2);
		expect(ctx.sandbox.store.records('activity_timeline').filter((row) => row.ExternalId === 'settle-activity-1')).toHaveLength(1);
	});
});

describe('Settling › when it cannot be settled', () => {
	it('the read-back fails too: the chunk stays "may or may not have been applied", and says the read-back failed; nothing is sent again', async () => {
		ctx.sandbox.configure({
			faults: {
				rules: [
					{ kind: 'resetAfter', path: '/v1/data/objects/Company', method: 'POST', nth: [2] },
					{ kind: 'http500', path: '/v1/data/objects/query/Company', method: 'POST' },
				],
			},
		});
		const { items: out } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(120), continueOnFail: true, credentials });
		for (const item of out.slice(50, 100)) {
			expect(item.json).toMatchObject({ outcomeUnknown: true, error: expect.stringMatching(/may or may not have been applied, and reading back what was written failed too/) });
		}
		expect(count('POST', '/v1/data/objects/Company')).toBe(3);
		expect([...byExternalId().values()]).toEqual(Array(120).fill(1));
	});

	it('without Continue On Fail an item left unknown fails the node naming it, and the error says what was written', async () => {
		ctx.sandbox.configure({
			faults: {
				rules: [
					{ kind: 'resetAfter', path: '/v1/data/objects/Company', method: 'POST', nth: [2] },
					{ kind: 'http500', path: '/v1/data/objects/query/Company', method: 'POST' },
				],
			},
		});
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(120), credentials });
		expect(error?.message).toMatch(/may or may not have been applied/);
		expect((error as { context?: IDataObject })?.context?.itemIndex).toBe(50);
		expect(error?.description).toMatch(/50 may or may not have been written \(items 50–99\)/);
	});
});
