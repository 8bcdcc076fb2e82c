/**
 * Node parameters read per item, without paying n8n's per-item resolution when it cannot change
 * the answer: a parameter that holds no expression has the same value for every item, so it is
 * resolved once per execution. With 20,000 items that is most of the node's CPU.
 */
import type { IExecuteFunctions, NodeParameterValueType } from 'n8n-workflow';
import { nodeOf } from './node';

/** Per path: whether it holds an expression (then it is resolved per item), else its one value. */
const cache = new WeakMap<IExecuteFunctions, Map<string, { perItem: boolean; value?: unknown }>>();

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

function rawParameter(ctx: IExecuteFunctions, path: string): unknown {
	let value: unknown = nodeOf(ctx).parameters;
	for (const key of path.split('.')) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** `ctx.getNodeParameter(path, itemIndex, fallback)`, resolved once when no item can change it. Do not mutate the answer. */
export function itemParameter<T>(ctx: IExecuteFunctions, path: string, itemIndex: number, fallback: T): T {
	let values = cache.get(ctx);
	if (!values) {
		values = new Map();
		cache.set(ctx, values);
	}
	let entry = values.get(path);
	if (!entry) {
		entry = holdsExpression(rawParameter(ctx, path))
			? { perItem: true }
			: { perItem: false, value: ctx.getNodeParameter(path, itemIndex, fallback as NodeParameterValueType) };
		values.set(path, entry);
	}
	return (entry.perItem ? ctx.getNodeParameter(path, itemIndex, fallback as NodeParameterValueType) : entry.value) as T;
}
