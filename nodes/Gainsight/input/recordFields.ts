/**
 * Reads the typed fields of a one-record-a-call write (a task's, a goal's): each checked by its
 * kind, a field given both by GSID and by name refused, custom fields added, and the by-name
 * fields turned into built-in lookups (owner by email, company by name) next to the user's own.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { shown } from '../helpers/clip';
import { toDay } from '../helpers/dates';
import { inputError, parseInput } from '../helpers/inputError';
import { nodeOf } from '../helpers/node';
import { readFieldRows, readLookups } from './records';
import { gsidSchema, MAX_TEXT_LENGTH, TOO_LONG, type LookupRow } from './schemas';

export const textSchema = z.string({ invalid_type_error: 'must be text' }).trim().min(1, 'is empty').max(MAX_TEXT_LENGTH, TOO_LONG);
const emailSchema = textSchema.pipe(z.string().email('is not an email address'));

export type FieldKind = 'gsid' | 'email' | 'day' | 'note' | 'text' | 'flag';

export interface FieldSpec {
	label: string;
	kind: FieldKind;
}

/** A field given by name or email instead of a GSID: sent as a lookup that fills `target`. */
export interface ByNameField {
	source: string;
	target: string;
	objectName: 'gsuser' | 'company';
	matchField: string;
}

export const OWNER_BY_EMAIL: ByNameField = { source: 'OwnerEmail', target: 'OwnerId', objectName: 'gsuser', matchField: 'Email' };
export const COMPANY_BY_NAME: ByNameField = { source: 'CompanyName', target: 'CompanyId', objectName: 'company', matchField: 'Name' };

/** The fields a task and a goal share, by their wire names. */
export const SHARED_FIELDS: Record<string, FieldSpec> = {
	Name: { label: 'Name', kind: 'text' },
	CompanyId: { label: 'Company ID', kind: 'gsid' },
	CompanyName: { label: 'Company Name', kind: 'text' },
	Description: { label: 'Description', kind: 'note' },
	DueDate: { label: 'Due Date', kind: 'day' },
	OwnerEmail: { label: 'Owner Email', kind: 'email' },
	OwnerId: { label: 'Owner ID', kind: 'gsid' },
};

export interface RecordSpec {
	/** "task", "goal": for messages. */
	what: string;
	fields: Record<string, FieldSpec>;
	/** The by-name fields this write offers (each needs its source among `fields`). */
	byName: ByNameField[];
}

/** A lookup the node builds itself: a field of the record matched against users or companies. */
export function builtInLookup(field: ByNameField): LookupRow {
	return {
		targetField: field.target,
		objectName: field.objectName,
		lookupField: 'Gsid',
		matches: [{ sourceField: field.source, matchField: field.matchField }],
		multiMatchOption: 'FIRSTMATCH',
		onNoMatch: 'ERROR',
	};
}

function readValue(ctx: IExecuteFunctions, itemIndex: number, spec: FieldSpec, value: unknown): unknown {
	const node = nodeOf(ctx);
	switch (spec.kind) {
		case 'gsid':
			return parseInput(node, gsidSchema, value, itemIndex, spec.label);
		case 'email':
			return parseInput(node, emailSchema, value, itemIndex, spec.label);
		case 'day': {
			const day = toDay(value);
			if (!day) throw inputError(node, itemIndex, spec.label, `is not a date: ${shown(value)}`, 'Give a date as YYYY-MM-DD, e.g. 2026-05-09.');
			return day;
		}
		case 'flag':
			if (typeof value !== 'boolean') throw inputError(node, itemIndex, spec.label, `is not true or false: ${shown(value)}`);
			return value;
		case 'note':
			if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) throw inputError(node, itemIndex, spec.label, TOO_LONG);
			return value === null || value === undefined ? null : String(value);
		default:
			return parseInput(node, textSchema, value, itemIndex, spec.label);
	}
}

/** `given`: the values of the fields collection; `record`: fields already read (e.g. a required Name). */
export function readRecordFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	given: IDataObject,
	spec: RecordSpec,
	record: IDataObject = {},
): { record: IDataObject; lookups?: IDataObject } {
	const node = nodeOf(ctx);
	const label = (field: string) => (Object.hasOwn(spec.fields, field) ? spec.fields[field].label : field);
	for (const [field, value] of Object.entries(given)) {
		const fieldSpec = Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
		if (!fieldSpec) throw inputError(node, itemIndex, field, `is not a ${spec.what} field this node knows`, 'Set it under "Custom Fields".');
		record[field] = readValue(ctx, itemIndex, fieldSpec, value) as IDataObject[string];
	}
	for (const { source, target } of spec.byName) {
		if (Object.hasOwn(record, source) && Object.hasOwn(record, target)) {
			throw inputError(node, itemIndex, label(source), `and "${label(target)}" are both set`, 'Give one of them.');
		}
	}
	const custom = readFieldRows(ctx, itemIndex, 'customFields', 'Custom Fields', record);
	const reserved = Object.keys(custom).find((field) => field.toLowerCase() === 'referenceid');
	if (reserved) {
		throw inputError(
			node,
			itemIndex,
			`Custom Fields › ${reserved}`,
			`is reserved: the node sends its own referenceId with each ${spec.what}, to match Gainsight's answer to this item`,
			'Remove the row, or give the value another field name.',
		);
	}
	Object.assign(record, custom);
	const builtIn = spec.byName.filter(({ source }) => Object.hasOwn(record, source)).map(builtInLookup);
	// The user's own Lookups rows, where the operation offers them, come after the built-in ones.
	return { record, lookups: readLookups(ctx, itemIndex, record, builtIn) };
}
