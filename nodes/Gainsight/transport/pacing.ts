/**
 * Pacing: keeps this process's calls to one quota of a tenant within its share instead of running
 * into 429s.
 *
 * Gainsight counts calls in fixed windows whose start we cannot see. A limiter that lets at most
 * `n` calls start in ANY interval of one window's length (a sliding log of start times) never
 * puts more than `n` calls into any fixed window, wherever it starts. A small margin covers
 * the spread of network delays between our clock and Gainsight's.
 *
 * `n` is the process's allowance: at most its ceiling (the quota's share for this process), cut
 * in half when Gainsight refuses a call anyway (other processes or integrations use the same
 * quota) and raised again a little for each window without a refusal (additive increase,
 * multiplicative decrease). After a refusal nothing starts before the window the refusal points
 * at (the next fixed window, or what Gainsight asked for); where Gainsight says how many calls
 * the window has left, the process stops when none are left.
 *
 * One pacer per quota of a tenant for the whole n8n process (see quota.ts). It waits with
 * n8n-workflow's sleep.
 */
import { waitUnlessAborted } from '../helpers/wait';

/** Extra spacing per window for network jitter: 2% of the window, at most one second. */
const marginMs = (windowMs: number) => Math.min(1000, Math.ceil(windowMs * 0.02));

/** The allowance after a refusal, as a share of the one before. */
const DECREASE = 0.5;

/** What a window without a refusal adds back: a twentieth of the ceiling, at least one call. */
const increaseOf = (ceiling: number) => Math.max(1, ceiling / 20);

/** One call's place in the pacer: when it started, and how many calls the pacer let start before it. */
export interface Slot {
	start: number;
	seq: number;
}

export class CallPacer {
	/** Start times of the calls in the current window, oldest first. */
	private readonly starts: number[] = [];

	/** Calls a window this process allows itself now (AIMD between 1 and the ceiling). */
	private allowance: number;

	/** From this time on, each whole window without a refusal raises the allowance. */
	private growFrom: number;

	/** When the allowance was last cut: refusals of calls sent before that are the same overload. */
	private cutAt = Number.NEGATIVE_INFINITY;

	/** No call starts before this time. */
	private holdUntil = 0;

	/** What Gainsight last said is left of the current window: calls, until when. */
	private window?: { left: number; until: number };

	/** Calls that went through (not refused with 429): a waiting call sees whether the process gets anywhere. */
	private acceptedCalls = 0;

	/** Calls started so far. */
	private started = 0;

	constructor(
		private ceiling: number,
		private windowMs: number,
		private readonly now: () => number = Date.now,
	) {
		this.allowance = ceiling;
		this.growFrom = now();
	}

	/** Follows a changed setting; a new ceiling starts the learning over. */
	configure(ceiling: number, windowMs: number): void {
		if (ceiling !== this.ceiling || windowMs !== this.windowMs) {
			this.allowance = ceiling;
			this.growFrom = this.now();
		}
		this.ceiling = ceiling;
		this.windowMs = windowMs;
	}

	/** The calls a window this process allows itself now. */
	get callsPerWindow(): number {
		this.grow(this.now());
		return Math.max(1, Math.floor(this.allowance));
	}

	get accepted(): number {
		return this.acceptedCalls;
	}

	/** How long the next call must wait (0: it may start now). */
	waitMs(): number {
		const now = this.now();
		if (this.holdUntil > now) return this.holdUntil - now;
		if (this.window && this.window.until <= now) this.window = undefined;
		if (this.window && this.window.left <= 0) return this.window.until - now;
		const span = this.windowMs + marginMs(this.windowMs);
		while (this.starts.length && this.starts[0] <= now - span) this.starts.shift();
		const quota = this.callsPerWindow;
		if (this.starts.length < quota) return 0;
		return this.starts[this.starts.length - quota] + span - now;
	}

	/** Takes a slot if one is free now (no promise, no tick: most calls of a run take this path). */
	tryAcquire(): Slot | undefined {
		if (this.waitMs() > 0) return undefined;
		const start = this.now();
		this.starts.push(start);
		if (this.window) this.window.left--;
		return { start, seq: this.started++ };
	}

	/** Waits for a free slot and takes it; undefined when `signal` aborts first. */
	async acquire(signal?: AbortSignal): Promise<Slot | undefined> {
		for (;;) {
			const slot = this.tryAcquire();
			if (slot) return slot;
			if (!(await waitUnlessAborted(this.waitMs(), signal))) return undefined;
		}
	}

	/** A call went through. */
	accept(): void {
		this.acceptedCalls++;
	}

	/**
	 * The call in `slot` was refused with 429: nothing starts before `resumeAt`, and the
	 * allowance is cut, once per overload (refusals of calls that started before the last cut
	 * are the same overload). A refused call did not count in Gainsight's window: its slot is freed.
	 */
	refused({ start }: Slot, resumeAt: number): void {
		const index = this.starts.lastIndexOf(start);
		if (index >= 0) this.starts.splice(index, 1);
		this.holdUntil = Math.max(this.holdUntil, resumeAt);
		if (start >= this.cutAt) {
			this.cutAt = this.now();
			this.grow(this.cutAt);
			this.allowance = Math.max(1, this.allowance * DECREASE);
		}
		this.growFrom = Math.max(this.growFrom, this.holdUntil);
	}

	/**
	 * Gainsight said `left` calls remain in its window until `until` (x-ratelimit-remaining and
	 * -reset) in the answer to the call in `slot`. Calls this process started after that one are
	 * not in the figure yet.
	 */
	remaining(left: number, until: number, slot: Slot): void {
		if (until <= this.now()) return;
		this.window = { left: left - (this.started - slot.seq - 1), until };
	}

	/** Additive increase: each whole window since `growFrom` (no hold, no refusal) adds back. */
	private grow(now: number): void {
		if (now < this.holdUntil || this.allowance >= this.ceiling) {
			if (this.allowance >= this.ceiling) this.growFrom = Math.max(this.growFrom, now);
			return;
		}
		const windows = Math.floor((now - this.growFrom) / this.windowMs);
		if (windows <= 0) return;
		this.allowance = Math.min(this.ceiling, this.allowance + windows * increaseOf(this.ceiling));
		this.growFrom += windows * this.windowMs;
	}
}
