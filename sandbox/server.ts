import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { checkAccessKey, redactHeaders } from './auth';
import { handleControl, isControlPath } from './control';
import { ApiError, CODES, fail, type Reply } from './envelope';
import { Router, type Route } from './router';
import { dataObjectRoutes } from './routes/data-objects';
import { metaRoutes } from './routes/meta';
import { peopleRoutes } from './routes/people';
import { cockpitRoutes } from './routes/cockpit';
import { ctaRoutes } from './routes/cta';
import { successPlanRoutes } from './routes/success-plans';
import { timelineRoutes } from './routes/timeline';
import { taskRoutes } from './routes/tasks';
import { goalRoutes } from './routes/goals';
import type { SandboxState } from './state';
import { BROKEN_JSON, HTML_ERROR_PAGE, type FaultPlan } from './faults';
import { rateLimitHeaders } from './rate-limit';

/** The routing table: every API path the sandbox answers. */
export const ROUTES: readonly Route[] = [
  ...dataObjectRoutes, ...peopleRoutes, ...metaRoutes, ...cockpitRoutes, ...ctaRoutes, ...taskRoutes, ...goalRoutes, ...successPlanRoutes,
  ...timelineRoutes,
];

const MAX_BODY_BYTES = 32 * 1024 * 1024;

type Parsed = { ok: true; value: unknown } | { ok: false };

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): Parsed {
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Serializes an answer now; the returned function sends it. */
function prepare(res: ServerResponse, reply: Reply): () => void {
  const json = JSON.stringify(reply.body);
  return () => {
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
      ...reply.headers,
    });
    res.end(json);
  };
}

function send(res: ServerResponse, reply: Reply): void {
  prepare(res, reply)();
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function dispatch(router: Router, state: SandboxState, method: string, path: string, query: Record<string, string>, body: unknown, now: number): Reply {
  const match = router.match(method, path);
  if (match === null) return fail(404, CODES.NOT_FOUND, `No API at ${method} ${path}`);
  if (match === 'method-not-allowed') return fail(405, CODES.METHOD, `Method ${method} is not allowed on ${path}`);
  try {
    return match.handler({ method, path, params: match.params, query, body, store: state.store, now, shapes: state.opts.shapes });
  } catch (e) {
    if (e instanceof ApiError) return e.toReply();
    return fail(500, CODES.INTERNAL, `Internal sandbox error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * One request: control endpoints first (no key, no log, no limit); then access key (401, not
 * counted), rate limit (429, counted in the log but nothing changes), JSON body, route. The
 * work is done at once; the answer is sent `latencyMs` after the request arrived.
 */
async function handle(state: SandboxState, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const now = Date.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const query = Object.fromEntries(url.searchParams);
  const raw = await readBody(req);

  if (isControlPath(path)) {
    send(res, raw === null ? fail(413, CODES.TOO_LARGE, 'Body too large') : handleControl(state, method, path, query, raw));
    return;
  }

  // Calls the sandbox is still working on when this one arrives (received, not yet answered).
  const othersInFlight = state.inFlight++;
  try {
    const keyValid = checkAccessKey(req.headers, state.opts.accessKey);
    const parsed: Parsed = raw === null ? { ok: false } : parseJson(raw);
    let reply: Reply;
    let plan: FaultPlan | undefined;
    if (!keyValid) {
      reply = fail(401, CODES.AUTH, 'Invalid or missing access key');
    } else {
      const admission = state.limiter.take(now);
      if (!admission.allowed) {
        // Gainsight documents no 429 body: keep it minimal.
        reply = fail(429, CODES.RATE, admission.scope === 'day' ? 'Daily API limit exceeded' : 'Rate limit exceeded');
        if (state.opts.rateLimit.retryAfter) {
          reply.headers = { 'retry-after': String(Math.max(1, Math.ceil(admission.retryAfterMs / 1000))) };
        }
      } else if ((plan = state.faults.plan(method, path)) && !plan.afterHandling) {
        reply = plan.reply?.(parsed.ok ? parsed.value : undefined) ?? fail(502, CODES.INTERNAL, plan.kind);
      } else if (raw === null) {
        reply = fail(413, CODES.TOO_LARGE, 'Body too large');
      } else if (!parsed.ok) {
        reply = fail(400, CODES.BAD_JSON, 'Malformed JSON in request body');
      } else {
        reply = dispatch(router, state, method, path, query, parsed.value, now);
      }
      reply.headers = { ...reply.headers, ...rateLimitHeaders(state.opts.rateLimit, admission) };
    }
    state.record({
      method,
      path,
      query,
      body: parsed.ok ? (parsed.value ?? null) : raw,
      status: reply.status,
      accessKeyValid: keyValid,
      headers: redactHeaders(req.headers),
      at: now,
      othersInFlight,
      errorCode: reply.body.errorCode,
      ...(plan ? { fault: plan.kind } : {}),
    });
    // The call takes `latencyMs` from its arrival, the sandbox's own work included, as a remote
    // server's answer time does (the bench's lower bounds count latencyMs a call).
    const answer = plan ? undefined : prepare(res, reply);
    const waited = Date.now() - now;
    if (state.opts.latencyMs > waited) await sleep(state.opts.latencyMs - waited);
    if (plan) await misbehave(state, res, reply, plan);
    else answer?.();
  } finally {
    state.inFlight--;
  }
}

/** Sends the answer the way the injected fault says (see faults.ts). */
async function misbehave(state: SandboxState, res: ServerResponse, reply: Reply, plan: FaultPlan): Promise<void> {
  switch (plan.kind) {
    case 'resetBefore':
    case 'resetAfter':
      res.socket?.resetAndDestroy();
      return;
    case 'html':
      res.writeHead(502, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML_ERROR_PAGE);
      return;
    case 'badJson':
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(BROKEN_JSON);
      return;
    case 'slow':
      await sleep(state.faults.slowMs);
      if (!res.destroyed) send(res, reply);
      return;
    default:
      send(res, reply);
  }
}

export function createSandboxServer(state: SandboxState): Server {
  const router = new Router(ROUTES);
  return createServer((req, res) => {
    handle(state, router, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, fail(500, CODES.INTERNAL, `Internal sandbox error: ${e instanceof Error ? e.message : String(e)}`));
      else res.destroy();
    });
  });
}
