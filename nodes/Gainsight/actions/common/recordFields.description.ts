/** Field descriptions shared by the task and goal writes (read with readRecordFields). */
import type { INodeProperties } from 'n8n-workflow';

import { fieldRows } from './records.description';

export const asOptions = (names: readonly string[]) => names.map((name) => ({ name, value: name }));

/** For option lists that hold Gainsight's defaults. */
export const TENANT_HINT = ' (your tenant may name them differently: use an expression to give its own value)';

export function nameField(what: string): INodeProperties {
	return { displayName: 'Name', name: 'Name', type: 'string', default: '', placeholder: 'e.g. Renewal review', description: `The ${what} name` };
}

export function companyFields(what: string, idNote = ''): INodeProperties[] {
	return [
		{
			displayName: 'Company ID',
			name: 'CompanyId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8',
			description: `GSID of the ${what}'s company${idNote}`,
		},
		{
			displayName: 'Company Name',
			name: 'CompanyName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Acme Corp',
			description: 'Find the company by its name instead of its GSID (a company lookup; the first match is used)',
		},
	];
}

export function descriptionField(what: string): INodeProperties {
	return {
		displayName: 'Description',
		name: 'Description',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Agree the renewal plan with the sponsor',
		description: `What the ${what} is about`,
	};
}

/** `name`: the wire name (a task's and a goal create's DueDate, a goal update's TargetDate). */
export function dueDateField(what: string, name = 'DueDate'): INodeProperties {
	return {
		displayName: 'Due Date',
		name,
		type: 'dateTime',
		default: '',
		description: `When the ${what} is due; sent as YYYY-MM-DD (the time of day is dropped)`,
		hint: `Gainsight takes ${what} dates as YYYY-MM-DD`,
	};
}

export const ownerEmailField: INodeProperties = {
	displayName: 'Owner Email',
	name: 'OwnerEmail',
	type: 'string',
	default: '',
	placeholder: 'e.g. jane@example.com',
	description: 'Find the owner among Gainsight users by email (a user lookup) instead of giving their GSID',
};

export function ownerIdField(what: string): INodeProperties {
	return {
		displayName: 'Owner ID',
		name: 'OwnerId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1P01Q1IO46XBY7CLHNAQ0CMWAOHQJ8L6OKE6',
		description: `GSID of the ${what}'s owner (a Gainsight user)`,
	};
}

export function customFields(what: string): INodeProperties {
	return fieldRows('Custom Fields', 'customFields', 'Add Custom Field', `Other fields of the ${what}, e.g. your own __gc fields`);
}

/** A collection of optional fields ("Additional Fields", "Update Fields"). */
export function fieldsCollection(displayName: string, name: string, options: INodeProperties[]): INodeProperties {
	return { displayName, name, type: 'collection', placeholder: 'Add Field', default: {}, options };
}
