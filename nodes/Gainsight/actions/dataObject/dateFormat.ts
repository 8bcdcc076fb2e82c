/**
 * Dates of data-object records in the output: ISO 8601 text by default, or epoch milliseconds as
 * Gainsight answers them (the Company article's read sample,
 * https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation).
 * Which fields are dates comes from the object's describe, read once per run and shared with the
 * operation's own describe (reads without chosen fields, writes with date values); it is not read
 * when no record holds a number, since only a number can be an epoch date.
 */
import type { IDataObject } from 'n8n-workflow';

import { epochFieldsToIso } from '../../helpers/dates';
import { dateFieldNames, describeObject } from '../../transport/metadata';
import type { GainsightContext } from '../../transport/session';

export type DateFormat = 'iso' | 'epoch';

/** The Date Format option's value (an Options collection's `dateFormat`). */
export const dateFormatOf = (options: IDataObject | undefined): DateFormat => (options?.dateFormat === 'epoch' ? 'epoch' : 'iso');

const holdsNumber = (record: IDataObject) => Object.values(record).some((value) => typeof value === 'number' && Number.isFinite(value));

/** The records with their date fields as ISO 8601 text (new objects where something changed). */
export async function withIsoDates(ctx: GainsightContext, object: string, records: IDataObject[]): Promise<IDataObject[]> {
	if (!records.some(holdsNumber)) return records;
	const dateFields = dateFieldNames(await describeObject(ctx, object));
	return dateFields.size ? records.map((record) => epochFieldsToIso(record, dateFields)) : records;
}
