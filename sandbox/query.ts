import { parseDateInput, startOfUtcDay } from './dates';
import { isOperator, operatorAllowed, type Operator } from './operators';
import type { FieldDef } from './schema/types';
import type { QueryEnv } from './store';
import { intParam, isObject, show, type Row } from './util';

/**
 * The read language of 002 (`select`, `where.conditions` + `where.expression`, `orderBy`,
 * `limit`/`offset`), also used by task/goal search (001, 004) and the CTA list.
 *
 * - Field names match case-insensitively; `X__gr.Field` reads `Field` of the record that the GSID
 *   field `X` points at (chains such as `a__gr.b__gr.c` work too). Answers use the names as requested.
 * - String-like comparisons (STRING, EMAIL, GSID, PICKLIST) ignore case; DATE/DATETIME values on
 *   both sides are parsed (any accepted input form) and compared as epoch ms (DATE at UTC midnight).
 *   A multi-select value is stored as `A;B`: INCLUDES/IN match if one of its items is a given value,
 *   EXCLUDES/NOT_IN if none is.
 * - Multi-value operators: EQ / IN / INCLUDES / CONTAINS / STARTS_WITH / ENDS_WITH match if any
 *   value matches; NE / NOT_IN / EXCLUDES / DOES_NOT_CONTAINS match if none does. BTW is inclusive.
 * - A null field value never satisfies LT/GT/LTE/GTE/BTW/CONTAINS/STARTS/ENDS/EQ/IN; it satisfies
 *   NE, NOT_IN, EXCLUDES, DOES_NOT_CONTAINS and IS_NULL (so does an empty string).
 * - Data-object reads (`env.operatorTable`) refuse an operator that the Company API's table does
 *   not give the field's data type (operators.ts), with GSOBJ_1008. The task and goal searches and
 *   the CTA list document no such table: there any operator goes.
 * - Without an expression all conditions are ANDed; AND binds tighter than OR; conditions whose
 *   alias the expression does not use are ignored. A missing alias defaults to A, B, C... by position.
 * - orderBy: keys in the object's order, stable, nulls last in both directions.
 */

