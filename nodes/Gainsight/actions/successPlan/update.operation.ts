import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL } from '../../transport/writes/requests';
import { readLocatorGsid } from '../common/locatorGsid';
import { lookupFields } from '../common/lookups.description';
import { fieldsCollection } from '../common/recordFields.description';
import { writeEachItem } from '../common/singleWrite';
import { successPlanOutput } from './output';
import { readPlanFields } from './planRecord';
import { customFields, planFields, successPlanLocator } from './successPlan.description';

export const properties: INodeProperties[] = [successPlanLocator, fieldsCollection('Update Fields', 'updateFields', planFields(true)), customFields, ...lookupFields];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Update',
	value: 'update',
	description: 'Update success plans, 25 a call',
	action: 'Update a success plan',
};

/** Updates one success plan per item (PUT /v2/successPlan, the plan named by its Gsid). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.successPlan(), what: 'success plan', perCall: COCKPIT_REQUESTS_PER_CALL, settle: 'resend' }, (itemIndex) => {
		const gsid = readLocatorGsid(this, 'successPlanId', itemIndex, 'Success Plan');
		const write = readPlanFields(this, itemIndex, { ...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject) });
		if (Object.keys(write.record).length === 0) throw inputError(nodeOf(this), itemIndex, 'Update Fields', 'sets no field', 'Add at least one field to change.');
		return { ...write, control: { Gsid: gsid } };
	}, successPlanOutput);
}
