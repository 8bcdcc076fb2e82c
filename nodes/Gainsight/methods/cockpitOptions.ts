/**
 * Pickers fed by the tenant's cockpit configuration (transport/picklists.ts): CTA types, reasons,
 * statuses and priorities, success plan types and statuses, and the playbooks a CTA can get. The
 * values are NAMES, as the CTA and Success Plan APIs take them.
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { gainsightRequest } from '../transport/call';
import { PATHS } from '../transport/paths';
import { isClosedStatus, readPicklists, type EntityType, type PicklistEntry } from '../transport/picklists';

function entityTypeOf(ctx: ILoadOptionsFunctions): EntityType {
	return ctx.getCurrentNodeParameter('entityType') === 'RELATIONSHIP' ? 'RELATIONSHIP' : 'COMPANY';
}

const asOptions = (entries: PicklistEntry[]): INodePropertyOptions[] => [...new Set(entries.map((entry) => entry.name))].map((name) => ({ name, value: name }));

async function ctaCategory(ctx: ILoadOptionsFunctions, category: string): Promise<PicklistEntry[]> {
	return (await readPicklists(ctx, PATHS.ctaPicklist(), [category], entityTypeOf(ctx)))[category];
}

async function successPlanCategory(ctx: ILoadOptionsFunctions, category: string): Promise<PicklistEntry[]> {
	return (await readPicklists(ctx, PATHS.successPlanPicklist(), [category], entityTypeOf(ctx)))[category];
}

/** The type chosen so far (top-level, or among the fields being updated). */
function chosenType(ctx: ILoadOptionsFunctions): string | undefined {
	const type = ctx.getCurrentNodeParameter('type') ?? (ctx.getCurrentNodeParameter('updateFields') as IDataObject | undefined)?.type;
	return typeof type === 'string' && type.trim() && !type.startsWith('=') ? type.trim() : undefined;
}

export async function getCtaTypeNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// Objective CTAs belong to success plans: they are made with one.
	return asOptions((await ctaCategory(this, 'CTA_TYPE')).filter((entry) => entry.name !== 'Objective'));
}

/** Reasons of the chosen type where the tenant says which type a reason belongs to; else all. */
export async function getCtaReasonNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const type = chosenType(this)?.toLowerCase();
	const reasons = await ctaCategory(this, 'CTA_REASON');
	return asOptions(reasons.filter((entry) => !type || entry.typeName === undefined || entry.typeName.toLowerCase() === type));
}

export async function getCtaStatusNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await ctaCategory(this, 'CTA_STATUS'));
}

export async function getCtaClosedStatusNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions((await ctaCategory(this, 'CTA_STATUS')).filter(isClosedStatus));
}

export async function getCtaPriorityNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await ctaCategory(this, 'CTA_PRIORITY'));
}

export async function getSuccessPlanTypeNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await successPlanCategory(this, 'SUCCESS_PLAN_TYPE'));
}

export async function getSuccessPlanStatusNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return asOptions(await successPlanCategory(this, 'SUCCESS_PLAN_STATUS'));
}

/** Active playbooks for the chosen CTA type and entity type (`GET /v2/cockpit/admin/playbook`), by GSID. */
export async function getCtaPlaybooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const qs: IDataObject = { active: true, et: entityTypeOf(this) };
	const type = chosenType(this);
	if (type) qs.type = type;
	const playbooks = (await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.playbookConfig(), qs })) ?? [];
	return playbooks
		.map((playbook) => ({ name: `${String(playbook.name)} (${String(playbook.typeName)})`, value: String(playbook.gsid) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
