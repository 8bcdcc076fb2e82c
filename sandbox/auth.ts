import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** The `accesskey` header (any case: Node lower-cases header names) must equal the key. */
export function checkAccessKey(headers: IncomingHttpHeaders, expected: string): boolean {
  const raw = headers['accesskey'];
  const got = Array.isArray(raw) ? raw[0] : raw;
  if (typeof got !== 'string') return false;
  const a = Buffer.from(got);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Headers as logged: the access key is never kept or echoed. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = { ...headers };
  if (out.accesskey !== undefined) out.accesskey = '[redacted]';
  return out;
}
