/**
 * The tenant's quota as one process sees it, on an injected clock: the pacer's allowance learning
 * from 429s (AIMD), the share of the processes sharing a key, the rate-limit headers, and the day.
 */
import { DailyQuota, DAY_MS } from '../nodes/Gainsight/transport/dailyQuota';
import { CallPacer, type Slot } from '../nodes/Gainsight/transport/pacing';
import { TenantQuota, type QuotaSettings } from '../nodes/Gainsight/transport/quota';
import { rateLimitHint, retryAfterMs } from '../nodes/Gainsight/transport/rateLimitHeaders';

/** Takes every slot free at `time`. */
function takeAll(pacer: CallPacer, clock: { now: number }, time: number): Slot[] {
	clock.now = time;
	const slots: Slot[] = [];
	for (let slot = pacer.tryAcquire(); slot !== undefined; slot = pacer.tryAcquire()) slots.push(slot);
	return slots;
}

/** A call's slot, for a refusal or an answer to a call the test did not take from the pacer. */
const at = (start: number, seq = 0): Slot => ({ start, seq });

describe('CallPacer › learning from 429s', () => {
	it('a 429 holds every call until the window it points at, halves the allowance once per overload, and frees the refused slot', () => {
		const clock = { now: 0 };
		const pacer = new CallPacer(10, 1000, () => clock.now);
		const starts = takeAll(pacer, clock, 0);
		expect(starts).toHaveLength(10);

		clock.now = 300;
		pacer.refused(starts[9], 1000);
		expect(pacer.callsPerWindow).toBe(5);
		expect(pacer.waitMs()).toBe(700);
		// more refusals of calls sent before the cut: the same overload, no further cut
		pacer.refused(starts[8], 1000);
		pacer.refused(starts[7], 1000);
		expect(pacer.callsPerWindow).toBe(5);

		// after the hold the 7 calls that went through still count until they leave the sliding window
		expect(takeAll(pacer, clock, 1000)).toEqual([]);
		expect(takeAll(pacer, clock, 1020)).toHaveLength(5);

		// a refusal of a call sent after the cut is a new overload: cut again, never below 1
		clock.now = 1100;
		pacer.refused(at(1020), 2000);
		expect(pacer.callsPerWindow).toBe(2);
		for (const time of [2100, 3200]) {
			clock.now = time;
			pacer.refused(at(time), time + 1000);
		}
		expect(pacer.callsPerWindow).toBe(1);
	});

	it('each whole window without a refusal adds back a twentieth of the ceiling (at least one call), up to the ceiling', () => {
		const clock = { now: 0 };
		const pacer = new CallPacer(10, 1000, () => clock.now);
		pacer.refused(at(0), 1000);
		expect(pacer.callsPerWindow).toBe(5);
		clock.now = 1999;
		expect(pacer.callsPerWindow).toBe(5); // the hold ended at 1000: no whole window since
		clock.now = 2000;
		expect(pacer.callsPerWindow).toBe(6);
		clock.now = 4000;
		expect(pacer.callsPerWindow).toBe(8);
		clock.now = 60_000;
		expect(pacer.callsPerWindow).toBe(10);

		const big = new CallPacer(100, 1000, () => clock.now);
		big.refused(at(clock.now), clock.now);
		expect(big.callsPerWindow).toBe(50);
		clock.now += 1000;
		expect(big.callsPerWindow).toBe(55);
	});

	it('a changed ceiling starts over; the same one keeps what was learned', () => {
		const clock = { now: 0 };
		const pacer = new CallPacer(10, 1000, () => clock.now);
		pacer.refused(at(0), 0);
		pacer.configure(10, 1000);
		expect(pacer.callsPerWindow).toBe(5);
		pacer.configure(4, 1000);
		expect(pacer.callsPerWindow).toBe(4);
	});

	it('stops when Gainsight says the window has no call left, counting the calls sent after the one answered', () => {
		const clock = { now: 0 };
		const pacer = new CallPacer(10, 1000, () => clock.now);
		const sent = [pacer.tryAcquire()!, pacer.tryAcquire()!, pacer.tryAcquire()!];
		// the answer to the first call says 4 are left: the 2 sent since are among those 4
		pacer.remaining(4, 800, sent[0]);
		expect(takeAll(pacer, clock, 10)).toHaveLength(2);
		clock.now = 500;
		expect(pacer.waitMs()).toBe(300);
		// the window started over: the sliding log rules again (5 of its 10 taken)
		expect(takeAll(pacer, clock, 800)).toHaveLength(5);
	});
});

