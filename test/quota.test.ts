/**
 * One tenant quota, several n8n processes, and the day. A "process" is a run through its own
 * address of the one sandbox (test/harness/relay.ts): the node keeps its pace and day count per
 * tenant address, as each n8n worker keeps its own, while the sandbox enforces one quota for all.
 * These tests wait for real (short) windows.
 */
import type { IDataObject } from 'n8n-workflow';

import { relayTo, type Relay } from './harness/relay';
import { autoMapColumns, companies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
// epoch dates: this test counts the write calls, which the ISO default's describe would join
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { dateFormat: 'epoch' } };
const relays: Relay[] = [];

/** A new address for the sandbox: another process, or a tenant no earlier test has called. */
async function anotherProcess(): Promise<string> {
	const relay = await relayTo(ctx.sandbox);
	relays.push(relay);
	return relay.url;
}

afterAll(async () => {
	await Promise.all(relays.map((relay) => relay.close()));
});

const refusals = () => ctx.sandbox.log.filter((entry) => entry.status === 429);
const storedTestCompanies = () => [...ctx.sandbox.store.companies.values()].filter((company) => String(company.ExternalId__gc).startsWith('T-'));

function expectStoredOnce(count: number) {
	const stored = storedTestCompanies().map((company) => company.ExternalId__gc);
	expect(stored).toHaveLength(count);
	expect(new Set(stored).size).toBe(count);
}

const errorsOf = <T extends { json: IDataObject }>(items: T[]) => items.filter((item) => item.json.error !== undefined);

describe('Quota › processes sharing one tenant', () => {
	it('two processes that each think the whole quota is theirs: after the first 429s both back off; nothing fails, each record once', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 6, windowMs: 500, retryAfter: false, headers: false } });
		const credentials = { callsPerWindow: 6, windowSeconds: 0.5 };
		const second = await anotherProcess();
		const [a, b] = await Promise.all([
			runGainsight(ctx.sandbox, insert, { items: companies(1500, 0), credentials }),
			runGainsight(ctx.sandbox, insert, { items: companies(1500, 1500), credentials: { ...credentials, domain: second } }),
		]);
		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(errorsOf([...a.items, ...b.items])).toHaveLength(0);
		expectStoredOnce(3000);

		const { log } = ctx.sandbox;
		expect(log.filter((entry) => entry.status === 200)).toHaveLength(60);
		// Paced apart, each would keep sending 6 a window into a quota of 6 for both: half refused
		// all along. Backing off, the refusals come early, then only now and then.
		const half = Math.floor(log.length / 2);
		const early = log.slice(0, half).filter((entry) => entry.status === 429).length;
		const late = log.slice(half).filter((entry) => entry.status === 429).length;
		expect(early).toBeGreaterThan(0);
		expect(late).toBeLessThan(early);
		expect(refusals().length / log.length).toBeLessThan(0.3);
	}, 60_000);

	it('with Processes Sharing This Key = 2 each process paces to half the quota: no 429 at all', async () => {
		// one call of slack for a loaded machine's timing; without the division each would send 6, 12 a window
		ctx.sandbox.configure({ rateLimit: { quota: 7, windowMs: 1000, retryAfter: false, headers: false } });
		const credentials = { callsPerWindow: 6, windowSeconds: 1, processes: 2 };
		const second = await anotherProcess();
		const [a, b] = await Promise.all([
			runGainsight(ctx.sandbox, insert, { items: companies(400, 0), credentials }),
			runGainsight(ctx.sandbox, insert, { items: companies(400, 400), credentials: { ...credentials, domain: second } }),
		]);
		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(refusals()).toHaveLength(0);
		expect(ctx.sandbox.log).toHaveLength(16);
		expectStoredOnce(800);
	}, 30_000);

	it('where the tenant sends x-ratelimit-remaining, the process stops when none is left in the window instead of meeting 429s', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 5, windowMs: 1000, retryAfter: false, headers: true } });
		const { items, error } = await runGainsight(ctx.sandbox, insert, {
			items: companies(1000),
			// the credential promises far more than the tenant gives
			credentials: { domain: await anotherProcess(), callsPerWindow: 100, windowSeconds: 1, concurrency: 1 },
		});
		expect(error).toBeUndefined();
		expect(errorsOf(items)).toHaveLength(0);
		expectStoredOnce(1000);
		expect(ctx.sandbox.log.filter((entry) => entry.status === 200)).toHaveLength(20);
		expect(refusals()).toHaveLength(0);
		ctx.sandbox.configure({ rateLimit: { quota: 100_000, windowMs: 60_000, headers: false } });
	}, 30_000);
});

