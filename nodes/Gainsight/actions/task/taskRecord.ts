/** Reads one item's task fields, custom fields and lookups into the record the cockpit API takes, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { toDay } from '../../helpers/dates';
import { inputError, parseInput } from '../../helpers/inputError';
import { gsidSchema, type LookupRow } from '../../transport/schemas';
import { readFieldRows, readLookups } from '../common/records';

export const textSchema = z.string({ invalid_type_error: 'must be text' }).trim().min(1, 'is empty');
const emailSchema = textSchema.pipe(z.string().email('is not an email address'));

/** A lookup the node builds itself: a field of the record matched against users or companies. */
export function builtInLookup(targetField: string, objectName: 'gsuser' | 'company', sourceField: string, matchField: string): LookupRow {
	return {
		targetField,
		objectName,
		lookupField: 'Gsid',
		matches: [{ sourceField, matchField }],
		multiMatchOption: 'FIRSTMATCH',
		onNoMatch: 'ERROR',
	};
}

const LABELS: Record<string, string> = {
	Name: 'Name',
	CompanyId: 'Company ID',
	CompanyName: 'Company Name',
	Description: 'Description',
	DueDate: 'Due Date',
	OwnerEmail: 'Owner Email',
	OwnerId: 'Owner ID',
	priority: 'Priority',
	status: 'Status',
	type: 'Type',
};

export interface TaskWrite {
	record: IDataObject;
	lookups?: IDataObject;
}

/** `collection` is the parameter holding the optional fields ("additionalFields" or "updateFields"). */
export function readTaskWrite(ctx: IExecuteFunctions, itemIndex: number, collection: string, record: IDataObject = {}): TaskWrite {
	const node = ctx.getNode();
	const given = ctx.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const label = (field: string) => LABELS[field] ?? field;
	for (const [field, value] of Object.entries(given)) {
		if (!(field in LABELS)) throw inputError(node, itemIndex, field, 'is not a task field this node knows', 'Set it under "Custom Fields".');
		switch (field) {
			case 'OwnerId':
			case 'CompanyId':
				record[field] = parseInput(node, gsidSchema, value, itemIndex, label(field));
				break;
			case 'OwnerEmail':
				record[field] = parseInput(node, emailSchema, value, itemIndex, label(field));
				break;
			case 'DueDate': {
				const day = toDay(value);
				if (!day) {
					throw inputError(node, itemIndex, label(field), `is not a date: ${JSON.stringify(value)}`, 'Give a date as YYYY-MM-DD, e.g. 2026-05-09.');
				}
				record[field] = day;
				break;
			}
			case 'Description':
				record[field] = value === null || value === undefined ? null : String(value);
				break;
			default:
				record[field] = parseInput(node, textSchema, value, itemIndex, label(field));
		}
	}
	for (const [byId, byName] of [
		['OwnerId', 'OwnerEmail'],
		['CompanyId', 'CompanyName'],
	]) {
		if (byId in record && byName in record) {
			throw inputError(node, itemIndex, label(byName), `and "${label(byId)}" are both set`, 'Give one of them.');
		}
	}
	Object.assign(record, readFieldRows(ctx, itemIndex, 'customFields', 'Custom Fields', record));
	const builtIn: LookupRow[] = [];
	if ('OwnerEmail' in record) builtIn.push(builtInLookup('OwnerId', 'gsuser', 'OwnerEmail', 'Email'));
	if ('CompanyName' in record) builtIn.push(builtInLookup('CompanyId', 'company', 'CompanyName', 'Name'));
	return { record, lookups: readLookups(ctx, itemIndex, record, builtIn) };
}
