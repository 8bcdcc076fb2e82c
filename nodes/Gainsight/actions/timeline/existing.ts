/**
 * The activities that already carry some External IDs: read from `activity_timeline` (the data-object
 * query API), `ExternalId EQ a OR ExternalId EQ b …` (a text field takes no IN), IDS_PER_READ a read.
 * Before a create, so a rerun of a workflow does not log the same activity twice.
 */
import { aliasFor } from '../../input/query';
import { OBJECTS } from '../../transport/paths';
import { queryRecords } from '../../transport/reads';
import type { GainsightContext } from '../../transport/session';

/** External IDs per read: no limit is documented; this keeps each read's body and expression small. */
export const IDS_PER_READ = 25;

/** External ID → the activity's GSID, for those that exist. */
export async function existingActivities(ctx: GainsightContext, externalIds: string[]): Promise<Map<string, string>> {
	const ids = [...new Set(externalIds)];
	const found = new Map<string, string>();
	for (let start = 0; start < ids.length; start += IDS_PER_READ) {
		const part = ids.slice(start, start + IDS_PER_READ);
		const conditions = part.map((id, index) => ({ name: 'ExternalId', alias: aliasFor(index), value: [id], operator: 'EQ' }));
		const body = { select: ['Gsid', 'ExternalId'], where: { conditions, expression: conditions.map((condition) => condition.alias).join(' OR ') } };
		for (const activity of await queryRecords(ctx, OBJECTS.timelineActivity, body, undefined)) found.set(String(activity.ExternalId), String(activity.Gsid));
	}
	return found;
}
