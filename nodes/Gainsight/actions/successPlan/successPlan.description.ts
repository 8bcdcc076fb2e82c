/** Fields shared by the Success Plan operations. */
import type { INodeProperties } from 'n8n-workflow';

import { configPicker } from '../common/cockpit.description';
import type { CockpitList } from '../common/cockpitList';
import { gsidLocator } from '../common/locator.description';
import { customFields as customFieldsOf, dueDateField, nameField, ownerEmailField, ownerIdField } from '../common/recordFields.description';
import { PATHS } from '../../transport/paths';

export const successPlanLocator = gsidLocator({ displayName: 'Success Plan', name: 'successPlanId', what: 'success plan', searchMethod: 'searchSuccessPlans' });

/** The fields a success plan list answers when none are picked (the list's fields are not documented: the CTA list's pattern). */
export const SUCCESS_PLAN_LIST: CockpitList = {
	path: PATHS.successPlanList(),
	what: 'success plan',
	defaultSelect: [
		'Gsid', 'Name', 'EntityType', 'CompanyId', 'CompanyId__gr.Name', 'RelationshipId', 'TypeId__gr.Name', 'StatusId__gr.Name', 'OwnerId',
		'OwnerId__gr.Name', 'DueDate', 'StartDate', 'IsClosed', 'CreatedDate', 'ModifiedDate',
	],
};

export const typePicker = (required: boolean) =>
	configPicker({ label: 'Type', name: 'type', method: 'getSuccessPlanTypeNames', required, description: 'The success plan type (as your tenant names it)' });
export const statusPicker = configPicker({
	label: 'Status',
	name: 'status',
	method: 'getSuccessPlanStatusNames',
	description: 'The success plan status (default: Draft); a closed status closes its open objectives',
});

export const startDateField: INodeProperties = { ...dueDateField('success plan', 'StartDate'), displayName: 'Start Date', description: 'When the success plan starts; sent as YYYY-MM-DD' };

export const commentsField: INodeProperties = {
	displayName: 'Comments',
	name: 'Comments',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	placeholder: 'e.g. Agreed with the sponsor in the kick-off',
	description: 'Comments on the success plan',
};

/** The optional fields of a create and of an update (the update adds Name, type and status). */
export function planFields(forUpdate: boolean): INodeProperties[] {
	return [
		commentsField,
		dueDateField('success plan'),
		...(forUpdate ? [nameField('success plan')] : []),
		ownerEmailField,
		ownerIdField('success plan'),
		startDateField,
		...(forUpdate ? [statusPicker, typePicker(false)] : []),
	];
}

export const customFields = customFieldsOf('success plan');
