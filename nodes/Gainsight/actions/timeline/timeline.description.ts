/** Fields shared by the Timeline Activity operations. */
import type { INodeProperties } from 'n8n-workflow';

import { fieldRows } from '../common/records.description';
import { asOptions, TENANT_HINT } from '../common/recordFields.description';

/** Gainsight's default activity types; a tenant's own can be given with an expression. */
const TYPES = ['Update', 'Call', 'Meeting', 'Email', 'Milestone'];

export const externalIdField: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	required: true,
	default: '',
	placeholder: "e.g. {{ $json.Gsid }}-health-{{ $now.toFormat('yyyy-MM-dd') }}",
	description: 'Your own unique ID for the activity (Gainsight requires it)',
	hint: 'Make it the same on a rerun (e.g. from the record and the day): an activity whose External ID exists is not logged again',
};

export const typeField = (required: boolean): INodeProperties => ({
	displayName: 'Type',
	name: 'TypeName',
	type: 'options',
	options: asOptions(TYPES),
	required,
	default: 'Update',
	description: `The activity type${TENANT_HINT}`,
});

export const subjectField: INodeProperties = {
	displayName: 'Subject',
	name: 'Subject',
	type: 'string',
	default: '',
	placeholder: 'e.g. Health score dropped to 35',
	description: 'The activity subject',
};

export const authorField: INodeProperties = {
	displayName: 'Author Email',
	name: 'Author',
	type: 'string',
	default: '',
	placeholder: 'e.g. jane@example.com',
	description: 'The e-mail of the Gainsight user the activity is logged as',
};

/** The optional fields of a create (and, with Author, Subject and Type, of an update). */
export function activityFields(forUpdate: boolean): INodeProperties[] {
	return [
		{
			displayName: 'Activity Date',
			name: 'ActivityDate',
			type: 'dateTime',
			default: '',
			description: 'When the activity happened (default: now); sent as yyyy-MM-ddTHH:mm:ss.SSS+0000',
		},
		...(forUpdate ? [authorField] : []),
		{
			displayName: 'External Attendees',
			name: 'ExternalAttendees',
			type: 'string',
			default: '',
			placeholder: 'e.g. sponsor@acme.example, cfo@acme.example',
			description: "Comma-separated e-mails of the customer's people who took part",
		},
		{
			displayName: 'Internal Attendees',
			name: 'InternalAttendees',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com, joe@example.com',
			description: 'Comma-separated e-mails of the Gainsight users who took part',
		},
		{
			displayName: 'Notes',
			name: 'Notes',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: 'e.g. <p>Usage fell 40% after the migration.</p>',
			description: 'The activity notes (HTML; send clean markup)',
		},
		...(forUpdate ? [subjectField, typeField(false)] : []),
	];
}

export const customFields = fieldRows('Custom Fields', 'customFields', 'Add Custom Field', 'Timeline custom fields, named Ant__<Name>__c (e.g. Ant__Sentiment__c)');
