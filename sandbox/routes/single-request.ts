import { ApiError, envelope, ok, type Reply } from '../envelope';
import { LookupConfigError, LookupResolver, parseLookups } from '../lookups';
import type { SandboxStore } from '../store';
import { isCustomField, isObject, type Row } from '../util';

/**
 * The `{requests: [{record, ...}], lookups}` body shared by task create/update (000) and goal
 * create: exactly one request per call, answered as `data: {success: [{ref: gsid}], failure: [{ref: message}]}`.
 */

export interface SingleRequest {
  record: Row;
  /** The request item itself (goal create reads `association` from it). */
  request: Row;
  lookups: unknown;
}

export function singleRequest(body: unknown, code: string, what: string, verb: 'created' | 'updated'): SingleRequest {
  if (!isObject(body) || !Array.isArray(body.requests)) {
    throw new ApiError(400, code, 'The request body must contain a "requests" array', {});
  }
  if (body.requests.length !== 1) {
    throw new ApiError(400, code, body.requests.length === 0 ? `No ${what} to be ${verb}` : `Only one ${what} can be ${verb} at a time`, {});
  }
  const request: unknown = body.requests[0];
  if (!isObject(request) || !isObject(request.record)) throw new ApiError(400, code, 'requests[0].record must be an object', {});
  return { record: request.record, request, lookups: body.lookups };
}

/** One request of a `requests[]` batch: its referenceId, record and the request item itself. */
export interface BatchRequest extends SingleRequest {
  ref: string;
}

/**
 * The `{requests: [{record}, …], lookups}` body of the CTA and Success Plan writes: 1..`max` requests
 * (the documents give no limit; `max` is the sandbox's), each record with its own referenceId, unique
 * in the call (the answer's success and failure lists are keyed by it).
 */
export function batchRequests(body: unknown, code: string, what: string, verb: 'created' | 'updated', max: number): { requests: BatchRequest[]; lookups: unknown } {
  if (!isObject(body) || !Array.isArray(body.requests)) {
    throw new ApiError(400, code, 'The request body must contain a "requests" array', {});
  }
  if (body.requests.length === 0) throw new ApiError(400, code, `No ${what} to be ${verb}`, {});
  if (body.requests.length > max) throw new ApiError(400, code, `At most ${max} ${what}s can be ${verb} in one call (got ${body.requests.length})`, {});
  const seen = new Set<string>();
  const requests = body.requests.map((request: unknown, i: number): BatchRequest => {
    if (!isObject(request) || !isObject(request.record)) throw new ApiError(400, code, `requests[${i}].record must be an object`, {});
    const ref = request.record.referenceId;
    if (ref === undefined || ref === null || ref === '') throw new ApiError(400, code, `requests[${i}].record needs a referenceId`, {});
    if (seen.has(String(ref))) throw new ApiError(400, code, `referenceId ${String(ref)} is given twice`, {});
    seen.add(String(ref));
    return { ref: String(ref), record: request.record, request, lookups: body.lookups };
  });
  return { requests, lookups: body.lookups };
}

/**
 * Lookups with their configuration checked. A bad configuration answers HTTP 400 with the
 * article's message: "Following lookup field have invalid filter configuration to resolve - T -> obj: detail".
 */
export function requestLookups(store: SandboxStore, raw: unknown, code: string, targetOf: (name: string) => string | null, records: Row[]): LookupResolver {
  try {
    return new LookupResolver(store, parseLookups(raw, targetOf), records);
  } catch (e) {
    if (e instanceof LookupConfigError) {
      throw new ApiError(400, code, `Following lookup field have invalid filter configuration to resolve - ${e.message}`, {});
    }
    throw e;
  }
}

/** Success: HTTP 200, result true. */
export function succeeded(ref: string, gsid: string): Reply {
  return ok({ success: [{ [ref]: gsid }], failure: [] });
}

/** A record that could not be processed: HTTP 200 with result false (as 000's sample failure response). */
export function failed(ref: string, message: string, code: string): Reply {
  return { status: 200, body: envelope(false, { success: [], failure: [{ [ref]: message }] }, code, message) };
}

/** Map case-insensitive keys onto canonical names; returns the unknown keys left over. */
export function canonicalize(record: Row, aliases: Record<string, string>, ignore: ReadonlySet<string>): { fields: Row; unknown: string[] } {
  const fields: Row = {};
  const unknown: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    const canonical = aliases[k.toLowerCase()];
    if (canonical) fields[canonical] = v;
    else if (isCustomField(k)) fields[k] = v;
    else if (!ignore.has(k)) unknown.push(k);
  }
  return { fields, unknown };
}
