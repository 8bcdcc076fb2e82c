/** Reads a read's conditions, their combination, and the fields and sort of its Options for one item, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError, parseInput } from '../helpers/inputError';
import { asNodeError } from '../helpers/nodeError';
import { nodeOf } from '../helpers/node';
import { dataTypeOf, describeObject } from '../transport/metadata';
import type { GainsightContext } from '../transport/session';
import { operatorsFor } from './operators';
import { buildReadBody, QueryError } from './query';
import { conditionRowSchema, limitSchema, readFieldNameSchema } from './schemas';

/** What reading a query needs from a node context: the node, and its parameters per item (a trigger adapts its own). */
export interface ParameterSource {
	getNode: IExecuteFunctions['getNode'];
	getNodeParameter(name: string, itemIndex: number, fallback?: unknown): unknown;
}

export function readQueryBody(ctx: ParameterSource, itemIndex: number): IDataObject {
	const node = nodeOf(ctx);
	const rows = ctx.getNodeParameter('conditions.condition', itemIndex, []) as unknown[];
	const conditions = rows.map((row, position) => parseInput(node, conditionRowSchema, row, itemIndex, `Conditions › Condition ${position + 1}`));
	const select = readSelect(ctx, itemIndex);
	const sortRows = ctx.getNodeParameter('options.sort.order', itemIndex, []) as Array<{ field?: unknown; direction?: string }>;
	const orderBy = sortRows.map((row, position) => ({
		field: parseInput(node, readFieldNameSchema, row.field, itemIndex, `Sort › Sort By ${position + 1} › Field`),
		direction: row.direction === 'desc' ? ('desc' as const) : ('asc' as const),
	}));
	try {
		return buildReadBody({ select, conditions, orderBy, expression: String(ctx.getNodeParameter('expression', itemIndex, '') ?? '') });
	} catch (error) {
		if (error instanceof QueryError) throw inputError(node, itemIndex, error.field, error.message, error.hint);
		throw asNodeError(node, error, itemIndex);
	}
}

export function readSelect(ctx: ParameterSource, itemIndex: number, parameter = 'options.select', label = 'Fields to Return'): string[] {
	const value = ctx.getNodeParameter(parameter, itemIndex, []) as unknown;
	const list = typeof value === 'string' ? value.split(',').map((field) => field.trim()).filter(Boolean) : ((value as unknown[]) ?? []);
	return list.map((field, position) => parseInput(nodeOf(ctx), readFieldNameSchema, field, itemIndex, `${label} › ${position + 1}`));
}

/** `undefined` means Return All. */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	return parseInput(nodeOf(ctx), limitSchema, ctx.getNodeParameter('limit', itemIndex, 50), itemIndex, 'Limit');
}

/**
 * The body as the read API takes it: an empty select means every field, from the describe API
 * (once per run), because the API needs a select and refuses an empty one. When the fields are
 * described anyway, each condition's operator is checked against the operator table for its
 * field's type, so the item fails naming the condition; otherwise Gainsight's own refusal says it
 * (no metadata call is spent only to check).
 */
export async function completeReadBody(ctx: GainsightContext, object: string, body: IDataObject, itemIndex: number): Promise<IDataObject> {
	const node = nodeOf(ctx);
	const where = body.where as { conditions?: Array<{ name: string; operator: string; alias: string }> } | undefined;
	if (Array.isArray(body.select) && body.select.length > 0) return body;
	const fields = await describeObject(ctx, object);
	for (const condition of where?.conditions ?? []) {
		const allowed = operatorsFor(dataTypeOf(fields, condition.name));
		if (allowed && !allowed.includes(condition.operator as never)) {
			throw inputError(
				node,
				itemIndex,
				`Conditions › ${condition.alias} (${condition.name})`,
				`uses the operator ${condition.operator}, which Gainsight does not take for a ${dataTypeOf(fields, condition.name)} field`,
				`Use one of: ${allowed.join(', ')}.`,
			);
		}
	}
	if (fields.length === 0) {
		throw inputError(
			node,
			itemIndex,
			'Fields to Return',
			`is empty and Gainsight described no fields of ${object} to return instead`,
			'Choose the fields to return, or check that the object exists in Administration > Data Management.',
		);
	}
	return { ...body, select: fields.map((field) => field.fieldName) };
}
