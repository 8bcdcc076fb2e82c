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
		// "Trigger On" (with "Event" and "Events") is what n8n's nodes panel reads its trigger actions from:
		// each option's `action` is listed there ("On new or updated company"), and picking it sets this field
		displayName: 'Trigger On',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Company', value: 'company', action: 'On new or updated company', description: 'A company is created or changed (or only created: see Event)' },
			{ name: 'CTA', value: 'cta', action: 'On new or updated CTA', description: 'A Call To Action is created or changed (or only created, or closed: see Event)' },
			{ name: 'Goal', value: 'goal', action: 'On new or updated goal', description: 'A customer goal is created or changed' },
			{
				name: 'Other Object',
				value: 'dataObject',
				action: 'On new or updated record of another object',
				description: 'A record of any other object (Person, Relationship, a custom object) is created or changed',
			},
			{ name: 'Task of a CTA', value: 'task', action: 'On new or updated task of a CTA', description: 'A task of one CTA is created or changed' },
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

/** The event as the canvas names it: "New or Updated", "New", "Closed". */
const EVENT_LABEL = '({ CreatedDate: "New", closed: "Closed" })[$parameter["event"]] || "New or Updated"';

/**
 * The watched object as the canvas names it; for Other Object the picked object's API name as a
 * label (`Usage__gc` → "Usage", `Company_Person` → "Company Person": a subtitle sees a resource
 * locator's value, not the name the list showed).
 */
const OBJECT_LABEL =
	'$parameter["resource"] === "dataObject" ' +
	'? String($parameter["objectName"] || "Record").replace(/__g?c$/i, "").replace(/_/g, " ") ' +
	': ({ company: "Company", cta: "CTA", goal: "Goal", task: "Task" })[$parameter["resource"]]';

/** The canvas subtitle: "New or Updated Company", "Closed CTA", "New Usage". */
export const TRIGGER_SUBTITLE = `={{ ${EVENT_LABEL} }} {{ ${OBJECT_LABEL} }}`;
