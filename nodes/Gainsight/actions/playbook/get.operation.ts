import type { INodeProperties, INodePropertyOptions, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/call';
import { gsidLocator } from '../common/locator.description';
import { readLocatorGsid } from '../common/locatorGsid';

export const properties: INodeProperties[] = [
	gsidLocator({ displayName: 'Playbook', name: 'playbookId', what: 'playbook', searchMethod: 'searchPlaybooks' }),
];

export const operation: INodePropertyOptions & { action: string } = { name: 'Get', value: 'get', description: 'Get a playbook with its task templates', action: 'Get a playbook' };

/** Reads one playbook with its task templates (GET /v1/playbooks/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) =>
		readLocatorGsid(this, 'playbookId', itemIndex, 'Playbook');
	return perItem(this, items.length, prepare, async (itemIndex, gsid) =>
		gainsightRequest<IDataObject>(this, { method: 'GET', path: PATHS.playbookById(gsid), itemIndex }),
	);
}
