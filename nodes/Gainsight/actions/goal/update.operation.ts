import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { PATHS } from '../../transport/paths';
import { customFields, descriptionField, dueDateField, fieldsCollection, nameField, ownerIdField } from '../common/recordFields.description';
import { goalLocator, statusField, templateField } from './goal.description';
import { writePerGoal } from './goalCall';
import { readGoalUpdate } from './goalRecord';
import { nodeOf } from '../../helpers/node';
import { noLookupsNotice } from '../common/lookups.description';

export const properties: INodeProperties[] = [
	goalLocator,
	fieldsCollection('Update Fields', 'updateFields', [
		{
			displayName: 'Company ID',
			name: 'CompanyId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8',
			description: 'GSID of the company the goal moves to',
		},
		descriptionField('goal'),
		dueDateField('goal', 'TargetDate'),
		nameField('goal'),
		ownerIdField('goal'),
		statusField('Status', false),
		templateField,
	]),
	customFields('goal'),
	noLookupsNotice(
		'No lookups here: the goal update (PUT /v1/goals/{id}) takes the goal\'s own fields only, so Company ID and Owner ID are given as GSIDs.',
	),
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Update', value: 'update', description: 'Update a goal, one a call', action: 'Update a goal' };

/** Updates one goal per item (PUT /v1/goals/{id}, 004's GoalInput body); outputs the goal as Gainsight answers it. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writePerGoal(this, items, { method: 'PUT', path: PATHS.goalById, idempotent: true }, (itemIndex) => {
		const body = readGoalUpdate(this, itemIndex);
		if (Object.keys(body).length === 0) throw inputError(nodeOf(this), itemIndex, 'Update Fields', 'sets no field', 'Add at least one field to change.');
		return body;
	});
}
