import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/request';
import { gsidLocator } from '../common/locator.description';
import { readLocatorGsid } from '../common/locatorGsid';

export const description = updateDisplayOptions({ show: { resource: ['playbook'], operation: ['get'] } }, [
	gsidLocator({ displayName: 'Playbook', name: 'playbookId', what: 'playbook', searchMethod: 'searchPlaybooks' }),
]);

/** Reads one playbook with its task templates (GET /v1/playbooks/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		readLocatorGsid(this, 'playbookId', itemIndex, 'Playbook');
	return perItem(this, items.length, prepare, async (itemIndex, gsid) =>
		gainsightRequest<IDataObject>(this, { method: 'GET', path: PATHS.playbookById(gsid), itemIndex }),
	);
}
