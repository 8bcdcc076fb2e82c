/**
 * The UI's lookup rows → the API's `lookups` object, exactly as the Company and Task articles
 * show it: { TargetField: { fields: {source: match}, lookupField, objectName, multiMatchOption, onNoMatch } }.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LookupRow } from './schemas';

export interface LookupRowsParameter {
	lookup?: Array<{
		targetField?: string;
		objectName?: string;
		matchFields?: { match?: Array<{ sourceField?: string; matchField?: string }> };
		options?: { lookupField?: string; multiMatchOption?: string; onNoMatch?: string };
	}>;
}

/** Flattens the UI's nested collection into rows zod can check. */
export function lookupRowsFromParameter(parameter: LookupRowsParameter | undefined): unknown[] {
	return (parameter?.lookup ?? []).map((row) => ({
		targetField: row.targetField,
		objectName: row.objectName,
		lookupField: row.options?.lookupField || 'Gsid',
		matches: (row.matchFields?.match ?? []).map((match) => ({ sourceField: match.sourceField, matchField: match.matchField })),
		multiMatchOption: row.options?.multiMatchOption || 'FIRSTMATCH',
		onNoMatch: row.options?.onNoMatch || 'ERROR',
	}));
}

export function buildLookups(rows: LookupRow[]): IDataObject | undefined {
	if (rows.length === 0) return undefined;
	const lookups: IDataObject = {};
	for (const row of rows) {
		const fields: IDataObject = {};
		for (const match of row.matches) fields[match.sourceField] = match.matchField;
		lookups[row.targetField] = {
			fields,
			lookupField: row.lookupField,
			objectName: row.objectName,
			multiMatchOption: row.multiMatchOption,
			onNoMatch: row.onNoMatch,
		};
	}
	return lookups;
}

/** The record fields a lookup reads its match values from. */
export function lookupSourceFields(rows: LookupRow[]): string[] {
	return rows.flatMap((row) => row.matches.map((match) => match.sourceField));
}
