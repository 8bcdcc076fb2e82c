/** Dynamic pickers fed by Gainsight's describe API. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { describeObject, type FieldMeta } from '../transport/metadata';
import { PATHS } from '../transport/paths';
import { gainsightRequest } from '../transport/request';

/** The object whose fields a picker lists: tasks are written as cs_task and read (get, search) as Task; goals are cs_goal. */
function resourceObject(ctx: ILoadOptionsFunctions): string {
	const resource = ctx.getCurrentNodeParameter('resource') as string | undefined;
	const operation = ctx.getCurrentNodeParameter('operation') as string | undefined;
	if (resource === 'task') return operation === 'create' || operation === 'update' ? 'cs_task' : 'Task';
	if (resource === 'goal') return 'cs_goal';
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
	return asOptions(fields.filter((field) => (operation === 'insert' || operation === 'create' ? field.meta?.createable : field.meta?.updateable) !== false));
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
