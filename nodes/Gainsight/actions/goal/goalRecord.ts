/** Reads one item's goal fields into the record (and association) the goal APIs take, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError, parseInput } from '../../helpers/inputError';
import { gsidSchema } from '../../input/schemas';
import { COMPANY_BY_NAME, OWNER_BY_EMAIL, readRecordFields, SHARED_FIELDS, textSchema, type RecordSpec } from '../../input/recordFields';
import { nodeOf } from '../../helpers/node';

const TEMPLATE = { label: 'Template', kind: 'text' } as const;

/** Create (`/v1/csgoal/external/create`): the article's names, and company/owner by name through lookups. */
const CREATE: RecordSpec = {
	what: 'goal',
	fields: { ...SHARED_FIELDS, EntityType: { label: 'Entity Type', kind: 'text' }, TemplateId: TEMPLATE },
	byName: [OWNER_BY_EMAIL, COMPANY_BY_NAME],
};

/** Update (`PUT /v1/goals/{id}`, 004's GoalInput): GSIDs only (the call takes no lookups), Status and TargetDate. */
const { Name, CompanyId, Description, OwnerId, DueDate } = SHARED_FIELDS;
const UPDATE: RecordSpec = {
	what: 'goal',
	fields: { Name, CompanyId, Description, OwnerId, TemplateId: TEMPLATE, TargetDate: DueDate, Status: { label: 'Status', kind: 'text' } },
	byName: [],
};

const ASSOCIATIONS = { associatedCtaIds: ['CTA', 'Associated CTA IDs'], associatedSuccessPlanIds: ['SP', 'Associated Success Plan IDs'] } as const;

/** "a, b c" or ["a", "b"] → checked GSIDs. */
function readGsidList(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [value];
	return list.map((gsid, position) => parseInput(nodeOf(ctx), gsidSchema, gsid, itemIndex, `${label} › ${position + 1}`));
}

/** Name and Status (required), the optional fields, custom fields, associations and lookups of one item. */
export function readGoalCreate(ctx: IExecuteFunctions, itemIndex: number) {
	const node = nodeOf(ctx);
	const record: IDataObject = {
		Name: parseInput(node, textSchema, ctx.getNodeParameter('name', itemIndex, ''), itemIndex, 'Name'),
		StatusName: parseInput(node, textSchema, ctx.getNodeParameter('status', itemIndex, ''), itemIndex, 'Status'),
	};
	const given = { ...(ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
	const association: Record<string, string[]> = {};
	for (const [parameter, [kind, label]] of Object.entries(ASSOCIATIONS)) {
		if (parameter in given) {
			const ids = readGsidList(ctx, itemIndex, given[parameter], label);
			if (ids.length) association[kind] = ids;
			delete given[parameter];
		}
	}
	const write = readRecordFields(ctx, itemIndex, given, CREATE, record);
	if (!('CompanyId' in write.record) && !write.lookups?.CompanyId) {
		throw inputError(node, itemIndex, 'Company ID', 'is not set', 'A goal belongs to a company: give its GSID, or its name under "Company Name".');
	}
	return { ...write, extra: Object.keys(association).length ? { association } : undefined };
}

export function readGoalUpdate(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	return readRecordFields(ctx, itemIndex, ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, UPDATE).record;
}
