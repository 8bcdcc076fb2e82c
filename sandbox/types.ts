import type { SandboxStore } from './store';
import type { FaultConfig, FaultKind } from './faults';
import type { Shapes } from './shapes';

export interface SandboxOptions {
  /** 0 = a random free port (default 0). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 'sandbox-access-key'. */
  accessKey?: string;
  /**
   * Default {quota: 100, windowMs: 60000, dailyQuota: 50000, retryAfter: false, headers: false}.
   * With retryAfter a 429 carries a Retry-After header (seconds, rounded up); with headers every
   * answer carries x-ratelimit-limit / -remaining / -reset (see rate-limit.ts).
   */
  rateLimit?: { quota: number; windowMs: number; dailyQuota?: number; retryAfter?: boolean; headers?: boolean };
  /** Artificial delay of every API answer (default 0). */
  latencyMs?: number;
  /**
   * Keep the rows a data-object read matched, so the next pages of the same read do not scan
   * again, until a data-object write through the API (default false; direct store edits are not seen).
   * For the bench: a tenant answers pages side by side, the sandbox is one thread.
   */
  readCache?: boolean;
  /** Load the default seed data (default true). */
  seed?: boolean;
  /** Keep a request log (default true). */
  log?: boolean;
  /** Fault injection (see faults.ts); null = none. reset() removes them; configure() restarts their counters. */
  faults?: FaultConfig | null;
  /**
   * Which documented answer shape to serve where Gainsight documents several (see shapes.ts);
   * default {read: 'list', describe: 'list', emptyRead: 'error'}. A partial object changes only
   * the axes it names; reset() goes back to the shapes the sandbox was started with.
   */
  shapes?: Partial<Shapes>;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  accessKeyValid: boolean;
  headers: Record<string, string | string[] | undefined>;
  at: number;
  /** How many other calls the sandbox was still answering when this one arrived. */
  othersInFlight: number;
  errorCode?: string | null;
  /** The fault injected into this call, if any. */
  fault?: FaultKind;
}

export interface Sandbox {
  url: string;
  port: number;
  /** Every API request received (429s and auth failures included), in order. */
  log: LoggedRequest[];
  store: SandboxStore;
  /** Change rate limit / latency / access key / logging at run time (resets the window counters). */
  configure(o: Partial<SandboxOptions>): void;
  /** Clear log, counters and data, then re-seed. */
  reset(): void;
  clearLog(): void;
  /** Faults injected since the last configure/reset, by kind. */
  faultsInjected(): Record<string, number>;
  close(): Promise<void>;
}
