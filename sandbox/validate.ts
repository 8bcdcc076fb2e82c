import { parseDateInput, startOfUtcDay } from './dates';
import { CODES, fail, type Reply } from './envelope';
import { isGsid } from './ids';
import type { FieldDef, ObjectSchema } from './schema/types';
import { isObject, pickIgnoringCase, show, type Row } from './util';

/** One field failure, as the data API reports it. */
export interface FieldFailure {
  errorCode: string;
  errorMessage: string;
  fieldName: string;
  invalidValue: unknown;
}

export type Coerced = { ok: true; value: unknown } | { ok: false; errorCode: string; errorMessage: string };

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const good = (value: unknown): Coerced => ({ ok: true, value });
const bad = (errorCode: string, errorMessage: string): Coerced => ({ ok: false, errorCode, errorMessage });

/**
 * Check one value against its field and return what is stored. Dates become epoch ms (Date fields
 * at UTC midnight); numeric and boolean strings are converted; picklist labels are matched
 * case-insensitively and stored in their configured spelling. An empty string in a non-string
 * field counts as null (as a blank cell does in Gainsight imports).
 */
export function coerceValue(def: FieldDef, value: unknown): Coerced {
  if (value === '' && def.dataType !== 'STRING') value = null;
  if (def.dataType === 'MULTISELECTDROPDOWNLIST' && Array.isArray(value) && value.length === 0) value = null;
  if (value === null || value === undefined) {
    return def.required || !def.nillable ? bad(CODES.NULL_VALUE, 'Null value not allowed') : good(null);
  }
  if (def.dataType === 'MULTISELECTDROPDOWNLIST') return coerceMultiSelect(def, value);
  if (typeof value === 'object') return bad(CODES.VALIDATION, `Invalid value for ${def.dataType.toLowerCase()} field`);
  switch (def.dataType) {
    case 'STRING': {
      const s = String(value);
      if (def.required && s.trim() === '') return bad(CODES.NULL_VALUE, 'Null value not allowed');
      if (def.maxLength !== undefined && s.length > def.maxLength) {
        return bad(CODES.TOO_LONG, `Value exceeds the maximum length of ${def.maxLength}`);
      }
      return good(s);
    }
    case 'NUMBER':
    case 'CURRENCY':
    case 'PERCENTAGE': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? good(n) : bad(CODES.VALIDATION, 'Invalid number');
    }
    case 'BOOLEAN': {
      if (typeof value === 'boolean') return good(value);
      const s = String(value).toLowerCase();
      return s === 'true' || s === 'false' ? good(s === 'true') : bad(CODES.VALIDATION, 'Invalid boolean');
    }
    case 'DATE': {
      const t = parseDateInput(value);
      return t === null ? bad(CODES.BAD_DATE, 'Invalid date format') : good(startOfUtcDay(t));
    }
    case 'DATETIME': {
      const t = parseDateInput(value);
      return t === null ? bad(CODES.BAD_DATETIME, 'Invalid dateTime format') : good(t);
    }
    case 'GSID':
      return isGsid(value) ? good(value) : bad(CODES.BAD_GSID, 'Invalid GSID');
    case 'EMAIL': {
      const s = String(value);
      if (!EMAIL_RE.test(s)) return bad(CODES.VALIDATION, 'Invalid email');
      if (def.maxLength !== undefined && s.length > def.maxLength) {
        return bad(CODES.TOO_LONG, `Value exceeds the maximum length of ${def.maxLength}`);
      }
      return good(s);
    }
    case 'PICKLIST': {
      const hit = pickIgnoringCase(def.picklistValues ?? [], value);
      return hit === undefined ? bad(CODES.VALIDATION, 'Invalid picklist value') : good(hit);
    }
    default:
      return bad(CODES.VALIDATION, 'Unsupported data type');
  }
}

/**
 * A multi-select value: a list of item labels or one `A;B` string; stored as `A;B` in the
 * configured spelling (the API answers item GSIDs joined the same way; labels are easier to test).
 */
