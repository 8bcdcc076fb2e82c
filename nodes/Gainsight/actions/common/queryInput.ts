/** Reads a Get Many's conditions, expression, fields and sort for one item, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError, parseInput } from '../../helpers/inputError';
import { describeObject, type FieldMeta } from '../../transport/metadata';
import { buildReadBody, QueryError } from '../../transport/query';
import { conditionRowSchema, limitSchema, readFieldNameSchema } from '../../transport/schemas';
import type { GainsightContext } from '../../transport/request';
import { asNodeError } from '../../helpers/nodeError';
import { nodeOf } from '../../helpers/node';

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
	const sortRows = ctx.getNodeParameter('sort.order', itemIndex, []) as Array<{ field?: unknown; direction?: string }>;
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

export function readSelect(ctx: ParameterSource, itemIndex: number, parameter = 'select', label = 'Fields to Return'): string[] {
	const value = ctx.getNodeParameter(parameter, itemIndex, []) as unknown;
	const list = typeof value === 'string' ? value.split(',').map((field) => field.trim()).filter(Boolean) : ((value as unknown[]) ?? []);
	return list.map((field, position) => parseInput(nodeOf(ctx), readFieldNameSchema, field, itemIndex, `${label} › ${position + 1}`));
}

/** `undefined` means Return All. */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	return parseInput(nodeOf(ctx), limitSchema, ctx.getNodeParameter('limit', itemIndex, 50), itemIndex, 'Limit');
}

/** An empty select means every field: ask the describe API for them (once per run). */
export async function withAllFields(ctx: GainsightContext, object: string, body: IDataObject): Promise<IDataObject> {
	if (Array.isArray(body.select) && body.select.length) return body;
	const fields: FieldMeta[] = await describeObject(ctx, object);
	return { ...body, select: fields.map((field) => field.fieldName) };
}
