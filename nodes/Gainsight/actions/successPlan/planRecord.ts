/** Reads one item's success plan fields into the record the Success Plan API takes, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { OWNER_BY_EMAIL, readRecordFields, textSchema, type RecordSpec } from '../../input/recordFields';

const PLAN: RecordSpec = {
	what: 'success plan',
	fields: {
		Name: { label: 'Name', kind: 'text' },
		Comments: { label: 'Comments', kind: 'note' },
		DueDate: { label: 'Due Date', kind: 'day' },
		StartDate: { label: 'Start Date', kind: 'day' },
		OwnerEmail: { label: 'Owner Email', kind: 'email' },
		OwnerId: { label: 'Owner ID', kind: 'gsid' },
	},
	byName: [OWNER_BY_EMAIL],
};

/**
 * The type and status by name, under the keys the third-party summary of the article shows:
 * `SuccessPlanType` and `status`.
 */
export function readPlanNames(ctx: IExecuteFunctions, itemIndex: number, type: unknown, status: unknown): IDataObject {
	const out: IDataObject = {};
	if (type !== undefined && type !== '') out.SuccessPlanType = parseInput(nodeOf(ctx), textSchema, type, itemIndex, 'Type');
	if (status !== undefined && status !== '') out.status = parseInput(nodeOf(ctx), textSchema, status, itemIndex, 'Status');
	return out;
}

/** `given`: a fields collection (Additional Fields, Update Fields); `record`: fields already read. */
export function readPlanFields(ctx: IExecuteFunctions, itemIndex: number, given: IDataObject, record: IDataObject = {}): { record: IDataObject; lookups?: IDataObject } {
	const { type, status, ...rest } = given;
	return readRecordFields(ctx, itemIndex, rest, PLAN, { ...record, ...readPlanNames(ctx, itemIndex, type, status) });
}