function coerceMultiSelect(def: FieldDef, value: unknown): Coerced {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';') : null;
  if (!items) return bad(CODES.VALIDATION, 'Invalid multi-select value');
  const picked: string[] = [];
  for (const item of items) {
    const hit = typeof item === 'string' ? pickIgnoringCase(def.picklistValues ?? [], item.trim()) : undefined;
    if (hit === undefined) return bad(CODES.VALIDATION, 'Invalid picklist value');
    if (!picked.includes(hit)) picked.push(hit);
  }
  return good(picked.join(';'));
}

export interface RecordCheck {
  mode: 'create' | 'update';
  /** Keys of the record that are lookup sources: skipped unless they are real fields. */
  lookupSources?: ReadonlySet<string>;
  /**
   * Fields the server fills after this check (lookup targets; the person of a People API
   * association): a missing required one is for the caller to check once they are filled.
   */
  filledLater?: ReadonlySet<string>;
  /** Update keys (canonical field names): must be present, are validated, never written. */
  keys?: readonly FieldDef[];
}

export type RecordResult = { ok: true; values: Row; keyValues: Row } | { ok: false; failure: FieldFailure };

/**
 * Validate one record field by field, in the record's own key order, and stop at the first
 * failure (as the article says the API does). Field names match case-insensitively and are
 * returned in their schema spelling.
 */
export function validateRecord(schema: ObjectSchema, record: unknown, check: RecordCheck): RecordResult {
  const failure = (errorCode: string, errorMessage: string, fieldName: string, invalidValue: unknown): RecordResult => ({
    ok: false,
    failure: { errorCode, errorMessage, fieldName, invalidValue: invalidValue === undefined ? null : invalidValue },
  });
  if (!isObject(record)) return failure(CODES.VALIDATION, 'Record must be a JSON object', '', record);
  const keyNames = new Set((check.keys ?? []).map((k) => k.fieldName));
  const values: Row = {};
  const keyValues: Row = {};
  for (const [name, raw] of Object.entries(record)) {
    const def = schema.field(name);
    if (!def) {
      if (check.lookupSources?.has(name)) continue;
      return failure(CODES.INVALID_FIELD, 'Invalid field', name, raw);
    }
    const isKey = keyNames.has(def.fieldName);
    if (!isKey && check.mode === 'create' && !def.createable) return failure(CODES.INVALID_FIELD, 'Field is not createable', name, raw);
    if (!isKey && check.mode === 'update' && !def.updateable) return failure(CODES.INVALID_FIELD, 'Field is not updateable', name, raw);
    const c = coerceValue(isKey ? { ...def, required: true } : def, raw);
    if (!c.ok) return failure(c.errorCode, c.errorMessage, def.fieldName, raw);
    (isKey ? keyValues : values)[def.fieldName] = c.value;
  }
  if (check.mode === 'create') {
    const missing = schema.fields.find(
      (f) => f.required && f.createable && values[f.fieldName] === undefined && !check.filledLater?.has(f.fieldName),
    );
    if (missing) return failure(CODES.NULL_VALUE, 'Null value not allowed', missing.fieldName, null);
  }
  for (const k of check.keys ?? []) {
    if (keyValues[k.fieldName] === undefined) return failure(CODES.NULL_VALUE, 'Key field value is missing', k.fieldName, null);
  }
  return { ok: true, values, keyValues };
}

/** The article's error answer for a failed insert/update: nothing written, HTTP 400. */
export function validationFailure(f: FieldFailure): Reply {
  return fail(400, f.errorCode, `${f.errorMessage} (${f.fieldName} = ${show(f.invalidValue)}).`, {
    count: 0,
    errors: [
      [
        {
          success: false,
          parsedValue: f.invalidValue,
          errors: [{ errorMessage: f.errorMessage, errorCode: f.errorCode, fieldName: f.fieldName, invalidValue: f.invalidValue }],
        },
      ],
    ],
    records: null,
  });
}
