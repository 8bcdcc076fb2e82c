/**
 * The promise under faults: every input item gives exactly one output item with the right
 * pairedItem; reads are retried; a refused write is retried. (A write whose outcome is unknown is
 * settled: see settle.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_CTAS, type FaultKind, type FaultRule } from '../sandbox';
import { autoMapColumns, companies, locatorById, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns() };
const COMPANY_WRITE = '/v1/data/objects/Company';
/** A short client timeout so a `slow` answer (1.5 s) counts as broken; no pacing (the sandbox's limit is off). */
const credentials = { timeoutSeconds: 1, callsPerWindow: 100_000 };

const storedByExternalId = () => {
	const counts = new Map<string, number>();
	for (const row of ctx.sandbox.store.companies.values()) {
		const id = row.ExternalId__gc as string | null;
		if (id && id.startsWith('T-')) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
};

const fault = (kind: FaultKind, rule: Partial<FaultRule> = {}) =>
	ctx.sandbox.configure({ faults: { slowMs: 1500, rules: [{ kind, path: COMPANY_WRITE, method: 'POST', nth: [2], ...rule }] } });

const postCount = () => ctx.sandbox.log.filter((entry) => entry.method === 'POST' && entry.path === COMPANY_WRITE).length;

/** 120 companies = chunks of 50, 50, 20; the fault hits the 2nd call (items 50..99). */
async function insert120(concurrency = 4) {
	const items = companies(120);
	const result = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true, credentials: { ...credentials, concurrency } });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(120);
	result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
	const stored = storedByExternalId();
	expect([...stored.values()].every((count) => count === 1)).toBe(true); // nothing written twice
	return { out: result.items.map((item) => item.json), stored };
}

describe('Faults › a Company write', () => {
	it.each<[FaultKind]>([['rate429'], ['http503']])('refused with %s: sent again, every record written once', async (kind) => {
		fault(kind);
		const { out, stored } = await insert120();
		expect(ctx.sandbox.faultsInjected()).toEqual({ [kind]: 1 });
		expect(out.every((json) => typeof json.Gsid === 'string')).toBe(true);
		expect(stored.size).toBe(120);
		expect(postCount()).toBe(4);
	});

	it('a record refused inside a chunk: that item fails naming the field, the other 49 are sent again and written', async () => {
		fault('recordFailure');
		const { out, stored } = await insert120();
		expect(out[50]).toMatchObject({ field: 'Name', errorCode: 'GSOBJ_1008' });
		expect(out[50].error).toMatch(/Company 50/);
		expect(out.filter((json) => json.error)).toHaveLength(1);
		expect(stored.size).toBe(119);
	});

	it.each<[FaultKind, string]>([
		['resultFalse', 'GSOBJ_1008'],
		['badLookup', 'COCKPIT_9703'],
	])('%s (the call refused as a whole): items 50..119 are error items, the 3rd chunk is not sent and says so', async (kind, code) => {
		fault(kind);
		const { out, stored } = await insert120(1);
		expect(out.slice(0, 50).every((json) => typeof json.Gsid === 'string')).toBe(true);
		expect(out.slice(50).every((json) => json.errorCode === code)).toBe(true);
		expect(out.slice(50, 100).every((json) => !String(json.error).startsWith('Not sent'))).toBe(true);
		expect(out.slice(100).every((json) => String(json.error).startsWith('Not sent: Gainsight refused an earlier call'))).toBe(true);
		expect(postCount()).toBe(2);
		expect(stored.size).toBe(50);
	});

});

