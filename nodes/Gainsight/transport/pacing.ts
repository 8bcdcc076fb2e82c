/**
 * Pacing: keeps the calls to one tenant within its rate limit instead of running into 429s.
 *
 * Gainsight counts calls in fixed windows whose start we cannot see. A limiter that lets at most
 * `quota` calls start in ANY interval of one window's length (a sliding log of start times) never
 * puts more than `quota` calls into any fixed window, wherever it starts. A small margin covers
 * the spread of network delays between our clock and Gainsight's.
 *
 * One limiter per quota of a tenant (base URL; the Timeline API has its own) for the whole n8n process: every execution, every node and
 * every picker that calls the same tenant shares it. It waits with n8n-workflow's `sleep`.
 */
import { sleep } from 'n8n-workflow';

/** Extra spacing per window for network jitter: 2% of the window, at most one second. */
const marginMs = (windowMs: number) => Math.min(1000, Math.ceil(windowMs * 0.02));

export class CallPacer {
	/** Start times of the calls in the current window, oldest first. */
	private readonly starts: number[] = [];

	constructor(
		private quota: number,
		private windowMs: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Follows a changed credential setting. */
	configure(quota: number, windowMs: number): void {
		this.quota = quota;
		this.windowMs = windowMs;
	}

	/** How long the next call must wait (0: it may start now). */
	waitMs(): number {
		const span = this.windowMs + marginMs(this.windowMs);
		const now = this.now();
		while (this.starts.length && this.starts[0] <= now - span) this.starts.shift();
		if (this.starts.length < this.quota) return 0;
		return this.starts[this.starts.length - this.quota] + span - now;
	}

	/** Takes a slot if one is free now (no promise, no tick: most calls of a run take this path). */
	tryAcquire(): boolean {
		if (this.waitMs() > 0) return false;
		this.starts.push(this.now());
		return true;
	}

	/** Waits for a free slot in the window and takes it. */
	async acquire(): Promise<void> {
		while (!this.tryAcquire()) await sleep(this.waitMs());
	}
}

const pacers = new Map<string, CallPacer>();

/** The process-wide pacer of one quota of a tenant (`key`), set to the quota's current size. */
export function pacerFor(key: string, quota: number, windowMs: number): CallPacer {
	let pacer = pacers.get(key);
	if (!pacer) {
		pacer = new CallPacer(quota, windowMs);
		pacers.set(key, pacer);
	} else {
		pacer.configure(quota, windowMs);
	}
	return pacer;
}
