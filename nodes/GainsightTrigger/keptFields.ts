/**
 * A trigger polls every few minutes, and an object's fields rarely change: the fields its polls
 * need (names and data types: every field when none are chosen, the dates to turn into ISO text)
 * are kept in the node's static data for an hour, so a poll costs its reads and not a describe
 * call as well (at a poll a minute, 1,440 of the tenant's 50,000 daily calls).
 */
import type { IPollFunctions } from 'n8n-workflow';

import { describedSoFar, useDescribed, type FieldMeta } from '../Gainsight/transport/metadata';

const KEEP_MS = 60 * 60 * 1000;

export interface KeptFields {
	object: string;
	/** When Gainsight described them (epoch ms). */
	at: number;
	fields: Array<Pick<FieldMeta, 'fieldName' | 'dataType'>>;
}

const fresh = (kept: KeptFields | undefined, object: string, now: number): kept is KeptFields =>
	kept !== undefined && kept.object === object && kept.at <= now && now - kept.at < KEEP_MS;

/** Before a poll: fields kept fresh for the watched object serve the poll's describe. */
export function useKeptFields(ctx: IPollFunctions, kept: KeptFields | undefined, object: string, now = Date.now()): void {
	if (fresh(kept, object, now)) useDescribed(ctx, object, kept.fields);
}

/** After a poll: what to keep — the fields it described, or what was kept before when it described nothing new. */
export async function fieldsToKeep(ctx: IPollFunctions, kept: KeptFields | undefined, object: string, now = Date.now()): Promise<KeptFields | undefined> {
	if (fresh(kept, object, now)) return kept;
	const fields = await describedSoFar(ctx, object);
	return fields ? { object, at: now, fields: fields.map(({ fieldName, dataType }) => ({ fieldName, dataType })) } : kept;
}
