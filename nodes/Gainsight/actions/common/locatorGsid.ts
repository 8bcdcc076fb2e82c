import type { IExecuteFunctions } from 'n8n-workflow';

import { nodeOf } from '../../helpers/node';
import { parseInput } from '../../helpers/inputError';
import { gsidSchema } from '../../input/schemas';

/** The GSID a resource locator (`name`) holds for an item, checked; a bad one names the item and `label`. */
export function readLocatorGsid(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): string {
	return parseInput(nodeOf(ctx), gsidSchema, ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }), itemIndex, label);
}
