/**
 * One quota of a tenant as this n8n process sees it: the pacer (calls a window, learning from
 * 429s), the day's count, and what the answers' rate-limit headers say.
 *
 * Gainsight's limits are per tenant, but a process cannot see the calls of other processes
 * (n8n's queue-mode workers) with the same key. So each process paces to its share (the
 * credential's Processes Sharing This Key), backs off when Gainsight refuses calls anyway, and
 * stops where the headers say the window is used up. One instance per quota of a tenant for the
 * whole process: every execution, node and picker that calls the tenant shares it.
 */
import { CallPacer, type Slot } from './pacing';
import { DailyQuota, type DayRefusal } from './dailyQuota';
import type { ApiErrorDetails } from './errors';
import { rateLimitHint, retryAfterMs, type RateLimitHint } from './rateLimitHeaders';

/** A wait up to one window plus this is a window's refusal; a longer one means the quota is spent for longer (the day). */
export const LONG_WAIT_SLACK_MS = 5_000;

/** After a guessed window boundary, a little more: our clock and Gainsight's differ. */
const BOUNDARY_MARGIN_MS = 50;

export interface QuotaSettings {
	/** Calls a window for the whole tenant (every process together). */
	callsPerWindow: number;
	windowMs: number;
	/** Calls a UTC day for the whole tenant; Infinity where the quota has no daily limit. */
	dailyCalls: number;
	/** Processes that share the quota: each takes its share. */
	processes: number;
}

export type Admission = { slot: Slot; refusal?: undefined } | { refusal: ApiErrorDetails; slot?: undefined };

export type RateLimitedOutcome = { waitUntil: number; refusal?: undefined } | { refusal: ApiErrorDetails; waitUntil?: undefined };

const iso = (time: number) => new Date(time).toISOString();

export class TenantQuota {
	readonly pacer: CallPacer;
	readonly day: DailyQuota;
	/** What the headers said about the limits, and a window boundary they named. */
	private learned: Pick<RateLimitHint, 'windowLimit' | 'dailyLimit'> & { boundary?: number } = {};

	constructor(
		/** The tenant as messages name it (its host). */
		readonly tenant: string,
		private settings: QuotaSettings,
		private readonly now: () => number = Date.now,
	) {
		this.pacer = new CallPacer(this.windowShare(), settings.windowMs, now);
		this.day = new DailyQuota(now);
	}

	configure(settings: QuotaSettings): void {
		this.settings = settings;
		this.pacer.configure(this.windowShare(), settings.windowMs);
	}

	/** This process's calls a window: the tenant's (or less, where the headers say so) divided among the processes. */
	windowShare(): number {
		const tenant = Math.min(this.settings.callsPerWindow, this.learned.windowLimit ?? Infinity);
		return Math.max(1, Math.floor(tenant / this.settings.processes));
	}

	/** This process's calls a UTC day. */
	dailyShare(): number {
		const tenant = Math.min(this.settings.dailyCalls, this.learned.dailyLimit ?? Infinity);
		return Math.max(1, Math.floor(tenant / this.settings.processes));
	}

	/** Waits for this process's turn and counts the call, or says why no call may be sent. */
	admit(): Promise<Admission>;
	/** With a cancel signal: undefined when it aborts while the call waits for its turn. */
	admit(signal: AbortSignal | undefined): Promise<Admission | undefined>;
	async admit(signal?: AbortSignal): Promise<Admission | undefined> {
		const closed = this.day.refusal(this.dailyShare());
		if (closed) return { refusal: this.refusalDetails(closed) };
		const slot = this.pacer.tryAcquire() ?? (await this.pacer.acquire(signal));
		if (!slot) return undefined;
		const refused = this.day.take(this.dailyShare());
		return refused ? { refusal: this.refusalDetails(refused) } : { slot };
	}

	/** An answer other than 429 to the call in `slot`. */
	answered(slot: Slot, headers: Record<string, unknown>): void {
		this.pacer.accept();
		const now = this.now();
		const hint = this.learn(headers, now);
		if (hint.remaining === undefined || hint.resetAt === undefined) return;
		if (hint.resetAt - now > this.settings.windowMs + LONG_WAIT_SLACK_MS) {
			// The figure counts a longer period (the day): none left means nothing goes until it starts over.
			if (hint.remaining <= 0) this.day.markSpent(hint.resetAt - now);
			return;
		}
		this.pacer.remaining(hint.remaining, hint.resetAt, slot);
	}

