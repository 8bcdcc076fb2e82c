/** An object's fields for the resource mapper (Insert, Update, Create or Update), from Gainsight's describe API. */
import type { ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { KEY_TYPES, type FieldMeta } from '../transport/metadata';
import { fieldLabels } from './fieldLabels';
import { pickerFields } from './pickerObject';

const MAPPER_TYPES: Record<string, ResourceMapperField['type']> = {
	NUMBER: 'number',
	CURRENCY: 'number',
	PERCENTAGE: 'number',
	BOOLEAN: 'boolean',
	DATE: 'dateTime',
	DATETIME: 'dateTime',
	PICKLIST: 'options',
};

/** Picklist values come as labels, or as {label, value} items. */
function picklistOptions(values: unknown[] | undefined): INodePropertyOptions[] | undefined {
	if (!values?.length) return undefined;
	return values.map((entry) => {
		if (entry && typeof entry === 'object') {
			const item = entry as { label?: unknown; value?: unknown };
			const label = String(item.label ?? item.value);
			return { name: label, value: String(item.value ?? label) };
		}
		return { name: String(entry), value: String(entry) };
	});
}

/**
 * How the mapper shows one field: `mode` is the mapper's (add: a create; update and upsert match on
 * keys); `displayName` is its label (the mapper gives a field no description, and "Label (ApiName)"
 * was cut off in its narrow column).
 */
export function mapperField(field: FieldMeta, mode: string, displayName = field.fieldName): ResourceMapperField {
	const dataType = String(field.dataType ?? '').toUpperCase();
	const options = dataType === 'PICKLIST' ? picklistOptions(field.picklistValues) : undefined;
	return {
		id: field.fieldName,
		displayName,
		required: mode !== 'update' && field.meta?.required === true,
		defaultMatch: false,
		canBeUsedToMatch: mode !== 'add' && KEY_TYPES.has(dataType),
		display: true,
		type: options ? 'options' : (MAPPER_TYPES[dataType] ?? 'string'),
		...(options ? { options } : {}),
	};
}

/** The mapper's mode for an operation: creates show createable fields, the rest updateable ones plus the key-type fields to match on. */
const MODES: Record<string, string> = { insert: 'add', update: 'update', upsert: 'upsert' };

async function fieldsFor(ctx: ILoadOptionsFunctions, mode: string): Promise<ResourceMapperFields> {
	const fields = await pickerFields(ctx);
	const wanted = fields.filter((field) =>
		mode === 'add'
			? field.meta?.createable !== false
			: field.meta?.updateable !== false || KEY_TYPES.has(String(field.dataType).toUpperCase()),
	);
	const labels = fieldLabels(fields);
	return { fields: wanted.map((field) => mapperField(field, mode, labels.get(field.fieldName))) };
}

/** The fields of the current object for the current operation's mapper. */
export async function getObjectFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return fieldsFor(this, MODES[String(this.getCurrentNodeParameter('operation') ?? 'insert')] ?? 'add');
}

/** The fields a create may set: for writes that create or update without keys of the user's (the People API's upsert). */
export async function getObjectCreateFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return fieldsFor(this, 'add');
}
