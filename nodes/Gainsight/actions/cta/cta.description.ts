/** Fields shared by the CTA operations. */
import type { INodeProperties } from 'n8n-workflow';

import { configPicker } from '../common/cockpit.description';
import type { CockpitList } from '../common/cockpitList';
import { customFields as customFieldsOf, dueDateField, nameField, ownerEmailField, ownerIdField } from '../common/recordFields.description';
import { PATHS } from '../../transport/paths';

export { ctaLocator } from '../task/task.description';

/**
 * The fields a CTA list answers when none are picked: those of the Fetch CTA sample
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation),
 * with the names of status and reason read like those of type and priority.
 */
export const CTA_LIST: CockpitList = {
	path: PATHS.ctaList(),
	what: 'CTA',
	defaultSelect: [
		'Gsid', 'Name', 'EntityType', 'CompanyId', 'CompanyId__gr.Name', 'RelationshipId', 'TypeId__gr.Name', 'ReasonId__gr.Name', 'StatusId__gr.Name',
		'PriorityId__gr.Name', 'OwnerId', 'OwnerId__gr.Name', 'DueDate', 'IsClosed', 'IsImportant', 'CreatedDate', 'ModifiedDate',
	],
};

export const typePicker = (required: boolean) =>
	configPicker({ label: 'Type', name: 'type', method: 'getCtaTypeNames', required, description: 'The CTA type (Risk, Expansion, Lifecycle… as your tenant names them)' });
export const reasonPicker = configPicker({
	label: 'Reason',
	name: 'reason',
	method: 'getCtaReasonNames',
	dependsOn: ['type'],
	description: "Why the CTA is open: one of the type's reasons",
});
export const statusPicker = configPicker({ label: 'Status', name: 'status', method: 'getCtaStatusNames', description: 'The CTA status (default: the first open one)' });
export const priorityPicker = configPicker({ label: 'Priority', name: 'priority', method: 'getCtaPriorityNames', description: 'The CTA priority' });

export const commentsField: INodeProperties = {
	displayName: 'Comments',
	name: 'Comments',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	placeholder: 'e.g. Health score fell below 40 this week',
	description: 'Comments on the CTA (send clean text: Gainsight leaves rich text to the caller)',
};

export const importantField: INodeProperties = {
	displayName: 'Is Important',
	name: 'IsImportant',
	type: 'boolean',
	default: false,
	description: 'Whether to flag the CTA as important',
};

/** The optional fields of a create and of an update (the update adds Name, type and reason; its Due Date is a field of its own, next to the cascade). */
export function ctaFields(forUpdate: boolean): INodeProperties[] {
	return [
		commentsField,
		...(forUpdate ? [] : [dueDateField('CTA')]),
		importantField,
		...(forUpdate ? [nameField('CTA')] : []),
		ownerEmailField,
		ownerIdField('CTA'),
		...(forUpdate ? [priorityPicker, reasonPicker, statusPicker, typePicker(false)] : []),
	];
}

export const customFields = customFieldsOf('CTA');
