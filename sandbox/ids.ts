import { createHash, randomUUID } from 'node:crypto';

/** Gainsight GSIDs: 36 characters of [0-9A-Z]. */
export const GSID_RE = /^[0-9A-Z]{36}$/;

export function isGsid(v: unknown): v is string {
  return typeof v === 'string' && GSID_RE.test(v);
}

/**
 * A deterministic GSID: a 4-character prefix (as Gainsight's: 1P02 company, 1P01 user, 1S01 CTA, ...)
 * followed by 32 upper-case hex characters derived from `namespace:n`.
 */
export function makeGsid(prefix: string, namespace: string, n: number): string {
  const body = createHash('sha256').update(`${namespace}:${n}`).digest('hex').toUpperCase();
  return (prefix + body).slice(0, 36);
}

export const GSID_PREFIX = {
  company: '1P02',
  user: '1P01',
  cta: '1S01',
  task: '1S03',
  playbook: '1I00',
  successPlan: '1S05',
  goal: '1G02',
  goalTemplate: '1G01',
  metric: '1G03',
  relationship: '1P05',
  relationshipType: '1P06',
  person: '1C01',
  companyPerson: '1C02',
  usage: '1U01',
  invoice: '1U02',
  picklist: '1I00',
  activity: '1T01',
} as const;
export type GsidKind = keyof typeof GSID_PREFIX;

/** Hands out GSIDs for records created at run time; deterministic from the last reset on. */
export class GsidFactory {
  private readonly counters = new Map<string, number>();

  next(kind: GsidKind): string {
    return this.nextIn(GSID_PREFIX[kind], kind);
  }

  /** The next GSID of a series (a data object: its key prefix and lower-case name; `company` is the same series as next('company')). */
  nextIn(prefix: string, series: string): string {
    const n = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, n);
    return makeGsid(prefix, `run-${series}`, n);
  }

  reset(): void {
    this.counters.clear();
  }
}

export function newRequestId(): string {
  return randomUUID();
}
