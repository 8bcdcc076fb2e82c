import { CODES, fail, type Reply } from './envelope';
import { isObject, type Row } from './util';
import { validationFailure } from './validate';

/**
 * Fault injection: what a flaky network, proxy or Gainsight itself does to a call. Chosen
 * deterministically so a test can repeat it: by rule (the Nth matching call, a path, a method)
 * or at a seeded random rate. Faults hit API calls only (after the access key and rate limit).
 *
 *   rate429       HTTP 429 (with Retry-After: 1); nothing applied
 *   http500/502/503  that status with a Gainsight envelope; nothing applied
 *   resetBefore   the socket is destroyed before the call is handled; nothing applied
 *   resetAfter    the call is handled (a write IS applied), then the socket is destroyed
 *   slow          the call is handled (applied), the answer waits `slowMs` (past a client timeout)
 *   badJson       the call is handled (applied), the answer is HTTP 200 with a cut-off JSON body
 *   html          an HTML error page (HTTP 502) from a proxy; nothing applied
 *   resultFalse   HTTP 200 with result:false (GSOBJ_1008); nothing applied
 *   recordFailure a write is refused naming one of its records (data objects: field Name; tasks/goals: the
 *                 referenceId, COCKPIT_9702); nothing applied
 *   badLookup     HTTP 400 COCKPIT_9703 (bad lookup configuration); nothing applied
 */
export const FAULT_KINDS = [
  'rate429', 'http500', 'http502', 'http503', 'resetBefore', 'resetAfter', 'slow', 'badJson', 'html', 'resultFalse',
  'recordFailure', 'badLookup',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** Only calls whose path contains this text (default: every call). */
  path?: string;
  /** Only calls with this method (default: any). */
  method?: string;
  /** The Nth matching calls (1-based) get the fault; default: every matching call. */
  nth?: number[];
}

export interface FaultConfig {
  /** Explicit rules, checked first; the first rule that fits a call decides. */
  rules?: FaultRule[];
  /** Share of the other calls (0..1) that get a random fault from `kinds`. */
  rate?: number;
  /** Kinds drawn at `rate` (default: every kind except badLookup). */
  kinds?: FaultKind[];
  /** Seed of the random choice (default 1). */
  seed?: number;
  /** Delay of a `slow` answer in ms (default 3000). */
  slowMs?: number;
  /** Random faults only on calls whose path contains this text. */
  path?: string;
}

/** What the server must do with one call. */
export interface FaultPlan {
  kind: FaultKind;
  /** Handle the call normally first (the write is applied), then misbehave. */
  afterHandling: boolean;
  /** Answer instead of handling, when the fault answers at all. */
  reply?: (body: unknown) => Reply;
}

const AFTER: ReadonlySet<FaultKind> = new Set(['resetAfter', 'slow', 'badJson']);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function recordFailureReply(body: unknown): Reply {
  // One-record writes (tasks, goals): the failure names the record's referenceId, as Gainsight does.
  const requests = isObject(body) && Array.isArray(body.requests) ? (body.requests as unknown[]) : [];
  const first = requests.find((r): r is Row => isObject(r) && isObject(r.record));
  const ref = first && (first.record as Row).referenceId;
  if (typeof ref === 'string') {
    return fail(200, CODES.COCKPIT_RECORD_FAILED, 'Injected fault: the record was refused', { success: [], failure: [{ [ref]: 'Injected fault: the record was refused' }] });
  }
  const records = isObject(body) && Array.isArray(body.records) ? (body.records as unknown[]) : [];
  const victim = records.find((r): r is Row => isObject(r) && r.Name !== undefined);
  if (!victim) return fail(200, CODES.VALIDATION, 'Injected fault: the record was refused');
  return validationFailure({ errorCode: CODES.VALIDATION, errorMessage: 'Injected fault: value refused', fieldName: 'Name', invalidValue: victim.Name });
}

