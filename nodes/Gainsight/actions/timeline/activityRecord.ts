/** Reads one item's activity fields into the record the Timeline API takes, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { shown } from '../../helpers/clip';
import { toTimelineDateTime } from '../../helpers/dates';
import { inputError, parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { readFieldRows } from '../../input/records';
import { textSchema } from '../../input/recordFields';
import { MAX_TEXT_LENGTH, TOO_LONG } from '../../input/schemas';

const emailSchema = textSchema.pipe(z.string().email('is not an email address'));

const LABELS: Record<string, string> = {
	ActivityDate: 'Activity Date',
	Author: 'Author Email',
	ExternalAttendees: 'External Attendees',
	InternalAttendees: 'Internal Attendees',
	Notes: 'Notes',
	Subject: 'Subject',
	TypeName: 'Type',
};

/** Comma-separated e-mails → a list, each checked. */
function emails(ctx: IExecuteFunctions, itemIndex: number, label: string, value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((email) => email.trim())
		.filter(Boolean)
		.map((email, position) => parseInput(nodeOf(ctx), emailSchema, email, itemIndex, `${label} › ${position + 1}`));
}

/** `given`: a fields collection or the required fields; empty values are left out. */
export function readActivityFields(ctx: IExecuteFunctions, itemIndex: number, given: IDataObject, record: IDataObject = {}): IDataObject {
	const node = nodeOf(ctx);
	for (const [field, value] of Object.entries(given)) {
		if (value === '' || value === undefined || value === null) continue;
		const label = LABELS[field] ?? field;
		switch (field) {
			case 'ActivityDate': {
				const at = toTimelineDateTime(value);
				if (!at) throw inputError(node, itemIndex, label, `is not a date-time: ${shown(value)}`, 'Give an ISO 8601 date-time, e.g. 2026-05-09T14:30:00Z.');
				record.ActivityDate = at;
				break;
			}
			case 'Author':
				record.Author = parseInput(node, emailSchema, value, itemIndex, label);
				break;
			case 'ExternalAttendees':
			case 'InternalAttendees':
				record[field] = emails(ctx, itemIndex, label, value);
				break;
			case 'Notes':
				if (String(value).length > MAX_TEXT_LENGTH) throw inputError(node, itemIndex, label, TOO_LONG);
				record.Notes = String(value);
				break;
			case 'Subject':
			case 'TypeName':
				record[field] = parseInput(node, textSchema, value, itemIndex, label);
				break;
			default:
				throw inputError(node, itemIndex, field, 'is not an activity field this node knows', 'Set it under "Custom Fields".');
		}
	}
	return Object.assign(record, readFieldRows(ctx, itemIndex, 'customFields', 'Custom Fields', record));
}

export function readExternalId(ctx: IExecuteFunctions, itemIndex: number): string {
	return parseInput(nodeOf(ctx), textSchema, ctx.getNodeParameter('externalId', itemIndex, ''), itemIndex, 'External ID', 'Give your own unique ID for the activity, the same on a rerun.');
}
