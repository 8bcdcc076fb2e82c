/** Dynamic pickers fed by Gainsight's describe API. */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { describeObject, type FieldMeta } from '../transport/metadata';

const KEY_TYPES = new Set(['STRING', 'GSID', 'NUMBER', 'EMAIL']);

function resourceObject(ctx: ILoadOptionsFunctions): string {
	const resource = ctx.getCurrentNodeParameter('resource') as string | undefined;
	return resource === 'company' || !resource ? 'Company' : resource;
}

function asOptions(fields: FieldMeta[]): INodePropertyOptions[] {
	return fields
		.map((field) => ({
			name: field.label && field.label !== field.fieldName ? `${field.label} (${field.fieldName})` : field.fieldName,
			value: field.fieldName,
			description: field.dataType ? `Type: ${field.dataType}${field.meta?.required ? ', required' : ''}` : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getReadableFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await describeObject(this, resourceObject(this)));
}

export async function getWritableFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operation = this.getCurrentNodeParameter('operation') as string | undefined;
	const fields = await describeObject(this, resourceObject(this));
	return asOptions(fields.filter((field) => (operation === 'insert' ? field.meta?.createable : field.meta?.updateable) !== false));
}

export async function getKeyFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const fields = await describeObject(this, resourceObject(this));
	return asOptions(fields.filter((field) => KEY_TYPES.has(String(field.dataType).toUpperCase())));
}
