/** The Company fields for the resource mapper (Insert, Update, Upsert), from Gainsight's describe API. */
import type { ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { describeObject, KEY_TYPES, type FieldMeta } from '../transport/metadata';

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

export function mapperField(field: FieldMeta, operation: string): ResourceMapperField {
	const dataType = String(field.dataType ?? '').toUpperCase();
	const options = dataType === 'PICKLIST' ? picklistOptions(field.picklistValues) : undefined;
	return {
		id: field.fieldName,
		displayName: field.label && field.label !== field.fieldName ? `${field.label} (${field.fieldName})` : field.fieldName,
		required: operation !== 'update' && field.meta?.required === true,
		defaultMatch: false,
		canBeUsedToMatch: operation !== 'insert' && KEY_TYPES.has(dataType),
		display: true,
		type: options ? 'options' : (MAPPER_TYPES[dataType] ?? 'string'),
		...(options ? { options } : {}),
	};
}

/** Insert: fields Gainsight lets a create set. Update/Upsert: fields it lets an update set, plus the key-type fields to match on. */
export async function getCompanyFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const operation = String(this.getCurrentNodeParameter('operation') ?? 'insert');
	const fields = await describeObject(this, 'Company');
	const wanted = fields.filter((field) =>
		operation === 'insert'
			? field.meta?.createable !== false
			: field.meta?.updateable !== false || KEY_TYPES.has(String(field.dataType).toUpperCase()),
	);
	return { fields: wanted.map((field) => mapperField(field, operation)) };
}
