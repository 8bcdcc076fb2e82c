import { mergeOptions, DEFAULTS, type ResolvedOptions } from './options';
import { RateLimiter } from './rate-limit';
import { FaultInjector } from './faults';
import { seedStore } from './seed';
import { seedDataObjects } from './seed-objects';
import { SandboxStore } from './store';
import type { Shapes } from './shapes';
import type { LoggedRequest, SandboxOptions } from './types';

/** Everything one running sandbox holds: options, data, request log, rate limiter. */
export class SandboxState {
  readonly store = new SandboxStore();
  readonly log: LoggedRequest[] = [];
  readonly limiter: RateLimiter;
  readonly faults = new FaultInjector();
  opts: ResolvedOptions;
  /** API calls received and not yet answered. */
  inFlight = 0;
  private seq = 0;
  /** The shapes given at start: reset() returns to them (a test's configure() does not leak into the next). */
  private readonly startShapes: Shapes;

  constructor(options: SandboxOptions = {}) {
    this.opts = mergeOptions(DEFAULTS, options);
    this.startShapes = this.opts.shapes;
    this.limiter = new RateLimiter(this.opts.rateLimit, Date.now());
    this.faults.configure(this.opts.faults);
    this.store.useReadCache(this.opts.readCache);
    this.seed();
  }

  /** Load the seed data (seed.ts, then the data objects of seed-objects.ts, which point at its companies and users). */
  private seed(): void {
    if (!this.opts.seed) return;
    seedStore(this.store);
    seedDataObjects(this.store);
  }

  /** Change rate limit, latency, access key or logging; the rate-limit windows start again now. */
  configure(patch: Partial<SandboxOptions>): void {
    this.opts = mergeOptions(this.opts, patch);
    if (patch.faults !== undefined) this.faults.configure(patch.faults);
    this.store.useReadCache(this.opts.readCache);
    this.limiter.configure(this.opts.rateLimit, Date.now());
  }

  /** Clear log, counters, faults and data, restore the start shapes, then re-seed (the log array and the store keep their identity). */
  reset(): void {
    this.log.length = 0;
    this.seq = 0;
    this.limiter.reset(Date.now());
    this.opts = { ...this.opts, faults: null, shapes: this.startShapes };
    this.faults.configure(null);
    this.store.clear();
    this.seed();
  }

  clearLog(): void {
    this.log.length = 0;
  }

  record(entry: Omit<LoggedRequest, 'seq'>): void {
    this.seq++;
    if (this.opts.log) this.log.push({ seq: this.seq, ...entry });
  }

  /** The settings the control endpoint reports (never the access key). */
  publicConfig(): { rateLimit: ResolvedOptions['rateLimit']; latencyMs: number; log: boolean; seed: boolean; shapes: Shapes } {
    const { rateLimit, latencyMs, log, seed, shapes } = this.opts;
    return { rateLimit: { ...rateLimit }, latencyMs, log, seed, shapes: { ...shapes } };
  }
}
