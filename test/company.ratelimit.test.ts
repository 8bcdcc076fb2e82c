/**
 * Rate limiting. The node paces its calls to the credential's quota, so with the right quota no
 * 429 happens at all; when the tenant gives less than the credential says (other integrations
 * share the quota), Gainsight's fixed window answers 429 and the node waits and sends the
 * refused call again. These tests wait for real windows, so they take a few seconds.
 */
import type { IDataObject } from 'n8n-workflow';

import { companies, runGainsight, useSandbox, autoMapColumns } from './support';

const ctx = useSandbox();
// epoch dates: this test counts the write calls, which the ISO default's describe would join
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { dateFormat: 'epoch' } };
/** The credential promises more than the sandbox allows (2 a second), as when other integrations share the quota. */
const OVERSTATED_QUOTA = { callsPerWindow: 100, windowSeconds: 1 };
const recordsOf = (body: unknown) => (body as { records: IDataObject[] }).records;
const storedTestCompanies = () => [...ctx.sandbox.store.companies.values()].filter((company) => String(company.ExternalId__gc).startsWith('T-'));

function expectEveryRecordStoredOnce(count: number) {
	const stored = storedTestCompanies().map((company) => company.ExternalId__gc);
	expect(stored).toHaveLength(count);
	expect(new Set(stored).size).toBe(count);
	// what the sandbox accepted: each record once
	const accepted = ctx.sandbox.log.filter((entry) => entry.status === 200).flatMap((entry) => recordsOf(entry.body));
	expect(accepted).toHaveLength(count);
}

function expectRefusedCallsSentAgain() {
	const { log } = ctx.sandbox;
	const refused = log.filter((entry) => entry.status === 429);
	expect(refused.length).toBeGreaterThanOrEqual(1);
	for (const entry of refused) {
		expect(entry.errorCode).toBe('GS_RATE_429');
		// the same call succeeded later
		expect(log.some((later) => later.seq > entry.seq && later.status === 200 && JSON.stringify(later.body) === JSON.stringify(entry.body))).toBe(true);
	}
	expect(log[log.length - 1].status).toBe(200);
}

describe('Company › rate limit', () => {
	it('200 items (4 calls) against 2 calls a second: all 200 stored exactly once, no error, 429s then success', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 2, windowMs: 1000, retryAfter: false } });
		const items = companies(200);
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, credentials: OVERSTATED_QUOTA });
		expect(error).toBeUndefined();

		expect(out).toHaveLength(200);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.error).toBeUndefined();
			expect(item.json.Gsid).toMatch(/^[0-9A-Z]{36}$/);
		});
		expectEveryRecordStoredOnce(200);
		expect(ctx.sandbox.log.filter((entry) => entry.status === 200)).toHaveLength(4);
		expectRefusedCallsSentAgain();
	}, 20_000);

	it('the same with a Retry-After header: all 200 stored exactly once, no error', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 2, windowMs: 1000, retryAfter: true } });
		const started = Date.now();
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items: companies(200), credentials: OVERSTATED_QUOTA });
		expect(error).toBeUndefined();
		expect(out).toHaveLength(200);
		expect(out.every((item) => item.json.error === undefined)).toBe(true);
		expectEveryRecordStoredOnce(200);
		expectRefusedCallsSentAgain();
		// 4 calls at 2 a second cannot all be done inside the first window
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	}, 20_000);

	it('upsert under the limit: the read and the writes are each retried, nothing is inserted twice', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 1, windowMs: 1500, retryAfter: false } });
		const items = [...companies(3), { ExternalId__gc: 'EXT-0001', ARR: 5 }];
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			{ resource: 'company', operation: 'upsert', columns: autoMapColumns(['ExternalId__gc']), options: { dateFormat: 'epoch' } },
			{ items, credentials: { callsPerWindow: 100, windowSeconds: 1.5 } },
		);
		expect(error).toBeUndefined();
		expect(out).toHaveLength(4);
		expect(ctx.sandbox.store.companies.size).toBe(before + 3);
		expect(storedTestCompanies()).toHaveLength(3);
		const ok = ctx.sandbox.log.filter((entry) => entry.status === 200).map((entry) => `${entry.method} ${entry.path}`);
		// the read comes first; the update and the insert chunks are independent and run side by side, in either order
		expect(ok[0]).toBe('POST /v1/data/objects/query/Company');
		expect(ok.slice(1).sort()).toEqual(['POST /v1/data/objects/Company', 'PUT /v1/data/objects/Company']);
		expectRefusedCallsSentAgain();
	}, 20_000);

	it('when the quota never comes back (daily quota used up), the refused chunk\'s items become 429 error items after bounded retries', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 100, windowMs: 100, dailyQuota: 1, retryAfter: false } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, {
			items: companies(60),
			credentials: { callsPerWindow: 100, windowSeconds: 0.1 },
			continueOnFail: true,
		});
		ctx.sandbox.configure({ rateLimit: { quota: 100_000, windowMs: 60_000, dailyQuota: 50_000 } });
		expect(error).toBeUndefined();
		expect(out).toHaveLength(60);
		expect(out.slice(0, 50).every((item) => item.json.error === undefined)).toBe(true);
		for (const item of out.slice(50)) {
			expect(item.json.error).toEqual(expect.stringContaining('429'));
			expect(item.json.httpCode).toBe(429);
		}
		expectEveryRecordStoredOnce(50);
		const refused = ctx.sandbox.log.filter((entry) => entry.status === 429);
		expect(refused.length).toBeGreaterThan(1);
		expect(refused.length).toBeLessThanOrEqual(10);
	}, 20_000);
});

describe('Company › pacing to the credential\'s quota', () => {
	const refusals = () => ctx.sandbox.log.filter((entry) => entry.status === 429);

	// The sandbox allows one call more than the credential says: slack for a loaded machine's timing,
	// while 4 calls at once (no pacing) would still be refused.
	it('200 items (4 calls, 4 at once) against 3 calls a second with the credential saying 2: no 429 at all, every record once, in order', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 3, windowMs: 1000, retryAfter: false } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, {
			items: companies(200),
			credentials: { callsPerWindow: 2, windowSeconds: 1 },
		});
		expect(error).toBeUndefined();
		expect(refusals()).toHaveLength(0);
		expect(out.map((item) => item.pairedItem)).toEqual(companies(200).map((_, index) => ({ item: index })));
		expect(out.map((item) => item.json.ExternalId__gc)).toEqual(companies(200).map((company) => company.ExternalId__gc));
		expectEveryRecordStoredOnce(200);
	}, 20_000);

	it('two executions at the same time share one pacer per tenant: together they stay within the quota', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 3, windowMs: 1000, retryAfter: false } });
		// unshared, each execution would send its 2 calls at once: 4 in the first second
		const credentials = { callsPerWindow: 2, windowSeconds: 1 };
		const [first, second] = await Promise.all([
			runGainsight(ctx.sandbox, insert, { items: companies(100, 0), credentials }),
			runGainsight(ctx.sandbox, insert, { items: companies(100, 100), credentials }),
		]);
		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(refusals()).toHaveLength(0);
		expect(ctx.sandbox.log).toHaveLength(4);
		expectEveryRecordStoredOnce(200);
	}, 20_000);
});