	/**
	 * A 429 to the call in `slot`, the `consecutive`-th in a row for that call. Gainsight's
	 * windows are fixed: nothing of this process starts before the window the refusal points at
	 * (Retry-After, a reset header, else the next window boundary) and the pace is cut. A wait
	 * longer than a window means the quota is spent (the day): no call before then.
	 */
	rateLimited(slot: Slot, headers: Record<string, unknown>, consecutive: number): RateLimitedOutcome {
		const now = this.now();
		const hint = this.learn(headers, now);
		const asked = retryAfterMs(headers, now) ?? (hint.resetAt !== undefined ? Math.max(0, hint.resetAt - now) : undefined);
		if (asked !== undefined && asked > this.settings.windowMs + LONG_WAIT_SLACK_MS) {
			this.pacer.refused(slot, now);
			const until = this.day.markSpent(asked);
			return {
				refusal: {
					message: `Gainsight answered "too many requests" (HTTP 429) for ${this.tenant} and asked to wait ${Math.ceil(asked / 1000)} s, until ${iso(until)}: longer than a rate-limit window`,
					description: `The quota for this tenant is spent until then (the daily quota, or another integration's load). This n8n process sends no call to ${this.tenant} before that time: run the workflow again after it.`,
					httpCode: 429,
				},
			};
		}
		const waitUntil = asked !== undefined ? now + asked : this.nextBoundary(now, consecutive);
		this.pacer.refused(slot, waitUntil);
		return { waitUntil };
	}

	/** When the next fixed window starts: from a boundary the headers named, else on the clock's multiples of the window; a whole window after a second refusal in a row. */
	private nextBoundary(now: number, consecutive: number): number {
		const { windowMs } = this.settings;
		if (consecutive > 1) return now + windowMs;
		const origin = this.learned.boundary ?? 0;
		const passed = (((now - origin) % windowMs) + windowMs) % windowMs;
		return now - passed + windowMs + BOUNDARY_MARGIN_MS;
	}

	private learn(headers: Record<string, unknown>, now: number): RateLimitHint {
		const hint = rateLimitHint(headers, this.settings.windowMs, now);
		const before = this.windowShare();
		if (hint.windowLimit !== undefined) this.learned.windowLimit = hint.windowLimit;
		if (hint.dailyLimit !== undefined) this.learned.dailyLimit = hint.dailyLimit;
		if (hint.resetAt !== undefined && hint.resetAt - now <= this.settings.windowMs) this.learned.boundary = hint.resetAt;
		if (this.windowShare() !== before) this.pacer.configure(this.windowShare(), this.settings.windowMs);
		return hint;
	}

	private refusalDetails(refusal: DayRefusal): ApiErrorDetails {
		if (refusal.reason === 'spent') {
			return {
				message: `Gainsight's quota for ${this.tenant} is spent until ${iso(refusal.until)}: it answered "too many requests" (HTTP 429) and asked to wait ${Math.ceil(refusal.askedMs / 1000)} s`,
				description: `No call was sent for this item: this n8n process sends no call to ${this.tenant} before that time. Run the workflow again after it.`,
			};
		}
		const share = this.dailyShare();
		const { processes } = this.settings;
		const whose =
			processes > 1
				? `The daily quota of ${Math.min(this.settings.dailyCalls, this.learned.dailyLimit ?? Infinity)} calls is shared by ${processes} processes (the credential's Processes Sharing This Key): this n8n process sends at most ${share} a UTC day.`
				: `This n8n process has sent ${share} calls to the tenant today (UTC).`;
		return {
			message: `Daily quota of ${share} calls reached for ${this.tenant}, resets at ${iso(refusal.until)}`,
			description: `${whose} No call was sent for this item: run it again after the reset, or raise Daily Quota in the Gainsight credential if your tenant allows more.`,
		};
	}
}

const quotas = new Map<string, TenantQuota>();

/** The process-wide state of one quota of a tenant (`key`), set to the credential's current settings. */
export function quotaFor(key: string, tenant: string, settings: QuotaSettings): TenantQuota {
	let quota = quotas.get(key);
	if (!quota) {
		quota = new TenantQuota(tenant, settings);
		quotas.set(key, quota);
	} else {
		quota.configure(settings);
	}
	return quota;
}
