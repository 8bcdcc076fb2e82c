import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { asNodeError } from '../../helpers/nodeError';
import { nodeOf } from '../../helpers/node';
import { parseInput } from '../../helpers/inputError';
import { prepareAll, toOutput } from '../../helpers/output';
import { textSchema } from '../../input/recordFields';
import { PATHS } from '../../transport/paths';
import { writeActivities } from '../../transport/writes/activities';
import type { Settle } from '../../transport/writes/settle';
import type { RecordResult } from '../../transport/writes/chunks';
import { contextFields } from '../common/cockpit.description';
import { readContext } from '../common/cockpitContext';
import { noLookupsNotice } from '../common/lookups.description';
import { fieldsCollection } from '../common/recordFields.description';
import { readActivityFields, readExternalId } from './activityRecord';
import { existingActivities } from './existing';
import { activityOutput } from './output';
import { shaped } from '../common/singleWrite';
import { activityFields, authorField, customFields, externalIdField, subjectField, typeField } from './timeline.description';

export const properties: INodeProperties[] = [
	...contextFields('activity'),
	typeField(true),
	{ ...subjectField, required: true },
	{ ...authorField, required: true },
	externalIdField,
	fieldsCollection('Additional Fields', 'additionalFields', activityFields(false)),
	customFields,
	noLookupsNotice('No lookups here: the Timeline API takes the activity only. Give the author and attendees by e-mail, the company or relationship from its list or by GSID.'),
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Create',
	value: 'create',
	description: 'Log an activity on a company or relationship timeline, one a call; an External ID already logged is skipped',
	action: 'Create a timeline activity',
};

/** The context as the Timeline API names it: ContextName and the company's or relationship's GSID. */
function timelineContext(context: IDataObject): IDataObject {
	return context.RelationshipId
		? { ContextName: 'Relationship', GsRelationshipId: context.RelationshipId }
		: { ContextName: 'Company', GsCompanyId: context.CompanyId };
}

/**
 * Logs one activity per item (POST /v1/ant/es/activity, one a call, paced by the Timeline quota).
 * First one read of the External IDs: an item whose External ID is logged already (a rerun) is
 * skipped, and so is a later item of the same run with the same External ID.
 */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number): IDataObject => {
		const record: IDataObject = {
			ExternalId: readExternalId(this, itemIndex),
			...timelineContext(readContext(this, itemIndex)),
			TypeName: parseInput(nodeOf(this), textSchema, this.getNodeParameter('TypeName', itemIndex, ''), itemIndex, 'Type'),
		};
		const required = { Subject: this.getNodeParameter('Subject', itemIndex, ''), Author: this.getNodeParameter('Author', itemIndex, '') };
		for (const [field, label] of [['Subject', 'Subject'], ['Author', 'Author Email']]) {
			parseInput(nodeOf(this), textSchema, required[field as 'Subject' | 'Author'], itemIndex, label);
		}
		return readActivityFields(this, itemIndex, { ...required, ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) }, record);
	};
	const { ready, failed } = prepareAll(this, items.length, prepare);
	let existing: Map<string, string>;
	try {
		existing = ready.length ? await existingActivities(this, ready.map(({ value }) => String(value.ExternalId))) : new Map();
	} catch (error) {
		if (!this.continueOnFail()) throw asNodeError(nodeOf(this), error);
		const reason = asNodeError(nodeOf(this), error);
		return toOutput(this, [...failed, ...ready.map(({ itemIndex }) => ({ itemIndex, error: reason }))]);
	}
	const skipped: RecordResult[] = [];
	const send: Array<{ itemIndex: number; record: IDataObject }> = [];
	const sentIds = new Map<string, number>();
	for (const { itemIndex, value: record } of ready) {
		const externalId = String(record.ExternalId);
		const logged = existing.get(externalId);
		const earlier = sentIds.get(externalId);
		if (logged) skipped.push({ itemIndex, json: { skipped: true, existingActivityId: logged, ...record } });
		else if (earlier !== undefined) skipped.push({ itemIndex, json: { skipped: true, duplicateOfItem: earlier, ...record } });
		else {
			sentIds.set(externalId, itemIndex);
			send.push({ itemIndex, record });
		}
	}
	// an activity whose answer broke is looked up by its External ID before it is sent again
	const logged: Settle<IDataObject[]> = async (records) => {
		const found = await existingActivities(this, records.map((record) => String(record.ExternalId)));
		return records.map((record) => {
			const gsid = found.get(String(record.ExternalId));
			return gsid ? { activityId: gsid, ...record } : undefined;
		});
	};
	const results = await writeActivities(this, { method: 'POST', path: PATHS.timelineActivity(), settle: logged }, send, { stopOnFirstError: !this.continueOnFail() });
	return toOutput(this, [...failed, ...shaped([...skipped, ...results], activityOutput)], 'written');
}
