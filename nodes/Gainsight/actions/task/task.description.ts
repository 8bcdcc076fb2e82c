/** Fields shared by the Task operations. */
import type { INodeProperties } from 'n8n-workflow';

import { gsidLocator } from '../common/locator.description';
import { fieldRows } from '../common/records.description';

export const ctaLocator = gsidLocator({ displayName: 'CTA', name: 'ctaId', what: 'CTA', searchMethod: 'searchCtas' });
export const taskLocator = gsidLocator({ displayName: 'Task', name: 'taskId', what: 'task', searchMethod: 'searchTasks' });

/** The default cockpit configuration; a tenant's own names can be given with an expression. */
const STATUSES = ['New', 'Open', 'Work In Progress', 'Closed Success', "Closed Won't Do"];
const PRIORITIES = ['Low', 'Medium', 'High'];
const TYPES = ['Task', 'Call', 'Meeting', 'Milestone'];
const asOptions = (names: string[]) => names.map((name) => ({ name, value: name }));
const TENANT_HINT = ' (your tenant may name them differently: use an expression to give its own value)';

/** The task fields a user can set, on create (with Name required apart) and update (with Name here). */
export function taskFields(withName: boolean): INodeProperties[] {
	const name: INodeProperties[] = withName
		? [{ displayName: 'Name', name: 'Name', type: 'string', default: '', description: 'The task name' }]
		: [];
	return [
		...name,
		{
			displayName: 'Company ID',
			name: 'CompanyId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8',
			description: "GSID of the task's company (Gainsight takes the CTA's company when not given)",
		},
		{
			displayName: 'Company Name',
			name: 'CompanyName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Acme Corp',
			description: 'Find the company by its name instead of its GSID (a company lookup; the first match is used)',
		},
		{
			displayName: 'Description',
			name: 'Description',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'What the task is about',
		},
		{
			displayName: 'Due Date',
			name: 'DueDate',
			type: 'dateTime',
			default: '',
			description: 'When the task is due; sent as YYYY-MM-DD (the time of day is dropped)',
			hint: 'Gainsight takes task dates as YYYY-MM-DD',
		},
		{
			displayName: 'Owner Email',
			name: 'OwnerEmail',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com',
			description: 'Find the owner among Gainsight users by email (a user lookup) instead of giving their GSID',
		},
		{
			displayName: 'Owner ID',
			name: 'OwnerId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1P01Q1IO46XBY7CLHNAQ0CMWAOHQJ8L6OKE6',
			description: "GSID of the task's owner (a Gainsight user)",
		},
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

export const customFields = fieldRows(
	'Custom Fields',
	'customFields',
	'Add Custom Field',
	'Other fields of the task, e.g. your own __gc fields',
);
