import type { INodePropertyOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
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


export const operation: INodePropertyOptions & { action: string } = { name: 'Create', value: 'create', description: 'Create a customer goal (one goal a call)', action: 'Create a goal' };

/** Creates one goal per item (POST /v1/csgoal/external/create, one goal a call). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'POST', path: PATHS.goalCreate(), what: 'goal' }, (itemIndex) => readGoalCreate(this, itemIndex));
}