describe('Faults › reads are sent again', () => {
	const QUERY = '/v1/data/objects/query/Company';
	const getMany = { resource: 'company', operation: 'getMany', returnAll: true };

	it.each<[FaultKind]>([
		['rate429'], ['http500'], ['http502'], ['http503'], ['resetBefore'], ['resetAfter'], ['slow'], ['badJson'], ['html'],
	])('%s on the first read: the same records as without it', async (kind) => {
		const clean = await runGainsight(ctx.sandbox, getMany, { credentials });
		ctx.sandbox.configure({ faults: { slowMs: 1500, rules: [{ kind, path: QUERY, nth: [1] }] } });
		const faulty = await runGainsight(ctx.sandbox, getMany, { credentials });
		expect(faulty.error).toBeUndefined();
		expect(ctx.sandbox.faultsInjected()).toEqual({ [kind]: 1 });
		expect(faulty.items.map((item) => item.json.Gsid)).toEqual(clean.items.map((item) => item.json.Gsid));
	});

	it('a read that fails every time gives up after a few tries and names the item', async () => {
		ctx.sandbox.configure({ faults: { rules: [{ kind: 'http500', path: QUERY }] } });
		const { error } = await runGainsight(ctx.sandbox, getMany, { credentials });
		expect(error?.message).toMatch(/HTTP 500/);
		expect(ctx.sandbox.faultsInjected().http500).toBe(4);
	});
});

describe('Faults › one-record writes (Task Create)', () => {
	const cta = SEED_CTAS.find((c) => c.Name === 'Ext. API 12.31')!;
	const create = { resource: 'task', operation: 'create', ctaId: locatorById(cta.Gsid), name: '={{ $json.name }}', additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-05-09' } };
	const items = [{ name: 'Fault A' }, { name: 'Fault B' }, { name: 'Fault C' }];
	const storedNames = () => [...ctx.sandbox.store.tasks.values()].map((task) => task.Name).filter((name) => String(name).startsWith('Fault '));

	it.each<[FaultKind]>([['rate429'], ['http503']])('%s on the 2nd task: sent again, 3 tasks written once', async (kind) => {
		ctx.sandbox.configure({ faults: { rules: [{ kind, path: '/v2/cockpit/task', method: 'POST', nth: [2] }] } });
		const { items: out, error } = await runGainsight(ctx.sandbox, create, { items, continueOnFail: true, credentials: { ...credentials, concurrency: 1 } });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out.every((item) => !item.json.error)).toBe(true);
		expect(storedNames().sort()).toEqual(['Fault A', 'Fault B', 'Fault C']);
	});

	it('HTTP 200 with result:false and no failure list on the 2nd task: that task fails, the 3rd is still sent', async () => {
		ctx.sandbox.configure({ faults: { rules: [{ kind: 'resultFalse', path: '/v2/cockpit/task', method: 'POST', nth: [2] }] } });
		const { items: out } = await runGainsight(ctx.sandbox, create, { items, continueOnFail: true, credentials: { ...credentials, concurrency: 1 } });
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json.error).toMatch(/Gainsight did not accept the task: Injected fault: the call was refused/);
		expect(out[2].json.error).toBeUndefined();
		expect(storedNames().sort()).toEqual(['Fault A', 'Fault C']);
	});

	it('a bad lookup configuration (HTTP 400) on the 1st task stops the tasks that share it: one call', async () => {
		ctx.sandbox.configure({ faults: { rules: [{ kind: 'badLookup', path: '/v2/cockpit/task', method: 'POST', nth: [1] }] } });
		const { items: out } = await runGainsight(ctx.sandbox, create, { items, continueOnFail: true, credentials });
		expect(out.every((item) => item.json.errorCode === 'COCKPIT_9703')).toBe(true);
		expect(ctx.sandbox.log.filter((entry) => entry.path === '/v2/cockpit/task')).toHaveLength(1);
	});
});

describe('Faults › the control endpoint', () => {
	it('sets faults out of process and reports what it injected', async () => {
		const post = await fetch(`${ctx.sandbox.url}/__sandbox/configure`, {
			method: 'POST',
			body: JSON.stringify({ faults: { rules: [{ kind: 'http503', path: COMPANY_WRITE, nth: [1] }] } }),
		});
		expect(post.status).toBe(200);
		await insert120();
		const report = (await (await fetch(`${ctx.sandbox.url}/__sandbox/faults`)).json()) as IDataObject;
		expect(report.data).toEqual({ http503: 1 });
		const bad = await fetch(`${ctx.sandbox.url}/__sandbox/configure`, { method: 'POST', body: JSON.stringify({ faults: { rules: [{ kind: 'meteor' }] } }) });
		expect(bad.status).toBe(400);
	});
});
