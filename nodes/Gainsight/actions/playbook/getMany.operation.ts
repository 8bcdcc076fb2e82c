import type { INodePropertyOptions, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { gainsightRequest } from '../../transport/call';
import { readLimit } from '../../input/queryInput';
import { returnAllOrLimit } from '../common/returnAll.description';
import { playbookOutput } from './output';

export const properties: INodeProperties[] = [
	...returnAllOrLimit(1000),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Active Only',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only active playbooks',
			},
			{
				displayName: 'CTA Type Names or IDs',
				name: 'ctaTypes',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getCtaTypes' },
				default: [],
				description:
					'Playbooks for these CTA types; playbooks for all CTA types are included too. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Entity Type',
				name: 'entityType',
				type: 'options',
				options: [
					{ name: 'Company', value: 'COMPANY' },
					{ name: 'Global', value: 'GLOBAL' },
					{ name: 'Relationship', value: 'RELATIONSHIP' },
				],
				default: 'COMPANY',
				description: 'Playbooks for this entity type (global playbooks are included)',
			},
			{
				displayName: 'Relationship Type ID',
				name: 'entityId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1P06GH6NC4LGSM7SJUX7JJQ9KJD3ZK4TG4F6',
				description: 'For relationship playbooks: the relationship type ID',
			},
		],
	},
];


export const operation: INodePropertyOptions & { action: string } = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the playbooks, by entity type and CTA type',
	action: 'Get many playbooks',
};

/** Lists playbook configurations (GET /v2/cockpit/admin/playbook) with the article's filters. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const prepare = (itemIndex: number) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		// The API returns every playbook when `active` is absent, so "off" leaves it out.
		if (filters.active === true) qs.active = true;
		if (filters.entityType) qs.et = filters.entityType;
		if (typeof filters.entityId === 'string' && filters.entityId.trim()) qs.entityId = filters.entityId.trim();
		const given = filters.ctaTypes ?? [];
		const types = (Array.isArray(given) ? given.map(String) : String(given).split(','))
			.map((type) => type.trim())
			.filter(Boolean);
		if (types.length) qs.type = types.join(',');
		return { qs, limit: readLimit(this, itemIndex) };
	};
	return perItem(this, items.length, prepare, async (itemIndex, { qs, limit }) => {
		const data = await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.playbookConfig(), qs, itemIndex });
		const playbooks = Array.isArray(data) ? data.map(playbookOutput) : [];
		return limit === undefined ? playbooks : playbooks.slice(0, limit);
	});
}