describe('TenantQuota', () => {
	const settings = (patch: Partial<QuotaSettings> = {}): QuotaSettings => ({ callsPerWindow: 20, windowMs: 5000, dailyCalls: 50_000, processes: 1, ...patch });

	it('each of the processes sharing a key paces to its share of the window and of the day', () => {
		const quota = new TenantQuota('acme.gainsightcloud.com', settings({ processes: 4 }), () => 0);
		expect(quota.windowShare()).toBe(5);
		expect(quota.pacer.callsPerWindow).toBe(5);
		expect(quota.dailyShare()).toBe(12_500);
		quota.configure(settings({ processes: 3 }));
		expect(quota.windowShare()).toBe(6); // 18 of 20: a fixed window holds whole calls only
	});

	it('a lower x-ratelimit-limit than the credential says lowers the share', async () => {
		const quota = new TenantQuota('t', settings({ processes: 2 }), () => 0);
		const admitted = await quota.admit();
		quota.answered(admitted.slot!, { 'X-RateLimit-Limit': '8' });
		expect(quota.windowShare()).toBe(4);
		expect(quota.pacer.callsPerWindow).toBe(4);
		quota.answered(at(0), { 'x-ratelimit-limit': '500' });
		expect(quota.windowShare()).toBe(10);
	});

	it('after a 429 without hints it waits for the next window boundary (a whole window after a second one in a row); with a reset header, until then', () => {
		const clock = { now: 12_300 };
		const quota = new TenantQuota('t', settings(), () => clock.now);
		expect(quota.rateLimited(at(12_000), {}, 1)).toEqual({ waitUntil: 15_050 });
		expect(quota.rateLimited(at(12_000), {}, 2)).toEqual({ waitUntil: 17_300 });
		expect(quota.rateLimited(at(12_000), { 'x-ratelimit-reset': '2' }, 1)).toEqual({ waitUntil: 14_300 });
		// the boundary a reset header named is kept for later refusals without hints
		expect(quota.rateLimited(at(12_000), {}, 1)).toEqual({ waitUntil: 14_350 });
		expect(quota.rateLimited(at(12_000), { 'retry-after': '1' }, 1)).toEqual({ waitUntil: 13_300 });
	});

	it('a 429 asking for longer than a window marks the quota spent: that call and every later one until then fail without a call', async () => {
		const clock = { now: Date.UTC(2025, 0, 1, 10) };
		const quota = new TenantQuota('acme.gainsightcloud.com', settings({ windowMs: 60_000 }), () => clock.now);
		const outcome = quota.rateLimited(at(clock.now), { 'retry-after': String(14 * 3600) }, 1);
		expect(outcome.refusal?.message).toBe(
			'Gainsight answered "too many requests" (HTTP 429) for acme.gainsightcloud.com and asked to wait 50400 s, until 2025-01-02T00:00:00.000Z: longer than a rate-limit window',
		);
		expect(outcome.refusal?.httpCode).toBe(429);
		clock.now += 3600_000;
		const later = await quota.admit();
		expect(later.refusal?.message).toBe(
			'Gainsight\'s quota for acme.gainsightcloud.com is spent until 2025-01-02T00:00:00.000Z: it answered "too many requests" (HTTP 429) and asked to wait 50400 s',
		);
		expect(quota.day.usedToday).toBe(0);
		clock.now = Date.UTC(2025, 0, 2);
		expect((await quota.admit()).slot?.start).toBe(clock.now);
	});

	it('a reset header beyond the window on a 429 is the same; an answer saying none left until then, too', async () => {
		const clock = { now: 1_000_000 };
		const quota = new TenantQuota('t', settings(), () => clock.now);
		expect(quota.rateLimited(at(clock.now), { 'x-ratelimit-reset': '3600' }, 1).refusal?.message).toContain('asked to wait 3600 s');

		const other = new TenantQuota('t', settings(), () => clock.now);
		other.answered(at(clock.now), { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '7200' });
		expect((await other.admit()).refusal?.message).toContain('is spent until');
	});

	it('counts calls per UTC day: past the share, no call, a message naming the tenant and the next UTC midnight; the next day starts over', async () => {
		const clock = { now: Date.UTC(2025, 4, 31, 23, 59) };
		const quota = new TenantQuota('acme.gainsightcloud.com', settings({ dailyCalls: 6, processes: 2 }), () => clock.now);
		for (let call = 0; call < 3; call++) expect((await quota.admit()).refusal).toBeUndefined();
		const refused = await quota.admit();
		expect(refused.refusal?.message).toBe('Daily quota of 3 calls reached for acme.gainsightcloud.com, resets at 2025-06-01T00:00:00.000Z');
		expect(refused.refusal?.description).toContain('shared by 2 processes');
		expect(quota.day.usedToday).toBe(3);
		clock.now = Date.UTC(2025, 5, 1, 0, 0, 1);
		expect((await quota.admit()).refusal).toBeUndefined();
	});
});

