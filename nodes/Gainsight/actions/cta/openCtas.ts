/**
 * "Skip if an open CTA exists": Gainsight's own duplicate rule is one open CTA per company (or
 * relationship), type and reason. Before a create, the open CTAs of the items' companies and
 * relationships are read (one CTA list read per CONTEXTS_PER_READ of them, `IsClosed EQ false AND
 * (CompanyId EQ … OR …)`), and an item whose company or relationship, type and reason match one is
 * not sent. Two items of the same run that match each other: the first is created, the later ones
 * are skipped as its duplicates.
 */
import type { IDataObject } from 'n8n-workflow';

import { aliasFor } from '../../input/query';
import { listCockpitRecords } from '../../transport/reads';
import { PATHS } from '../../transport/paths';
import type { GainsightContext } from '../../transport/session';

/** Companies or relationships per read: the API documents no limit; this keeps each read's body and expression small. */
export const CONTEXTS_PER_READ = 25;

const TYPE_NAME = 'TypeId__gr.Name';
const REASON_NAME = 'ReasonId__gr.Name';

const lower = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim().toLowerCase());

/** What makes two CTAs duplicates: the company (or relationship), the type and the reason, by name. */
export function duplicateKey(record: IDataObject): string {
	const context = record.RelationshipId ? `R:${String(record.RelationshipId)}` : `C:${String(record.CompanyId)}`;
	return JSON.stringify([context, lower(record.type), lower(record.reason)]);
}

/** The key of a CTA as the list answers it. */
function keyOfListed(cta: IDataObject): string {
	const context = cta.RelationshipId ? `R:${String(cta.RelationshipId)}` : `C:${String(cta.CompanyId)}`;
	return JSON.stringify([context, lower(cta[TYPE_NAME]), lower(cta[REASON_NAME])]);
}

/** The open CTAs among the records' companies and relationships: duplicate key → the open CTA's GSID. */
export async function openCtaKeys(ctx: GainsightContext, records: IDataObject[]): Promise<Map<string, string>> {
	const contexts = new Map<string, { fieldName: string; value: string }>();
	for (const record of records) {
		const { fieldName, value } = record.RelationshipId
			? { fieldName: 'RelationshipId', value: String(record.RelationshipId) }
			: { fieldName: 'CompanyId', value: String(record.CompanyId) };
		contexts.set(`${fieldName}:${value}`, { fieldName, value });
	}
	const all = [...contexts.values()];
	const found = new Map<string, string>();
	for (let start = 0; start < all.length; start += CONTEXTS_PER_READ) {
		const part = all.slice(start, start + CONTEXTS_PER_READ);
		const conditions = [
			{ fieldName: 'IsClosed', alias: 'A', value: [false], operator: 'EQ' },
			...part.map(({ fieldName, value }, index) => ({ fieldName, alias: aliasFor(index + 1), value: [value], operator: 'EQ' })),
		];
		const expression = `A AND (${conditions.slice(1).map((condition) => condition.alias).join(' OR ')})`;
		const body = { select: ['Gsid', 'CompanyId', 'RelationshipId', TYPE_NAME, REASON_NAME], where: { conditions, expression } };
		for (const cta of await listCockpitRecords(ctx, PATHS.ctaList(), body, undefined)) {
			const key = keyOfListed(cta);
			if (!found.has(key)) found.set(key, String(cta.Gsid));
		}
	}
	return found;
}
