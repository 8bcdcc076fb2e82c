import { ApiError, CODES } from '../envelope';
import type { FieldDef, ObjectSchema } from '../schema/types';
import type { Row } from '../util';

/**
 * Update keys (`PUT /v1/data/objects/{object}?keys=a,b,c`): at most 3 fields of type String, GSID,
 * Number or Email, ANDed (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation, "Update API").
 */

const MAX_KEYS = 3;
const KEY_TYPES = new Set(['STRING', 'GSID', 'NUMBER', 'EMAIL']);

export function parseKeys(schema: ObjectSchema, raw: string | undefined): FieldDef[] {
  const names = (raw ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (names.length === 0) throw new ApiError(400, CODES.VALIDATION, 'The keys query parameter is required (keys=field1,field2)');
  if (names.length > MAX_KEYS) throw new ApiError(400, CODES.VALIDATION, `A maximum of ${MAX_KEYS} keys is allowed (got ${names.length})`);
  return names.map((name) => {
    const def = schema.field(name);
    if (!def) throw new ApiError(400, CODES.INVALID_FIELD, `Invalid key field: ${name}`);
    if (!KEY_TYPES.has(def.dataType)) {
      throw new ApiError(400, CODES.VALIDATION, `Key field ${def.fieldName} is of type ${def.dataType}; keys must be of type String, GSID, Number or Email`);
    }
    return def;
  });
}

/** Key values compare like the read API's EQ: strings ignore case, numbers by value. */
function keyPart(def: FieldDef, v: unknown): string {
  if (v === null || v === undefined) return '\u0000';
  if (def.dataType === 'NUMBER') return String(Number(v));
  return String(v).toLowerCase();
}

/** The tuple of a row's (or a record's) key values, as one comparable string. */
export function keyTuple(keys: readonly FieldDef[], row: Row): string {
  return keys.map((k) => keyPart(k, row[k.fieldName])).join('\u0001');
}

/**
 * Stored rows per key tuple, for the tuples the call asks for: one pass over the table that only
 * builds tuples for rows whose first key matches (a direct get for `keys=Gsid`).
 */
export function matchByKeys(table: Map<string, Row>, keys: readonly FieldDef[], wanted: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const w of wanted) out.set(keyTuple(keys, w), []);
  const [first] = keys;
  if (keys.length === 1 && first.fieldName === 'Gsid') {
    for (const w of wanted) {
      const row = table.get(String(w.Gsid));
      const list = out.get(keyTuple(keys, w));
      if (row && list && list.length === 0) list.push(row);
    }
    return out;
  }
  const firstParts = new Set(wanted.map((w) => keyPart(first, w[first.fieldName])));
  for (const row of table.values()) {
    const v = row[first.fieldName];
    if (v === null || v === undefined || !firstParts.has(keyPart(first, v))) continue;
    out.get(keyTuple(keys, row))?.push(row);
  }
  return out;
}
