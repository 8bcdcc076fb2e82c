/** Fields shared by the Task operations. */
import type { INodeProperties } from 'n8n-workflow';

import { gsidLocator } from '../common/locator.description';
import {
	asOptions,
	companyFields,
	customFields as customFieldsOf,
	descriptionField,
	dueDateField,
	nameField,
	ownerEmailField,
	ownerIdField,
	TENANT_HINT,
} from '../common/recordFields.description';

export const ctaLocator = gsidLocator({ displayName: 'CTA', name: 'ctaId', what: 'CTA', searchMethod: 'searchCtas' });
export const taskLocator = gsidLocator({ displayName: 'Task', name: 'taskId', what: 'task', searchMethod: 'searchTasks' });

/** The default cockpit configuration; a tenant's own names can be given with an expression. */
const STATUSES = ['New', 'Open', 'Work In Progress', 'Closed Success', "Closed Won't Do"];
const PRIORITIES = ['Low', 'Medium', 'High'];
const TYPES = ['Task', 'Call', 'Meeting', 'Milestone'];

/**
 * The task fields a user can set, on create (with Name required apart) and update (with Name here;
 * its Due Date is a field of its own, next to the cascade).
 */
export function taskFields(withName: boolean, withDueDate = true): INodeProperties[] {
	return [
		...(withName ? [nameField('task')] : []),
		...companyFields('task', " (Gainsight takes the CTA's company when not given)"),
		descriptionField('task'),
		...(withDueDate ? [dueDateField('task')] : []),
		ownerEmailField,
		ownerIdField('task'),
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: asOptions(PRIORITIES),
			default: 'Medium',
			description: `Task priority${TENANT_HINT}`,
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: asOptions(STATUSES),
			default: 'New',
			description: `Task status${TENANT_HINT}`,
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: asOptions(TYPES),
			default: 'Task',
			description: `Task type${TENANT_HINT}`,
		},
	];
}

export const customFields = customFieldsOf('task');
