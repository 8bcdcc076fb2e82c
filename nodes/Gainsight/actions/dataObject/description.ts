/** Fields the data-object operations share. */
import type { INodeProperties } from 'n8n-workflow';

import { OBJECT_PARAMETER, type DataObjectConfig } from './config';

const MATCH_HINT = 'Gainsight matches on at most 3 fields (text, GSID, number or email); they are not changed by the update';

/** The record as n8n's resource mapper shows it: the object's own fields (describe API), or each item mapped automatically. */
export function columns(config: DataObjectConfig, mode: 'add' | 'update' | 'upsert'): INodeProperties {
	return {
		displayName: 'Columns',
		name: 'columns',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: `The ${config.singular} fields to write, from your Gainsight tenant (custom fields end in __gc)`,
		hint: 'Gainsight writes 50 records a call: items are sent in chunks of 50',
		typeOptions: {
			loadOptionsDependsOn: ['operation', `${OBJECT_PARAMETER}.value`],
			resourceMapper: {
				resourceMapperMethod: 'getObjectFields',
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				multiKeyMatch: true,
				supportAutoMap: true,
				matchingFieldsLabels: {
					title: 'Fields to Match On',
					description:
						mode === 'upsert'
							? `One to three fields that identify the ${config.singular}; records that match are updated, the others are created`
							: `One to three fields that identify the ${config.singular} to update; every one must match`,
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
