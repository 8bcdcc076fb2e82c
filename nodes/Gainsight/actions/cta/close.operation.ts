import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { textSchema } from '../../input/recordFields';
import { PATHS } from '../../transport/paths';
import { COCKPIT_REQUESTS_PER_CALL } from '../../transport/writes/requests';
import { configPicker } from '../common/cockpit.description';
import { readLocatorGsid } from '../common/locatorGsid';
import { writeEachItem } from '../common/singleWrite';
import { commentsField, ctaLocator } from './cta.description';
import { ctaOutput } from './output';

export const properties: INodeProperties[] = [
	ctaLocator,
	configPicker({
		label: 'Closed Status',
		name: 'status',
		method: 'getCtaClosedStatusNames',
		required: true,
		description: 'The closed status to set (Closed Success, Closed Lost… as your tenant names them)',
	}),
	{ ...commentsField, displayName: 'Closing Comments', placeholder: 'e.g. Renewal signed on 2026-05-09', description: 'Comments to leave on the CTA as it closes' },
];

export const operation: INodePropertyOptions & { action: string } = {
	name: 'Close',
	value: 'close',
	description: 'Close CTAs by setting a closed status, 25 a call',
	action: 'Close a CTA',
};

/**
 * Closes one CTA per item: an update (PUT /v2/cockpit/cta) to a closed status, as the CTA article
 * closes them. The due date and owner cascades are about changing those, which a close does not.
 */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writeEachItem(this, items, { method: 'PUT', path: PATHS.cta(), what: 'CTA', perCall: COCKPIT_REQUESTS_PER_CALL, settle: 'resend' }, (itemIndex) => {
		const node = nodeOf(this);
		const gsid = readLocatorGsid(this, 'ctaId', itemIndex, 'CTA');
		const record: IDataObject = { status: parseInput(node, textSchema, this.getNodeParameter('status', itemIndex, ''), itemIndex, 'Closed Status') };
		const comments = this.getNodeParameter('Comments', itemIndex, '') as string;
		if (comments) record.Comments = comments;
		return { record, control: { Gsid: gsid } };
	}, ctaOutput);
}
