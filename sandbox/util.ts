/** Tiny helpers shared by the sandbox modules. */

export type Row = Record<string, unknown>;

export function isObject(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fields whose name ends in `__gc` are tenant custom fields. */
export function isCustomField(name: string): boolean {
  return /__gc$/i.test(name);
}

/** The entry of `list` equal to String(v) ignoring case, in its spelling from `list`. */
export function pickIgnoringCase<T extends string>(list: readonly T[], v: unknown): T | undefined {
  const s = String(v).toLowerCase();
  return list.find((x) => x.toLowerCase() === s);
}

/** Copy the custom (`__gc`) fields of a record. */
export function customFields(o: Row): Row {
  const out: Row = {};
  for (const k of Object.keys(o)) if (isCustomField(k)) out[k] = o[k];
  return out;
}

/** Render a value for an error description: strings raw, everything else as JSON. */
export function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return 'null';
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Parse a query-string or body integer; undefined when absent, NaN when not an integer. */
export function intParam(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : NaN;
}
