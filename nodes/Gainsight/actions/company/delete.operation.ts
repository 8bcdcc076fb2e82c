import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseInput } from '../../helpers/inputError';
import { perItem } from '../../helpers/output';
import { deleteRecord } from '../../transport/dataObjects';
import { gsidSchema } from '../../transport/schemas';
import { companyLocator } from './company.description';
import { COMPANY } from './companyWrite';
import { nodeOf } from '../../helpers/node';

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['delete'] } }, [companyLocator]);

/** Deletes one Company by its GSID. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		parseInput(nodeOf(this), gsidSchema, this.getNodeParameter('companyId', itemIndex, '', { extractValue: true }), itemIndex, 'Company GSID');
	return perItem(this, items.length, prepare, async (itemIndex, gsid) => {
		await deleteRecord(this, COMPANY, gsid, itemIndex);
		return { gsid, deleted: true };
	});
}