export class QueryError extends Error {
  /** `unknown`: unknown field or operator (GSOBJ_1002); `invalid`: anything else wrong (GSOBJ_1008). */
  constructor(
    readonly kind: 'unknown' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

type Norm = string | number | boolean | null;

interface CompiledField {
  def: FieldDef;
  get(row: Row): unknown;
}

export function compileField(env: QueryEnv, name: unknown): CompiledField {
  if (typeof name !== 'string' || name.trim() === '') throw new QueryError('invalid', `Invalid field name: ${show(name)}`);
  const at = name.toLowerCase().indexOf('__gr.');
  if (at < 0) {
    const def = env.schema.field(name);
    if (!def) throw new QueryError('unknown', `Invalid field: ${name}`);
    const key = def.fieldName;
    return { def, get: (row) => row[key] };
  }
  const base = env.schema.field(name.slice(0, at));
  const target = base?.lookupObject ? env.schemaOf(base.lookupObject) : undefined;
  if (!base || !target) throw new QueryError('unknown', `Invalid lookup field: ${name}`);
  const inner = compileField({ ...env, schema: target }, name.slice(at + 5));
  const key = base.fieldName;
  const objectName = target.objectName;
  return {
    def: inner.def,
    get(row) {
      const id = row[key];
      if (typeof id !== 'string') return null;
      const related = env.related(objectName, id);
      return related === undefined ? null : inner.get(related);
    },
  };
}

/** Normalised form for comparisons; undefined means "not a valid value of this type". */
function normalizer(def: FieldDef): (v: unknown) => Norm | undefined {
  switch (def.dataType) {
    case 'NUMBER':
    case 'CURRENCY':
    case 'PERCENTAGE':
      return (v) => {
        if (v === null || v === undefined || v === '') return null;
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
        return Number.isFinite(n) ? n : undefined;
      };
    case 'BOOLEAN':
      return (v) => {
        if (v === null || v === undefined || v === '') return null;
        if (typeof v === 'boolean') return v;
        const s = String(v).toLowerCase();
        return s === 'true' ? true : s === 'false' ? false : undefined;
      };
    case 'DATE':
    case 'DATETIME': {
      const dateOnly = def.dataType === 'DATE';
      return (v) => {
        if (v === null || v === undefined || v === '') return null;
        const t = parseDateInput(v);
        return t === null ? undefined : dateOnly ? startOfUtcDay(t) : t;
      };
    }
    default:
      return (v) => {
        if (v === null || v === undefined || v === '') return null;
        return typeof v === 'object' ? undefined : String(v).toLowerCase();
      };
  }
}

function cmp(a: Norm, b: Norm): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const asText = (v: Norm): string => (v === null ? '' : typeof v === 'string' ? v : String(v).toLowerCase());

type Predicate = (row: Row) => boolean;

/** The items of a stored multi-select value (`A;B`), lower-cased. */
function multiItems(v: unknown): string[] {
  if (typeof v !== 'string') return [];
  return v.split(';').map((x) => x.trim().toLowerCase()).filter(Boolean);
}

function compileCondition(env: QueryEnv, c: Row): Predicate {
  const f = compileField(env, c.name ?? c.fieldName);
  const op = typeof c.operator === 'string' ? c.operator.toUpperCase() : '';
  if (!isOperator(op)) throw new QueryError('unknown', `Invalid operator: ${show(c.operator)}`);
  const fieldName = String(c.name ?? c.fieldName);
  if (env.operatorTable && !operatorAllowed(f.def.dataType, op)) {
    throw new QueryError('invalid', `Operator ${op} is not supported for field ${fieldName} of data type ${f.def.dataType}`);
  }
  const norm = normalizer(f.def);
  const rawValues = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value];
  const values = rawValues.map((v) => {
    const n = norm(v);
    if (n === undefined) throw new QueryError('invalid', `Invalid value for ${f.def.fieldName} (${f.def.dataType}): ${show(v)}`);
    return n;
  });
  const ordering = op === 'LT' || op === 'GT' || op === 'LTE' || op === 'GTE' || op === 'BTW';
  if (op === 'BTW' && values.length < 2) throw new QueryError('invalid', `Operator BTW needs two values (${fieldName})`);
  if (op !== 'IS_NULL' && op !== 'IS_NOT_NULL' && values.length === 0) {
    throw new QueryError('invalid', `Operator ${op} needs a value (${fieldName})`);
  }
  if (ordering && values.slice(0, op === 'BTW' ? 2 : 1).includes(null)) {
    throw new QueryError('invalid', `Operator ${op} needs non-null values (${fieldName})`);
  }
  const valueSet = new Set(values);
  if (f.def.dataType === 'MULTISELECTDROPDOWNLIST') return multiSelectPredicate(op, fieldName, (row) => multiItems(f.get(row)), valueSet);
  const get = (row: Row): Norm => norm(f.get(row)) ?? null;
  const texts = values.map(asText);
  const [v0, v1] = values;
  switch (op) {
    case 'EQ':
    case 'IN':
    case 'INCLUDES':
      return (row) => { const x = get(row); return x !== null && valueSet.has(x); };
    case 'NE':
    case 'NOT_IN':
    case 'EXCLUDES':
      return (row) => !valueSet.has(get(row));
    case 'LT': return (row) => { const x = get(row); return x !== null && cmp(x, v0) < 0; };
    case 'GT': return (row) => { const x = get(row); return x !== null && cmp(x, v0) > 0; };
    case 'LTE': return (row) => { const x = get(row); return x !== null && cmp(x, v0) <= 0; };
    case 'GTE': return (row) => { const x = get(row); return x !== null && cmp(x, v0) >= 0; };
    case 'BTW': return (row) => { const x = get(row); return x !== null && cmp(x, v0) >= 0 && cmp(x, v1) <= 0; };
    case 'IS_NULL': return (row) => get(row) === null;
    case 'IS_NOT_NULL': return (row) => get(row) !== null;
    case 'CONTAINS':
      return (row) => { const x = get(row); return x !== null && texts.some((t) => asText(x).includes(t)); };
    case 'DOES_NOT_CONTAINS':
      return (row) => { const x = get(row); return x === null || !texts.some((t) => asText(x).includes(t)); };
    case 'STARTS_WITH':
      return (row) => { const x = get(row); return x !== null && texts.some((t) => asText(x).startsWith(t)); };
    case 'ENDS_WITH':
      return (row) => { const x = get(row); return x !== null && texts.some((t) => asText(x).endsWith(t)); };
    default:
      throw new QueryError('unknown', `Invalid operator: ${String(op)}`);
  }
}

function multiSelectPredicate(op: Operator, fieldName: string, items: (row: Row) => string[], values: Set<Norm>): Predicate {
  switch (op) {
    case 'INCLUDES':
    case 'IN':
      return (row) => items(row).some((x) => values.has(x));
    case 'EXCLUDES':
    case 'NOT_IN':
      return (row) => !items(row).some((x) => values.has(x));
    case 'IS_NULL': return (row) => items(row).length === 0;
    case 'IS_NOT_NULL': return (row) => items(row).length > 0;
    default:
      throw new QueryError('invalid', `Operator ${op} is not supported for field ${fieldName} of data type MULTISELECTDROPDOWNLIST`);
  }
}

/** Parse `A AND (B OR C)` into a predicate over the conditions' predicates. */
function compileExpression(src: string, byAlias: Map<string, Predicate>): Predicate {
  const tokens = src.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  const invalid = (why: string) => new QueryError('invalid', `Invalid expression "${src}": ${why}`);
  const isWord = (t: string | undefined, w: string) => t !== undefined && t.toUpperCase() === w;
  const parseOr = (): Predicate => {
    let left = parseAnd();
    while (isWord(tokens[pos], 'OR')) {
      pos++;
      const l = left;
      const r = parseAnd();
      left = (row) => l(row) || r(row);
    }
    return left;
  };
  const parseAnd = (): Predicate => {
    let left = parseAtom();
    while (isWord(tokens[pos], 'AND')) {
      pos++;
      const l = left;
      const r = parseAtom();
      left = (row) => l(row) && r(row);
    }
    return left;
  };
  const parseAtom = (): Predicate => {
    const tok = tokens[pos++];
    if (tok === undefined) throw invalid('unexpected end');
    if (tok === '(') {
      const inner = parseOr();
      if (tokens[pos++] !== ')') throw invalid('missing )');
      return inner;
    }
    if (tok === ')' || isWord(tok, 'AND') || isWord(tok, 'OR')) throw invalid(`unexpected ${tok}`);
    const p = byAlias.get(tok.toUpperCase());
    if (!p) throw invalid(`no condition has the alias ${tok}`);
    return p;
  };
  const result = parseOr();
  if (pos !== tokens.length) throw invalid(`unexpected ${tokens[pos]}`);
  return result;
}

export function compileWhere(env: QueryEnv, where: unknown): Predicate | null {
  if (where === undefined || where === null) return null;
  if (!isObject(where)) throw new QueryError('invalid', 'where must be an object');
  const conditions = where.conditions ?? [];
  if (!Array.isArray(conditions)) throw new QueryError('invalid', 'where.conditions must be an array');
  const byAlias = new Map<string, Predicate>();
  const all: Predicate[] = [];
  conditions.forEach((c, i) => {
    if (!isObject(c)) throw new QueryError('invalid', 'Each condition must be an object');
    const alias = (typeof c.alias === 'string' && c.alias.trim() !== '' ? c.alias.trim() : String.fromCharCode(65 + i)).toUpperCase();
    if (byAlias.has(alias)) throw new QueryError('invalid', `Duplicate condition alias ${alias}`);
    const p = compileCondition(env, c);
    byAlias.set(alias, p);
    all.push(p);
  });
  const expression = typeof where.expression === 'string' ? where.expression.trim() : '';
  if (expression !== '') return compileExpression(expression, byAlias);
  if (where.expression !== undefined && where.expression !== null && typeof where.expression !== 'string') {
    throw new QueryError('invalid', 'where.expression must be a string');
  }
  if (all.length === 0) return null;
  return (row) => all.every((p) => p(row));
}

interface SortKey {
  get(row: Row): Norm;
  dir: 1 | -1;
}

export function compileOrder(env: QueryEnv, orderBy: unknown): SortKey[] | null {
  if (orderBy === undefined || orderBy === null) return null;
  if (!isObject(orderBy)) throw new QueryError('invalid', 'orderBy must be an object of field: "asc" | "desc"');
  const keys = Object.entries(orderBy).map(([name, dir]): SortKey => {
    const f = compileField(env, name);
    const d = typeof dir === 'string' ? dir.toLowerCase() : '';
    if (d !== 'asc' && d !== 'desc') throw new QueryError('invalid', `Invalid sort order for ${name}: ${show(dir)}`);
    const norm = normalizer(f.def);
    return { get: (row) => norm(f.get(row)) ?? null, dir: d === 'asc' ? 1 : -1 };
  });
  return keys.length > 0 ? keys : null;
}

function sortRows(rows: Row[], keys: SortKey[]): Row[] {
  const decorated = rows.map((row) => ({ row, k: keys.map((s) => s.get(row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.k[i];
      const y = b.k[i];
      if (x === y) continue;
      if (x === null) return 1; // nulls last either way
      if (y === null) return -1;
      return cmp(x, y) * keys[i].dir;
    }
    return 0; // Array.prototype.sort is stable
  });
  return decorated.map((d) => d.row);
}

/** `select` → a projection; null means "all fields" (the row as it is). */
export function compileSelect(env: QueryEnv, select: unknown): ((row: Row) => Row) | null {
  if (select === undefined || select === null || (Array.isArray(select) && select.length === 0)) return null;
  if (!Array.isArray(select)) throw new QueryError('invalid', 'select must be an array of field names');
  const fields = select.map((s) => [s as string, compileField(env, s)] as const);
  return (row) => {
    const out: Row = {};
    for (const [name, f] of fields) out[name] = f.get(row) ?? null;
    return out;
  };
}

export interface Paging {
  limit: number;
  offset: number;
}

/** `limit`/`offset` of a read body, checked against the call's maximum. */
export function pagingOf(body: Row, defaultLimit: number, maxLimit: number): Paging {
  const limit = intParam(body.limit) ?? defaultLimit;
  const offset = intParam(body.offset) ?? 0;
  if (Number.isNaN(limit) || limit < 1 || limit > maxLimit) {
    throw new QueryError('invalid', `limit must be an integer between 1 and ${maxLimit} (got ${show(body.limit)})`);
  }
  if (Number.isNaN(offset) || offset < 0) throw new QueryError('invalid', `offset must be a non-negative integer (got ${show(body.offset)})`);
  return { limit, offset };
}

export interface QueryResult {
  records: Row[];
  /** Matches before paging. */
  total: number;
}

/**
 * Run a read: filter, order, page, project. `body` carries select/where/orderBy; everything is
 * compiled (and rejected) before the rows are scanned. One pass over the rows, plus a sort when asked.
 */
export function runQuery(env: QueryEnv, rows: Iterable<Row>, body: Row, paging: Paging, cache?: Map<string, unknown[]>): QueryResult {
  const project = compileSelect(env, body.select);
  const where = compileWhere(env, body.where);
  const order = compileOrder(env, body.orderBy);
  const key = cache && JSON.stringify([env.schema.objectName, body.where ?? null, body.orderBy ?? null]);
  let matched = key === undefined ? undefined : (cache?.get(key) as Row[] | undefined);
  if (!matched) {
    matched = [];
    for (const row of rows) if (where === null || where(row)) matched.push(row);
    if (order) matched = sortRows(matched, order);
    if (key !== undefined) cache?.set(key, matched);
  }
  const page = matched.slice(paging.offset, paging.offset + paging.limit);
  return { records: project ? page.map(project) : page, total: matched.length };
}
