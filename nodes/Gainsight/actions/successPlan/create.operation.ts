import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { textSchema } from '../../input/recordFields';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL } from '../../transport/writes/requests';
import { contextFields } from '../common/cockpit.description';
import { readContext } from '../common/cockpitContext';
import { lookupFields } from '../common/lookups.description';
import { fieldsCollection } from '../common/recordFields.description';
import { createdInCockpit } from '../common/createdInCockpit';
import { writeEachItem } from '../common/singleWrite';
import { objectivesField, readObjectives, readTemplates, templatesField } from './objectives';
import { successPlanOutput } from './output';
import { readPlanFields, readPlanNames } from './planRecord';
import { customFields, planFields, statusPicker, typePicker } from './successPlan.description';

export const properties: INodeProperties[] = [
	...contextFields('success plan'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme onboarding plan',
		description: 'The success plan name',
	},
	typePicker(true),
	statusPicker,
	objectivesField,
	fieldsCollection('Additional Fields', 'additionalFields', [...planFields(false), templatesField]),
	customFields,
	...lookupFields,
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Create',
	value: 'create',
	description: 'Create success plans with their objectives, 25 a call',
	action: 'Create a success plan',
};

/** Creates one success plan per item (POST /v2/successPlan, `?withObjectives=true` when it has objectives). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'POST', path: PATHS.successPlan(), what: 'success plan', perCall: COCKPIT_REQUESTS_PER_CALL, settle: createdInCockpit(this, PATHS.successPlanList()) }, (itemIndex) => {
		const { Templates, ...given } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const record: IDataObject = {
			...readContext(this, itemIndex),
			Name: parseInput(nodeOf(this), textSchema, this.getNodeParameter('name', itemIndex, ''), itemIndex, 'Name'),
			...readPlanNames(this, itemIndex, this.getNodeParameter('type', itemIndex, ''), this.getNodeParameter('status', itemIndex, '')),
		};
		const templates = readTemplates(Templates);
		if (templates.length) record.Templates = templates;
		const objectives = readObjectives(this, itemIndex);
		if (objectives.length) record.Objectives = objectives;
		const write = readPlanFields(this, itemIndex, given, record);
		return { ...write, qs: objectives.length ? { withObjectives: true } : undefined };
	}, successPlanOutput);
}
