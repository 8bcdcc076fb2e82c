/** Reads one item's CTA fields into the record the CTA API takes (names for type, reason, status, priority), checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { OWNER_BY_EMAIL, readRecordFields, textSchema, type RecordSpec } from '../../input/recordFields';

const CTA: RecordSpec = {
	what: 'CTA',
	fields: {
		Name: { label: 'Name', kind: 'text' },
		Comments: { label: 'Comments', kind: 'note' },
		DueDate: { label: 'Due Date', kind: 'day' },
		IsImportant: { label: 'Is Important', kind: 'flag' },
		OwnerEmail: { label: 'Owner Email', kind: 'email' },
		OwnerId: { label: 'Owner ID', kind: 'gsid' },
		PlaybookId: { label: 'Playbook', kind: 'gsid' },
	},
	byName: [OWNER_BY_EMAIL],
};

/** The picker fields (`type`, `reason`, `status`, `priority`) sent under those keys, by name, as the API's samples do. */
export const CONFIG_FIELDS = { type: 'Type', reason: 'Reason', status: 'Status', priority: 'Priority' } as const;

/** Reads the named config fields from `given` (a collection) or top-level parameters; empty ones are left out. */
export function readConfigNames(ctx: IExecuteFunctions, itemIndex: number, source: (name: string) => unknown): IDataObject {
	const out: IDataObject = {};
	for (const [name, label] of Object.entries(CONFIG_FIELDS)) {
		const value = source(name);
		if (value === undefined || value === null || value === '') continue;
		out[name] = parseInput(nodeOf(ctx), textSchema, value, itemIndex, label);
	}
	return out;
}

export interface CtaWrite {
	record: IDataObject;
	lookups?: IDataObject;
}

/** `given`: a fields collection (Additional Fields, Update Fields); `record`: fields already read. */
export function readCtaFields(ctx: IExecuteFunctions, itemIndex: number, given: IDataObject, record: IDataObject = {}): CtaWrite {
	const { type, reason, status, priority, ...rest } = given;
	const names = readConfigNames(ctx, itemIndex, (name) => ({ type, reason, status, priority })[name]);
	return readRecordFields(ctx, itemIndex, rest, CTA, { ...record, ...names });
}
