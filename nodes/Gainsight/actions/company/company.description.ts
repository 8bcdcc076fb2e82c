import type { INodeProperties } from 'n8n-workflow';

import { gsidLocator } from '../common/locator.description';

/** The Company a Get or Delete works on: picked from a list searched by name, or given by GSID. */
export const companyLocator = gsidLocator({ displayName: 'Company', name: 'companyId', what: 'company', searchMethod: 'searchCompanies' });

const MATCH_HINT = 'Gainsight matches on at most 3 fields (text, GSID, number or email); they are not changed by the update';

/** The Company record as n8n's resource mapper shows it: Gainsight's own fields (describe API), or each item mapped automatically. */
export function companyColumns(mode: 'add' | 'update' | 'upsert'): INodeProperties {
	return {
		displayName: 'Columns',
		name: 'columns',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: 'The Company fields to write, from your Gainsight tenant (custom fields end in __c or __gc)',
		hint: 'Gainsight writes 50 records a call: items are sent in chunks of 50',
		typeOptions: {
			loadOptionsDependsOn: ['operation'],
			resourceMapper: {
				resourceMapperMethod: 'getCompanyFields',
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				multiKeyMatch: true,
				supportAutoMap: true,
				matchingFieldsLabels: {
					title: 'Fields to Match On',
					description:
						mode === 'upsert'
							? 'One to three fields that identify the company; records that match are updated, the others are inserted'
							: 'One to three fields that identify the company to update; every one must match',
					hint: MATCH_HINT,
				},
			},
		},
	};
}

export const fieldsToIgnoreOption: INodeProperties = {
	displayName: 'Fields to Ignore',
	name: 'fieldsToIgnore',
	type: 'string',
	default: '',
	placeholder: 'e.g. ID, createdAt',
	description: 'Comma-separated input fields not to send to Gainsight when the fields are mapped automatically',
};
