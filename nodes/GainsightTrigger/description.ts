import type { INodeProperties } from 'n8n-workflow';

import { objectPicker } from '../Gainsight/actions/dataObject/objectName';
import { dateFormatOption, optionsCollection } from '../Gainsight/actions/common/options.description';
import { conditionFields, selectField } from '../Gainsight/actions/common/query.description';
import { ctaLocator } from '../Gainsight/actions/task/task.description';

/** The sources that are data objects: read with conditions and fields. */
export const DATA_OBJECT_SOURCES = ['company', 'dataObject'];
const forDataObjects = { displayOptions: { show: { resource: DATA_OBJECT_SOURCES } } };

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Watch',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Company', value: 'company', description: 'Company records' },
			{ name: 'CTA', value: 'cta', description: 'Calls To Action: new, updated or closed' },
			{ name: 'Other Object', value: 'dataObject', description: 'Records of any other object: Person, Relationship, a custom object' },
			{ name: 'Goal', value: 'goal', description: 'Customer goals' },
			{ name: 'Task of a CTA', value: 'task', description: 'The tasks of one CTA' },
		],
		default: 'company',
		description: 'What to watch for changes',
	},
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'New or Updated', value: 'ModifiedDate', description: 'A record was created or changed (by its Modified Date)' },
			{ name: 'New', value: 'CreatedDate', description: 'A record was created (by its Created Date)' },
		],
		default: 'ModifiedDate',
		description: 'Which changes start the workflow. Records that existed before the workflow was activated are not emitted.',
		displayOptions: { hide: { resource: ['cta'] } },
	},
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'New or Updated', value: 'ModifiedDate', description: 'A CTA was created or changed (by its Modified Date)' },
			{ name: 'New', value: 'CreatedDate', description: 'A CTA was created (by its Created Date)' },
			{ name: 'Closed', value: 'closed', description: 'A CTA was closed (closed, by its Modified Date)' },
		],
		default: 'ModifiedDate',
		description: 'Which CTA changes start the workflow. CTAs that existed before the workflow was activated are not emitted.',
		displayOptions: { show: { resource: ['cta'] } },
	},
	{ ...ctaLocator, description: 'The CTA whose tasks to watch', displayOptions: { show: { resource: ['task'] } } },
	{ ...objectPicker, displayOptions: { show: { resource: ['dataObject'] } } },
	...conditionFields.map((field) => ({ ...field, ...forDataObjects })),
	{ ...optionsCollection([dateFormatOption, selectField]), ...forDataObjects },
];
