import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { deleteRecord } from '../../transport/dataObjects';
import { companyLocator } from './company.description';
import { COMPANY } from './companyWrite';
import { readLocatorGsid } from '../common/locatorGsid';

export const description = updateDisplayOptions({ show: { resource: ['company'], operation: ['delete'] } }, [companyLocator]);

/** Deletes one Company by its GSID. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		readLocatorGsid(this, 'companyId', itemIndex, 'Company GSID');
	return perItem(this, items.length, prepare, async (itemIndex, gsid) => {
		await deleteRecord(this, COMPANY, gsid, itemIndex);
		return { gsid, deleted: true };
	});
}
