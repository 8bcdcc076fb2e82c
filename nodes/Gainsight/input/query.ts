/**
 * The UI's conditions / expression / select / order-by → the read API's body:
 * { select, where: { conditions: [{name, alias, value: [...], operator}], expression }, orderBy, limit, offset }.
 * Pure: checks shapes and throws QueryError with the field at fault; the caller names the item.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ConditionRow } from './schemas';

/** The field that combines the conditions, as the panel names it (its parameter is `expression`). */
const COMBINE = 'Combine Conditions';

export class QueryError extends Error {
	constructor(
		readonly field: string,
		message: string,
		readonly hint?: string,
	) {
		super(message);
	}
}

const NO_VALUE = new Set(['IS_NULL', 'IS_NOT_NULL']);
const LIST_VALUE = new Set(['IN', 'NOT_IN', 'INCLUDES', 'EXCLUDES']);

/** A, B, … Z, AA, AB, … — the alias Gainsight's expression refers to. */
export function aliasFor(index: number): string {
	let alias = '';
	for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) alias = String.fromCharCode(65 + (n % 26)) + alias;
	return alias;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function listOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') return value.split(',').map((part) => part.trim()).filter((part) => part !== '');
	return isBlank(value) ? [] : [value];
}

function conditionValue(row: ConditionRow, position: number): unknown[] {
	const where = `Condition ${position + 1} (${row.field} ${row.operator})`;
	if (NO_VALUE.has(row.operator)) {
		if (!isBlank(row.value)) throw new QueryError(where, `takes no value, but got ${JSON.stringify(row.value)}`, 'Clear the value, or pick another operator.');
		return [];
	}
	if (row.operator === 'BTW') {
		if (isBlank(row.value) || isBlank(row.valueTo)) {
			throw new QueryError(where, 'needs both a "Value" and a "Value To" (between takes two values)');
		}
		return [row.value, row.valueTo];
	}
	if (!isBlank(row.valueTo)) {
		throw new QueryError(where, `has a "Value To", which only the "between" operator uses`, 'Clear "Value To", or pick "between".');
	}
	if (LIST_VALUE.has(row.operator)) {
		const values = listOf(row.value);
		if (values.length === 0) throw new QueryError(where, 'needs at least one value (separate several with commas)');
		return values;
	}
	if (isBlank(row.value)) throw new QueryError(where, 'needs a value', 'Use "is null" to find empty fields.');
	return [row.value];
}

/** Checks `A OR (B AND C)`: known aliases, AND/OR between them, balanced parentheses. */
export function checkExpression(expression: string, aliases: string[]): string {
	const known = new Set(aliases);
	const tokens = expression.toUpperCase().match(/\(|\)|[A-Z]+|\S/g) ?? [];
	let depth = 0;
	let expectOperand = true;
	for (const token of tokens) {
		if (token === '(') {
			if (!expectOperand) throw new QueryError(COMBINE, `has "(" where AND or OR belongs, in "${expression}"`);
			depth++;
		} else if (token === ')') {
			if (expectOperand || depth === 0) throw new QueryError(COMBINE, `has an unmatched or misplaced ")" in "${expression}"`);
			depth--;
		} else if (token === 'AND' || token === 'OR') {
			if (expectOperand) throw new QueryError(COMBINE, `has "${token}" without a condition before it, in "${expression}"`);
			expectOperand = true;
		} else if (known.has(token)) {
			if (!expectOperand) throw new QueryError(COMBINE, `needs AND or OR before "${token}", in "${expression}"`);
			expectOperand = false;
		} else {
			throw new QueryError(
				COMBINE,
				`refers to "${token}", which is not a condition: the conditions are ${aliases.join(', ') || 'none'}`,
				'Conditions are named A, B, C… in the order they are listed.',
			);
		}
	}
	if (expectOperand || depth !== 0) throw new QueryError(COMBINE, `is incomplete: "${expression}"`);
	return tokens.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

export interface ReadQuery {
	select: string[];
	conditions: ConditionRow[];
	expression?: string;
	orderBy: Array<{ field: string; direction: 'asc' | 'desc' }>;
}

/** The body of one read call (without limit/offset, which paging adds). */
export function buildReadBody(query: ReadQuery): IDataObject {
	const body: IDataObject = { select: query.select };
	if (query.conditions.length) {
		const conditions = query.conditions.map((row, position) => ({
			name: row.field,
			alias: aliasFor(position),
			value: conditionValue(row, position),
			operator: row.operator,
		}));
		const where: IDataObject = { conditions };
		const expression = query.expression?.trim();
		if (expression) {
			where.expression = checkExpression(
				expression,
				conditions.map((condition) => condition.alias),
			);
		}
		body.where = where;
	} else if (query.expression?.trim()) {
		throw new QueryError(COMBINE, 'is set but there are no conditions to combine', 'Add conditions, or clear Combine Conditions.');
	}
	if (query.orderBy.length) {
		const orderBy: IDataObject = {};
		for (const order of query.orderBy) {
			if (Object.hasOwn(orderBy, order.field)) throw new QueryError('Sort', `names "${order.field}" twice`);
			orderBy[order.field] = order.direction;
		}
		body.orderBy = orderBy;
	}
	return body;
}

/**
 * A read's `where` as the cockpit lists take it (CTAs, success plans): each condition names its field
 * as `fieldName`, as the Fetch CTA sample does, where the data-object read says `name`.
 */
export function cockpitWhere(where: IDataObject): IDataObject {
	const conditions = Array.isArray(where.conditions) ? (where.conditions as IDataObject[]) : [];
	return { ...where, conditions: conditions.map(({ name, ...rest }) => ({ fieldName: name, ...rest })) };
}
