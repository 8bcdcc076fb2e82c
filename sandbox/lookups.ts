import { dataObjectOf } from './schema';
import type { SandboxStore } from './store';
import { isObject, type Row } from './util';

/**
 * Import lookups (002 "Import Lookup", 000 task lookups): fill a GSID field from the GSID of the
 * record of another object whose match fields equal the record's source fields.
 *
 * `lookups: { <TargetField>: { fields: {<sourceField>: <matchField>, ...}, lookupField: 'Gsid',
 *   objectName: <any data object: 'gsuser', 'company', 'Person', 'Usage__gc' ...>, multiMatchOption: 'FIRSTMATCH' | 'MARKASERROR',
 *   onNoMatch: 'NULLABLE' | 'DEFAULTVALUE' | 'ERROR' } }`
 *
 * Choices where the articles are silent:
 * - matching is case-insensitive and ignores surrounding blanks; FIRSTMATCH is the oldest record;
 * - a record that carries none of the source fields is left alone (the lookup is not attempted);
 * - DEFAULTVALUE: the sandbox has no configured defaults, so it behaves like NULLABLE;
 * - a self lookup (company → company) sees the records stored before the call, not those of the call.
 */

export type MultiMatch = 'FIRSTMATCH' | 'MARKASERROR';
export type OnNoMatch = 'NULLABLE' | 'DEFAULTVALUE' | 'ERROR';

export interface LookupSpec {
  target: string;
  sources: string[];
  matchFields: string[];
  lookupField: string;
  objectName: string;
  multiMatch: MultiMatch;
  onNoMatch: OnNoMatch;
}

/** A configuration error; the message reads `Target -> objectName: detail`. */
export class LookupConfigError extends Error {
  constructor(
    readonly target: string,
    readonly objectName: string,
    readonly detail: string,
  ) {
    super(`${target} -> ${objectName}: ${detail}`);
  }
}

const MULTI: readonly MultiMatch[] = ['FIRSTMATCH', 'MARKASERROR'];
const NO_MATCH: readonly OnNoMatch[] = ['NULLABLE', 'DEFAULTVALUE', 'ERROR'];

function option<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T | undefined {
  if (v === undefined || v === null) return fallback;
  const s = String(v).toUpperCase();
  return allowed.find((a) => a === s);
}

/**
 * Parse and check a `lookups` object. `targetOf` returns the canonical name of a valid target
 * field, or null when the name cannot be a lookup target.
 */
export function parseLookups(raw: unknown, targetOf: (name: string) => string | null): LookupSpec[] {
  if (raw === undefined || raw === null) return [];
  if (!isObject(raw)) throw new LookupConfigError('lookups', '-', 'lookups must be an object');
  const specs: LookupSpec[] = [];
  for (const [targetName, cfg] of Object.entries(raw)) {
    if (!isObject(cfg)) throw new LookupConfigError(targetName, '-', 'configuration must be an object');
    const objectName = typeof cfg.objectName === 'string' ? cfg.objectName : '';
    const schema = dataObjectOf(objectName);
    if (!schema) throw new LookupConfigError(targetName, objectName || '-', `unknown lookup object ${objectName || '(missing)'}`);
    const target = targetOf(targetName);
    if (target === null) throw new LookupConfigError(targetName, objectName, targetName);
    if (!isObject(cfg.fields) || Object.keys(cfg.fields).length === 0) {
      throw new LookupConfigError(targetName, objectName, 'fields is missing');
    }
    const sources: string[] = [];
    const matchFields: string[] = [];
    for (const [source, match] of Object.entries(cfg.fields)) {
      const def = typeof match === 'string' ? schema.field(match) : undefined;
      if (!def) throw new LookupConfigError(targetName, objectName, String(match));
      sources.push(source);
      matchFields.push(def.fieldName);
    }
    const lookupDef = schema.field(typeof cfg.lookupField === 'string' ? cfg.lookupField : 'Gsid');
    if (!lookupDef) throw new LookupConfigError(targetName, objectName, String(cfg.lookupField));
    const multiMatch = option(cfg.multiMatchOption, MULTI, 'FIRSTMATCH');
    if (!multiMatch) throw new LookupConfigError(targetName, objectName, `multiMatchOption ${String(cfg.multiMatchOption)}`);
    const onNoMatch = option(cfg.onNoMatch, NO_MATCH, 'NULLABLE');
    if (!onNoMatch) throw new LookupConfigError(targetName, objectName, `onNoMatch ${String(cfg.onNoMatch)}`);
    specs.push({ target, sources, matchFields, lookupField: lookupDef.fieldName, objectName: schema.objectName, multiMatch, onNoMatch });
  }
  return specs;
}

export type LookupOutcome =
  | { ok: true; values: Row }
  | { ok: false; fieldName: string; invalidValue: unknown; message: string };

const norm = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim().toLowerCase());
const SEP = '\u0001';

/**
 * Resolves the lookups of one request, record by record. Each lookup object is scanned once per
 * request and only rows whose match values some record of the request asks for are kept, so a
 * call costs one pass over the rows plus O(records).
 */
export class LookupResolver {
  readonly sources: ReadonlySet<string>;
  /** The fields the lookups fill. */
  readonly targets: ReadonlySet<string>;
  private readonly indexes = new Map<LookupSpec, Map<string, Row[]>>();

  constructor(
    private readonly store: SandboxStore,
    readonly specs: readonly LookupSpec[],
    /** All records of the request (to know which match values are wanted). */
    private readonly records: readonly unknown[],
  ) {
    this.sources = new Set(specs.flatMap((s) => s.sources));
    this.targets = new Set(specs.map((s) => s.target));
  }

  resolve(record: Row): LookupOutcome {
    const values: Row = {};
    for (const spec of this.specs) {
      const key = requestKey(spec, record);
      if (key === null) continue;
      const matches = this.index(spec).get(key) ?? [];
      const first = spec.sources[0];
      if (matches.length === 0) {
        if (spec.onNoMatch === 'ERROR') {
          return { ok: false, fieldName: first, invalidValue: record[first] ?? null, message: 'No match found for lookup' };
        }
        values[spec.target] = null;
        continue;
      }
      if (matches.length > 1 && spec.multiMatch === 'MARKASERROR') {
        return { ok: false, fieldName: first, invalidValue: record[first] ?? null, message: 'Multiple matches found for lookup' };
      }
      values[spec.target] = matches[0][spec.lookupField] ?? null;
    }
    return { ok: true, values };
  }

  private index(spec: LookupSpec): Map<string, Row[]> {
    let idx = this.indexes.get(spec);
    if (!idx) {
      idx = new Map();
      for (const r of this.records) {
        const key = isObject(r) ? requestKey(spec, r) : null;
        if (key !== null) idx.set(key, []);
      }
      if (idx.size > 0) {
        for (const row of this.store.rowsOf(spec.objectName) ?? []) {
          idx.get(spec.matchFields.map((f) => norm(row[f])).join(SEP))?.push(row);
        }
      }
      this.indexes.set(spec, idx);
    }
    return idx;
  }
}

/** The match key a record asks for, or null when it carries none of the source fields. */
function requestKey(spec: LookupSpec, record: Row): string | null {
  const present = spec.sources.some((s) => record[s] !== undefined && record[s] !== null && record[s] !== '');
  return present ? spec.sources.map((s) => norm(record[s])).join(SEP) : null;
}
