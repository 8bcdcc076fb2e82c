/** Dynamic pickers fed by Gainsight's describe API. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { gainsightRequest } from '../transport/call';
import { describeObject, type FieldMeta } from '../transport/metadata';
import { PATHS } from '../transport/paths';
import { fieldLabels } from './fieldLabels';
import { pickerFields } from './pickerObject';

/** The fields by label, each with its API name (what the output and expressions use) and type under it. */
function asOptions(fields: FieldMeta[]): INodePropertyOptions[] {
	const labels = fieldLabels(fields);
	return fields
		.map((field) => ({
			name: labels.get(field.fieldName) ?? field.fieldName,
			value: field.fieldName,
			description: [field.fieldName, field.dataType ? `${field.dataType}${field.meta?.required ? ', required' : ''}` : ''].filter(Boolean).join(' · '),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getReadableFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await pickerFields(this));
}

export async function getWritableFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operation = this.getCurrentNodeParameter('operation') as string | undefined;
	const fields = await pickerFields(this);
	return asOptions(fields.filter((field) => (operation === 'insert' || operation === 'create' ? field.meta?.createable : field.meta?.updateable) !== false));
}

/** Company Person fields a person's company association can set. */
export async function getCompanyPersonFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const fields = await describeObject(this, 'Company_Person');
	return asOptions(fields.filter((field) => field.meta?.createable !== false && !['Company_ID', 'Person_ID'].includes(field.fieldName)));
}

/**
 * CTA type names, for the playbook filter. The API documents no CTA-type list, so the names come
 * from the playbook configurations (each names its CTA type); "all CTA types" is not one.
 */
export async function getCtaTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const playbooks = (await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.playbookConfig() })) ?? [];
	const names = new Set(playbooks.map((playbook) => String(playbook.typeName ?? '')).filter((name) => name && name !== 'ALL_CTA_TYPE'));
	return [...names].sort().map((name) => ({ name, value: name }));
}

/** Goals Library templates (GET /v1/goals/templates), active ones only, for the goal Template picker. */
export async function getGoalTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const templates = (await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.goalTemplates() })) ?? [];
	return templates
		.filter((template) => template.isActive !== false)
		.map((template) => ({
			name: template.category ? `${String(template.name)} (${String(template.category)})` : String(template.name),
			value: String(template.id),
			description: template.description ? String(template.description) : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
