/**
 * The day: Gainsight allows a tenant 50,000 calls a day (fixed window). This process counts its
 * calls to a tenant per UTC day, and keeps what Gainsight said about the quota being spent
 * (a 429 asking to wait longer than a window): until then no call is sent.
 */
export const DAY_MS = 86_400_000;

export type DayRefusal =
	/** This process's calls today reached its share of the daily quota. */
	| { reason: 'daily'; until: number }
	/** Gainsight said the quota is spent until `until`. */
	| { reason: 'spent'; until: number; askedMs: number };

export class DailyQuota {
	private day = -1;
	private used = 0;
	private spent?: { until: number; askedMs: number };

	constructor(private readonly now: () => number = Date.now) {}

	/** Calls counted today (UTC). */
	get usedToday(): number {
		this.roll(this.now());
		return this.used;
	}

	/** Why no call may be sent now, if none may. */
	refusal(limit: number): DayRefusal | undefined {
		const now = this.now();
		this.roll(now);
		if (this.spent && this.spent.until > now) return { reason: 'spent', ...this.spent };
		this.spent = undefined;
		if (this.used >= limit) return { reason: 'daily', until: (this.day + 1) * DAY_MS };
		return undefined;
	}

	/** Counts one call against today's `limit`; the refusal instead when none may be sent. */
	take(limit: number): DayRefusal | undefined {
		const refusal = this.refusal(limit);
		if (!refusal) this.used++;
		return refusal;
	}

	/** Gainsight refused a call and asked to wait `askedMs`: nothing is sent before then. */
	markSpent(askedMs: number): number {
		const until = this.now() + askedMs;
		if (!this.spent || this.spent.until < until) this.spent = { until, askedMs };
		return until;
	}

	private roll(now: number): void {
		const day = Math.floor(now / DAY_MS);
		if (day !== this.day) {
			this.day = day;
			this.used = 0;
		}
	}
}
