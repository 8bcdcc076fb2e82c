import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { PATHS } from '../../transport/paths';
import { getByGsid } from '../common/byGsid';
import { gsidLocator } from '../common/locator.description';

export const properties: INodeProperties[] = [
	gsidLocator({ displayName: 'Playbook', name: 'playbookId', what: 'playbook', searchMethod: 'searchPlaybooks' }),
];

export const operation: INodePropertyOptions & { action: string } = { name: 'Get', value: 'get', description: 'Get a playbook with its task templates', action: 'Get a playbook' };

/** Reads one playbook with its task templates (GET /v1/playbooks/{id}). */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return getByGsid(this, items, { name: 'playbookId', label: 'Playbook' }, PATHS.playbookById);
}
