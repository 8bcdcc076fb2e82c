import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';

/** A user-input error that names the item and the field, raised before any request is sent. */
export function inputError(node: INode, itemIndex: number, field: string, problem: string, hint?: string) {
	return new NodeOperationError(node, `Item ${itemIndex}: "${field}" ${problem}`, {
		itemIndex,
		description: hint,
	});
}

/** Parses one parameter with a zod schema; a failure becomes an inputError naming item and field. */
export function parseInput<T>(node: INode, schema: ZodType<T, ZodTypeDef, unknown>, value: unknown, itemIndex: number, field: string, hint?: string): T {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
	const shown = typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : value;
	const got = typeof shown === 'string' || typeof shown === 'number' ? ` — got ${JSON.stringify(shown)}` : '';
	return (() => {
		throw inputError(node, itemIndex, field, `${issue.message}${where}${got}`, hint);
	})();
}