describe('DailyQuota', () => {
	it('rolls over at midnight UTC and keeps the later of two spent marks', () => {
		const clock = { now: 5 * DAY_MS - 1 };
		const day = new DailyQuota(() => clock.now);
		expect(day.take(1)).toBeUndefined();
		expect(day.take(1)).toEqual({ reason: 'daily', until: 5 * DAY_MS });
		clock.now = 5 * DAY_MS;
		expect(day.take(1)).toBeUndefined();
		day.markSpent(10_000);
		day.markSpent(5_000);
		expect(day.refusal(100)).toEqual({ reason: 'spent', until: 5 * DAY_MS + 10_000, askedMs: 10_000 });
	});
});

describe('rate-limit headers', () => {
	const now = 1_000_000;
	it('reads the x-ratelimit-* spellings in any case: a bare limit is the window\'s, the reset is seconds from now', () => {
		expect(rateLimitHint({ 'X-RateLimit-Limit': '100', 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': '12' }, 60_000, now)).toEqual({
			windowLimit: 100,
			remaining: 7,
			resetAt: now + 12_000,
		});
	});

	it('reads policies with w= by their window, ignores bare lists it cannot place, and other spellings', () => {
		expect(rateLimitHint({ 'ratelimit-limit': '100, 100;w=60, 50000;w=86400', 'ratelimit-remaining': '3' }, 60_000, now)).toEqual({
			windowLimit: 100,
			dailyLimit: 50_000,
			remaining: 3,
			resetAt: undefined,
		});
		expect(rateLimitHint({ 'x-ratelimit-limit': '12, 80' }, 60_000, now).windowLimit).toBeUndefined();
		expect(rateLimitHint({ 'x-rate-limit-remaining': ['0'] }, 60_000, now).remaining).toBe(0);
	});

	it('a reset may be epoch seconds, epoch ms or an HTTP date; Retry-After seconds or a date', () => {
		expect(rateLimitHint({ 'x-ratelimit-reset': '1700000000' }, 60_000, now).resetAt).toBe(1_700_000_000_000);
		expect(rateLimitHint({ 'x-ratelimit-reset': '1700000000123' }, 60_000, now).resetAt).toBe(1_700_000_000_123);
		expect(rateLimitHint({ 'x-ratelimit-reset': 'Wed, 21 Oct 2015 07:28:00 GMT' }, 60_000, now).resetAt).toBe(Date.UTC(2015, 9, 21, 7, 28));
		expect(retryAfterMs({ 'Retry-After': '3' }, now)).toBe(3000);
		expect(retryAfterMs({ 'retry-after': new Date(now + 5000).toUTCString() }, now)).toBe(5000);
		expect(retryAfterMs({}, now)).toBeUndefined();
	});
});
