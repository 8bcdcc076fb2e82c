import { CODES, fail, ok, type Reply } from './envelope';
import type { SandboxState } from './state';
import type { SandboxOptions } from './types';
import { intParam, isObject } from './util';

/**
 * Control endpoints for out-of-process users (demo, e2e). No access key, not logged, not rate
 * limited, no latency. Answers use the usual envelope.
 *   GET    /__sandbox/log[?since=<seq>]   the request log (entries with seq > since)
 *   DELETE /__sandbox/log                 clear the log
 *   POST   /__sandbox/reset               clear log, counters and data, re-seed
 *   GET    /__sandbox/config              rate limit, latency, log, seed (never the key)
 *   POST   /__sandbox/configure           body {rateLimit?, latencyMs?, log?, faults?, shapes?}
 *   GET    /__sandbox/faults              faults injected since the last configure, by kind
 *   GET    /__sandbox/store/:collection   companies | users | ctas | tasks | playbooks | successPlans
 *                                         | goals | goalTemplates | metrics | dueDateCascades
 *                                         | any data object by name (Person, Company_Person, Usage__gc ...)
 */
export function isControlPath(path: string): boolean {
  return path === '/__sandbox' || path.startsWith('/__sandbox/');
}

export function handleControl(state: SandboxState, method: string, path: string, query: Record<string, string>, raw: string): Reply {
  const route = `${method} ${path}`;
  if (route === 'GET /__sandbox/log') {
    const since = intParam(query.since);
    if (since === undefined) return ok(state.log);
    if (Number.isNaN(since)) return fail(400, CODES.BAD_REQUEST, 'since must be an integer');
    return ok(state.log.filter((e) => e.seq > since));
  }
  if (route === 'DELETE /__sandbox/log') {
    state.clearLog();
    return ok('log cleared');
  }
  if (route === 'POST /__sandbox/reset') {
    state.reset();
    return ok('reset');
  }
  if (route === 'GET /__sandbox/config') return ok(state.publicConfig());
  if (route === 'GET /__sandbox/faults') return ok({ ...state.faults.injected });
  if (route === 'POST /__sandbox/configure') {
    let body: unknown;
    try {
      body = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      return fail(400, CODES.BAD_JSON, 'Malformed JSON in request body');
    }
    if (!isObject(body)) return fail(400, CODES.BAD_REQUEST, 'Body must be a JSON object');
    const allowed = new Set(['rateLimit', 'latencyMs', 'log', 'faults', 'shapes']);
    const extra = Object.keys(body).find((k) => !allowed.has(k));
    if (extra) return fail(400, CODES.BAD_REQUEST, `Only rateLimit, latencyMs, log, faults and shapes can be configured here (got ${extra})`);
    try {
      state.configure(body as Partial<SandboxOptions>);
    } catch (e) {
      return fail(400, CODES.BAD_REQUEST, e instanceof Error ? e.message : String(e));
    }
    return ok(state.publicConfig());
  }
  const storeMatch = /^\/__sandbox\/store\/(\w+)$/.exec(path);
  if (storeMatch && method === 'GET') {
    const items = state.store.collection(storeMatch[1]);
    return items ? ok(Array.from(items)) : fail(404, CODES.NOT_FOUND, `Unknown collection ${storeMatch[1]}`);
  }
  return fail(404, CODES.NOT_FOUND, `No control endpoint at ${route}`);
}
