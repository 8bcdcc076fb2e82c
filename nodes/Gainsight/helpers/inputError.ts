import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';

import { clip, shown } from './clip';

/** A user-input error that names the item and the field, raised before any request is sent; echoed input is cut short. */
export function inputError(node: INode, itemIndex: number, field: string, problem: string, hint?: string) {
	return new NodeOperationError(node, `Item ${itemIndex}: "${clip(field, 120)}" ${clip(problem)}`, {
		itemIndex,
		description: hint === undefined ? undefined : clip(hint),
	});
}

/** Parses one parameter with a zod schema; a failure becomes an inputError naming item and field. */
export function parseInput<T>(node: INode, schema: ZodType<T, ZodTypeDef, unknown>, value: unknown, itemIndex: number, field: string, hint?: string): T {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
	const got = typeof value === 'string' || typeof value === 'number' ? ` — got ${shown(value)}` : '';
	throw inputError(node, itemIndex, field, `${issue.message}${where}${got}`, hint);
}
