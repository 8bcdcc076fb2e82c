/** The Gainsight object an item works on: the resource's own, or the one picked in "Object". */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { nodeOf } from '../../helpers/node';
import { itemParameter } from '../../helpers/parameters';
import { parseInput } from '../../helpers/inputError';
import { OBJECT_PARAMETER, type DataObjectConfig } from './config';

/** An object's API name: `Company`, `Relationship`, `Usage__gc`. */
const objectNameSchema = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.min(1, 'is empty: pick an object, or give its API name (e.g. Usage__gc)')
	.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'is not a Gainsight object name (letters, digits and _ only, e.g. "Usage__gc")');

/** A resource locator's value, or the plain value when given as an expression. */
const locatorValue = (value: unknown) =>
	value && typeof value === 'object' && '__rl' in value ? (value as { value?: unknown }).value : value;

export function objectOf(ctx: IExecuteFunctions, config: DataObjectConfig, itemIndex: number): string {
	if (config.object) return config.object;
	const value = locatorValue(itemParameter(ctx, OBJECT_PARAMETER, itemIndex, ''));
	return parseInput(nodeOf(ctx), objectNameSchema, value, itemIndex, 'Object');
}

/** Any object of the tenant: picked from the list, or given by its API name. */
export const objectPicker: INodeProperties = {
	displayName: 'Object',
	name: OBJECT_PARAMETER,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Gainsight object to work on (custom objects end in __gc)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an object...',
			typeOptions: { searchListMethod: 'searchObjects', searchable: true },
		},
		{
			displayName: 'By API Name',
			name: 'name',
			type: 'string',
			placeholder: 'e.g. Usage__gc',
			validation: [
				{ type: 'regex', properties: { regex: '^[A-Za-z][A-Za-z0-9_]*$', errorMessage: 'An API name has letters, digits and _ only' } },
			],
		},
	],
};

/** For the field pickers: the object picked so far (current parameter values in), if any. */
export function pickedObject(parameter: (name: string) => unknown): string | undefined {
	const name = locatorValue(parameter(OBJECT_PARAMETER));
	return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