describe('Quota › the day', () => {
	it('a run that would cross the daily quota: the calls up to it are made, the remaining items fail with the daily message, no call past it', async () => {
		const tenant = await anotherProcess();
		const host = new URL(tenant).host;
		const credentials = { domain: tenant, dailyQuota: 3 };
		const first = await runGainsight(ctx.sandbox, insert, { items: companies(250), credentials, continueOnFail: true });
		expect(first.error).toBeUndefined();
		expect(ctx.sandbox.log).toHaveLength(3);
		expectStoredOnce(150);
		const failed = errorsOf(first.items);
		expect(failed.map((item) => item.pairedItem)).toEqual(companies(100, 150).map((_, index) => ({ item: 150 + index })));
		const midnight = new Date(Math.floor(Date.now() / 86_400_000 + 1) * 86_400_000).toISOString();
		for (const item of failed) {
			expect(item.json.error).toEqual(expect.stringContaining(`Daily quota of 3 calls reached for ${host}, resets at ${midnight}`));
		}

		// later runs in the same process send nothing to this tenant today; without Continue On Fail the node fails
		const again = await runGainsight(ctx.sandbox, insert, { items: companies(10, 1000), credentials });
		expect(again.error?.message).toBe(`Daily quota of 3 calls reached for ${host}, resets at ${midnight}`);
		expect(ctx.sandbox.log).toHaveLength(3);
		expectStoredOnce(150);
	}, 30_000);

	it('a 429 whose Retry-After reaches past the window marks the day spent: the call fails naming the reset time, later calls fail without being sent', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 100, windowMs: 1000, dailyQuota: 2, retryAfter: true, headers: false } });
		const tenant = await anotherProcess();
		const credentials = { domain: tenant, callsPerWindow: 100, windowSeconds: 1, concurrency: 1 };
		const first = await runGainsight(ctx.sandbox, insert, { items: companies(200), credentials, continueOnFail: true });
		expect(first.error).toBeUndefined();
		expect(refusals()).toHaveLength(1);
		expectStoredOnce(100);
		const failed = errorsOf(first.items);
		expect(failed).toHaveLength(100);
		expect(failed[0].json.error).toMatch(/^Gainsight answered "too many requests" \(HTTP 429\) for 127\.0\.0\.1:\d+ and asked to wait \d+ s, until \d{4}-\d\d-\d\dT[\d:.]+Z: longer than a rate-limit window$/);
		expect(failed[0].json.httpCode).toBe(429);

		const sent = ctx.sandbox.log.length;
		const again = await runGainsight(ctx.sandbox, insert, { items: companies(50, 500), credentials, continueOnFail: true });
		expect(ctx.sandbox.log).toHaveLength(sent);
		expect(errorsOf(again.items)).toHaveLength(50);
		expect(again.items[0].json.error).toMatch(/^Gainsight's quota for 127\.0\.0\.1:\d+ is spent until \d{4}-\d\d-\d\dT[\d:.]+Z: it answered "too many requests" \(HTTP 429\) and asked to wait \d+ s$/);
		ctx.sandbox.configure({ rateLimit: { quota: 100_000, windowMs: 60_000, dailyQuota: 50_000, retryAfter: false } });
	}, 30_000);
});
