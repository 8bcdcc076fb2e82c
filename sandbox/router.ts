import type { Reply } from './envelope';
import type { Shapes } from './shapes';
import type { SandboxStore } from './store';

export interface RouteCtx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  store: SandboxStore;
  /** Arrival time of the request (epoch ms). */
  now: number;
  /** The answer shapes in force. */
  shapes: Shapes;
}

export type Handler = (ctx: RouteCtx) => Reply;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Segments, `:name` for a parameter: `/v1/goals/:goalId`. */
  path: string;
  handler: Handler;
}

interface Compiled extends Route {
  segments: string[];
  /** '0' for a literal segment, '1' for a parameter: the smallest rank wins, so literals beat parameters. */
  rank: string;
}

export type Match = { handler: Handler; params: Record<string, string> } | 'method-not-allowed' | null;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A small routing table: `/v1/goals/templates` wins over `/v1/goals/:goalId` whatever the order. */
export class Router {
  private readonly routes: Compiled[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map((r) => {
      const segments = r.path.split('/').filter(Boolean);
      return { ...r, segments, rank: segments.map((s) => (s.startsWith(':') ? '1' : '0')).join('') };
    });
  }

  match(method: string, path: string): Match {
    const parts = path.split('/').filter(Boolean);
    let best: Compiled | undefined;
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.segments.length !== parts.length) continue;
      if (!r.segments.every((s, i) => s.startsWith(':') || s === parts[i])) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      if (!best || r.rank < best.rank) best = r;
    }
    if (!best) return pathMatched ? 'method-not-allowed' : null;
    const params: Record<string, string> = {};
    best.segments.forEach((s, i) => {
      if (s.startsWith(':')) params[s.slice(1)] = decode(parts[i]);
    });
    return { handler: best.handler, params };
  }
}
