/** Fields shared by the Goal operations. */
import type { INodeProperties } from 'n8n-workflow';

import { gsidLocator } from '../common/locator.description';
import { asOptions, TENANT_HINT } from '../common/recordFields.description';

export const goalLocator = gsidLocator({ displayName: 'Goal', name: 'goalId', what: 'goal', searchMethod: 'searchGoals' });

/** 004's statuses; a tenant's own status name can be given with an expression. */
const STATUSES = ['Not Started', 'In Progress', 'Achieved', 'Missed'];

export function statusField(name: string, required: boolean): INodeProperties {
	return {
		displayName: 'Status',
		name,
		type: 'options',
		options: asOptions(STATUSES),
		required,
		default: 'Not Started',
		description: `Goal status${TENANT_HINT}`,
	};
}

export const templateField: INodeProperties = {
	displayName: 'Template Name or ID',
	name: 'TemplateId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGoalTemplates' },
	default: '',
	description:
		'A Goals Library template to build the goal from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const ENTITY_TYPES = [
	['Company', 'COMPANY'],
	['Relationship', 'RELATIONSHIP'],
];

export const entityTypeField: INodeProperties = {
	displayName: 'Entity Type',
	name: 'EntityType',
	type: 'options',
	options: ENTITY_TYPES.map(([name, value]) => ({ name, value })),
	default: 'COMPANY',
	description: 'Whether the goal belongs to a company or to one of its relationships',
};

export const associationFields: INodeProperties[] = [
	{
		displayName: 'Associated CTA IDs',
		name: 'associatedCtaIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1I00ABC..., 1I00DEF...',
		description: 'GSIDs of CTAs to link the goal to, separated by commas (or a list from an expression)',
	},
	{
		displayName: 'Associated Success Plan IDs',
		name: 'associatedSuccessPlanIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1C01ABC..., 1C01DEF...',
		description: 'GSIDs of success plans to link the goal to, separated by commas (or a list from an expression)',
	},
];