const REPLIES: Partial<Record<FaultKind, (body: unknown) => Reply>> = {
  rate429: () => ({ ...fail(429, CODES.RATE, 'Rate limit exceeded'), headers: { 'retry-after': '1' } }),
  http500: () => fail(500, CODES.INTERNAL, 'Injected fault: internal error'),
  http502: () => fail(502, 'GS_BAD_GATEWAY', 'Injected fault: bad gateway'),
  http503: () => fail(503, 'GS_UNAVAILABLE', 'Injected fault: service unavailable'),
  resultFalse: () => fail(200, CODES.VALIDATION, 'Injected fault: the call was refused'),
  recordFailure: recordFailureReply,
  badLookup: () => fail(400, CODES.COCKPIT_BAD_LOOKUP, 'Injected fault: invalid lookup configuration'),
};

export const HTML_ERROR_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
export const BROKEN_JSON = '{"result":true,"errorCode":null,"data":{"records":[{"Gsid":';

/** Decides the fault of each call and counts what it injected. */
export class FaultInjector {
  readonly injected: Record<string, number> = {};
  private config: FaultConfig = {};
  private random = mulberry32(1);
  private matches = new Map<FaultRule, number>();

  configure(config: FaultConfig | null | undefined): void {
    this.config = checkFaults(config ?? {});
    this.random = mulberry32(this.config.seed ?? 1);
    this.matches = new Map();
    for (const k of Object.keys(this.injected)) delete this.injected[k];
  }

  get slowMs(): number {
    return this.config.slowMs ?? 3000;
  }

  get total(): number {
    return Object.values(this.injected).reduce((a, b) => a + b, 0);
  }

  plan(method: string, path: string): FaultPlan | undefined {
    const kind = this.choose(method, path);
    if (!kind) return undefined;
    this.injected[kind] = (this.injected[kind] ?? 0) + 1;
    return { kind, afterHandling: AFTER.has(kind), reply: REPLIES[kind] };
  }

  private choose(method: string, path: string): FaultKind | undefined {
    for (const rule of this.config.rules ?? []) {
      if (rule.path !== undefined && !path.includes(rule.path)) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      const n = (this.matches.get(rule) ?? 0) + 1;
      this.matches.set(rule, n);
      if (!rule.nth || rule.nth.includes(n)) return rule.kind;
    }
    const rate = this.config.rate ?? 0;
    if (rate <= 0 || (this.config.path !== undefined && !path.includes(this.config.path))) return undefined;
    const kinds = this.config.kinds ?? FAULT_KINDS.filter((k) => k !== 'badLookup');
    const draw = this.random();
    const pick = this.random();
    return draw < rate ? kinds[Math.floor(pick * kinds.length)] : undefined;
  }
}

/** Checks a fault configuration (from configure() or the control endpoint); throws Error on a bad one. */
export function checkFaults(config: unknown): FaultConfig {
  if (!isObject(config)) throw new Error('faults must be an object');
  const kind = (k: unknown) => {
    if (!FAULT_KINDS.includes(k as FaultKind)) throw new Error(`unknown fault kind ${String(k)} (known: ${FAULT_KINDS.join(', ')})`);
    return k as FaultKind;
  };
  if (config.rules !== undefined && !Array.isArray(config.rules)) throw new Error('faults.rules must be an array');
  for (const rule of (config.rules as unknown[] | undefined) ?? []) {
    if (!isObject(rule)) throw new Error('each fault rule must be an object');
    kind(rule.kind);
    if (rule.nth !== undefined && !(Array.isArray(rule.nth) && rule.nth.every((n) => Number.isInteger(n) && n > 0))) {
      throw new Error('faults.rules[].nth must be a list of positive integers');
    }
  }
  if (config.rate !== undefined && !(typeof config.rate === 'number' && config.rate >= 0 && config.rate <= 1)) {
    throw new Error('faults.rate must be a number from 0 to 1');
  }
  if (config.kinds !== undefined) {
    if (!Array.isArray(config.kinds) || config.kinds.length === 0) throw new Error('faults.kinds must be a non-empty array');
    config.kinds.forEach(kind);
  }
  if (config.slowMs !== undefined && !(typeof config.slowMs === 'number' && config.slowMs >= 0)) throw new Error('faults.slowMs must be >= 0');
  return config as FaultConfig;
}
