import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { prepareAll, toOutput } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { writeActivities } from '../../transport/writes/activities';
import { noLookupsNotice } from '../common/lookups.description';
import { fieldsCollection } from '../common/recordFields.description';
import { readActivityFields, readExternalId } from './activityRecord';
import { activityFields, customFields, externalIdField } from './timeline.description';
import { activityOutput } from './output';
import { shaped } from '../common/singleWrite';

export const properties: INodeProperties[] = [
	{ ...externalIdField, description: 'The External ID the activity was logged with', hint: undefined },
	fieldsCollection('Update Fields', 'updateFields', activityFields(true)),
	customFields,
	noLookupsNotice('No lookups here: the Timeline API takes the activity only. Give the author and attendees by e-mail, the company or relationship from its list or by GSID.'),
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Update',
	value: 'update',
	description: 'Update a timeline activity found by its External ID, one a call',
	action: 'Update a timeline activity',
};

/** Updates one activity per item (PUT /v1/ant/es/activity?identifier=externalid, one a call, paced by the Timeline quota). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number): IDataObject => {
		const record = readActivityFields(this, itemIndex, { ...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject) });
		if (Object.keys(record).length === 0) throw inputError(nodeOf(this), itemIndex, 'Update Fields', 'sets no field', 'Add at least one field to change.');
		return { ExternalId: readExternalId(this, itemIndex), ...record };
	};
	const { ready, failed } = prepareAll(this, items.length, prepare);
	const results = await writeActivities(
		this,
		{ method: 'PUT', path: PATHS.timelineActivity(), qs: { identifier: 'externalid' }, settle: 'resend' },
		ready.map(({ itemIndex, value }) => ({ itemIndex, record: value })),
		{ stopOnFirstError: !this.continueOnFail() },
	);
	return toOutput(this, [...failed, ...shaped(results, activityOutput)], 'written');
}
