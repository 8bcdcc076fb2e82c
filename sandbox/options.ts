import type { RateLimitConfig } from './rate-limit';
import { checkFaults, type FaultConfig } from './faults';
import { DEFAULT_SHAPES, mergeShapes, type Shapes } from './shapes';
import type { SandboxOptions } from './types';
import { isObject } from './util';

export interface ResolvedOptions {
  port: number;
  host: string;
  accessKey: string;
  rateLimit: RateLimitConfig;
  latencyMs: number;
  readCache: boolean;
  seed: boolean;
  log: boolean;
  faults: FaultConfig | null;
  shapes: Shapes;
}

export const DEFAULT_ACCESS_KEY = 'sandbox-access-key';

export const DEFAULTS: ResolvedOptions = {
  port: 0,
  host: '127.0.0.1',
  accessKey: DEFAULT_ACCESS_KEY,
  rateLimit: { quota: 100, windowMs: 60_000, dailyQuota: 50_000, retryAfter: false, headers: false },
  latencyMs: 0,
  readCache: false,
  seed: true,
  log: true,
  faults: null,
  shapes: { ...DEFAULT_SHAPES },
};

function positiveInt(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
}

/** Apply a partial option set on top of `base`, checking every value; throws Error on a bad one. */
export function mergeOptions(base: ResolvedOptions, patch: Partial<SandboxOptions>): ResolvedOptions {
  if (!isObject(patch)) throw new Error('options must be an object');
  const out: ResolvedOptions = { ...base, rateLimit: { ...base.rateLimit } };
  if (patch.port !== undefined) {
    if (!Number.isInteger(patch.port) || patch.port < 0 || patch.port > 65535) throw new Error('port must be 0..65535');
    out.port = patch.port;
  }
  if (patch.host !== undefined) {
    if (typeof patch.host !== 'string' || patch.host === '') throw new Error('host must be a non-empty string');
    out.host = patch.host;
  }
  if (patch.accessKey !== undefined) {
    if (typeof patch.accessKey !== 'string' || patch.accessKey === '') throw new Error('accessKey must be a non-empty string');
    out.accessKey = patch.accessKey;
  }
  if (patch.rateLimit !== undefined) {
    const r: unknown = patch.rateLimit;
    if (!isObject(r)) throw new Error('rateLimit must be an object');
    if (r.quota !== undefined) out.rateLimit.quota = positiveInt('rateLimit.quota', r.quota);
    if (r.windowMs !== undefined) out.rateLimit.windowMs = positiveInt('rateLimit.windowMs', r.windowMs);
    if (r.dailyQuota !== undefined) out.rateLimit.dailyQuota = positiveInt('rateLimit.dailyQuota', r.dailyQuota);
    if (r.retryAfter !== undefined) {
      if (typeof r.retryAfter !== 'boolean') throw new Error('rateLimit.retryAfter must be a boolean');
      out.rateLimit.retryAfter = r.retryAfter;
    }
    if (r.headers !== undefined) {
      if (typeof r.headers !== 'boolean') throw new Error('rateLimit.headers must be a boolean');
      out.rateLimit.headers = r.headers;
    }
  }
  if (patch.latencyMs !== undefined) {
    if (typeof patch.latencyMs !== 'number' || !(patch.latencyMs >= 0)) throw new Error('latencyMs must be a number >= 0');
    out.latencyMs = patch.latencyMs;
  }
  if (patch.readCache !== undefined) out.readCache = Boolean(patch.readCache);
  if (patch.seed !== undefined) out.seed = Boolean(patch.seed);
  if (patch.log !== undefined) out.log = Boolean(patch.log);
  if (patch.faults !== undefined) out.faults = patch.faults === null ? null : checkFaults(patch.faults);
  if (patch.shapes !== undefined) out.shapes = mergeShapes(base.shapes, patch.shapes);
  return out;
}
