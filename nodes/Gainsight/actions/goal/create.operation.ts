import type { IDataObject, INodePropertyOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { aliasFor } from '../../input/query';
import { searchPages } from '../../transport/reads';
import { CLOCK_MARGIN_MS, matchCreated, type Settle } from '../../transport/writes/settle';
import { lookupFields } from '../common/lookups.description';
import {
	companyFields,
	customFields,
	descriptionField,
	dueDateField,
	fieldsCollection,
	ownerEmailField,
	ownerIdField,
} from '../common/recordFields.description';
import { writeEachItem } from '../common/singleWrite';
import { associationFields, entityTypeField, statusField, templateField } from './goal.description';
import { readGoalCreate } from './goalRecord';
import { goalOutput } from './output';

export const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Increase weekly active users',
		description: 'The goal name',
	},
	statusField('status', true),
	fieldsCollection('Additional Fields', 'additionalFields', [
		...associationFields,
		...companyFields('goal', ' (required: give it, or the company name)'),
		descriptionField('goal'),
		dueDateField('goal'),
		entityTypeField,
		ownerEmailField,
		ownerIdField('goal'),
		templateField,
	]),
	customFields('goal'),
	...lookupFields,
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Create', value: 'create', description: 'Create a customer goal, one a call', action: 'Create a goal' };

/**
 * The goals of a create whose answer broke that Gainsight did create: a goal search for the name
 * (and company, when given by GSID) created since just before the call.
 */
const createdGoals = (ctx: IExecuteFunctions): Settle<IDataObject[]> => async (records, sentAt, claimed) => {
	const found: Array<IDataObject | undefined> = [];
	for (const record of records) {
		const fields = ['Name', ...(record.CompanyId ? ['CompanyId'] : [])];
		const conditions = [
			...fields.map((field, index) => ({ name: field, alias: aliasFor(index), value: [record[field]], operator: 'EQ' })),
			{ name: 'CreatedDate', alias: aliasFor(fields.length), value: [new Date(sentAt - CLOCK_MARGIN_MS).toISOString()], operator: 'GTE' },
		];
		found.push(...matchCreated([record], await searchPages(ctx, PATHS.goalSearch(), { where: { conditions } }, undefined), fields, claimed));
	}
	return found;
};

/** Creates one goal per item (POST /v1/csgoal/external/create, one goal a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'POST', path: PATHS.goalCreate(), what: 'goal', settle: createdGoals(this) }, (itemIndex) => readGoalCreate(this, itemIndex), goalOutput);
}
