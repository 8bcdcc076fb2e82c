import type { INodeProperties } from 'n8n-workflow';

import { queryFields, selectField } from '../Gainsight/actions/common/query.description';
import { ctaLocator } from '../Gainsight/actions/task/task.description';

const forCompany = { displayOptions: { show: { resource: ['company'] } } };

/** The conditions and their expression of a Company read (the Get Many fields), without fields and sort. */
const companyConditions = queryFields.filter((field) => field.name === 'conditions' || field.name === 'expression');

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Watch',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Company', value: 'company', description: 'Company records' },
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
	},
	{ ...ctaLocator, description: 'The CTA whose tasks to watch', displayOptions: { show: { resource: ['task'] } } },
	...companyConditions.map((field) => ({ ...field, ...forCompany })),
	{ ...selectField, ...forCompany },
];
