/**
 * The tenant's cockpit configuration: CTA types, statuses, priorities and reasons
 * (`GET /v2/cockpit/admin/picklist/lite?category=…&et=…`) and success plan types and statuses
 * (`GET /v2/successPlan/admin/picklist/lite`), answered as `data` keyed by category. Known from a
 * third-party summary of the CTA and Success Plan articles only; an item is read with the keys of
 * Data Management's dropdown items (`name`, `active`), plus `closed` on statuses and `typeName` on
 * reasons where the tenant says.
 */
import type { IDataObject } from 'n8n-workflow';

import { gainsightRequest } from './call';
import type { GainsightContext } from './session';

export interface PicklistEntry {
	name: string;
	/** Statuses: whether the status closes the CTA or plan (undefined when the answer does not say). */
	closed?: boolean;
	/** Reasons: the CTA type the reason belongs to, when the answer says. */
	typeName?: string;
}

export type EntityType = 'COMPANY' | 'RELATIONSHIP';

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The active entries of each category asked for, in the tenant's order. */
export async function readPicklists(ctx: GainsightContext, path: string, categories: string[], entityType: EntityType): Promise<Record<string, PicklistEntry[]>> {
	const data = await gainsightRequest<unknown>(ctx, { method: 'GET', path, qs: { category: categories.join(','), et: entityType } });
	const out: Record<string, PicklistEntry[]> = {};
	for (const category of categories) {
		const items = isObject(data) && Array.isArray(data[category]) ? (data[category] as unknown[]) : [];
		out[category] = items
			.filter((item): item is IDataObject => isObject(item) && typeof (item.name ?? item.Name) === 'string' && item.active !== false)
			.map((item) => ({
				name: String(item.name ?? item.Name),
				closed: typeof item.closed === 'boolean' ? item.closed : undefined,
				typeName: typeof item.typeName === 'string' ? item.typeName : undefined,
			}));
	}
	return out;
}

const CLOSED_NAME = /^closed\b/i;

/** Whether a status closes: the answer's `closed` where it gives one, else a name starting "Closed" (Gainsight's defaults). */
export const isClosedStatus = (entry: PicklistEntry) => entry.closed ?? CLOSED_NAME.test(entry.name);
