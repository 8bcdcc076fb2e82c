/** Fields shared by the cockpit resources (CTA, Success Plan, Timeline Activity): what a record belongs to, and pickers of the tenant's configuration. */
import type { INodeProperties } from 'n8n-workflow';

import { gsidLocator } from './locator.description';

const EXPRESSION_HINT = 'Choose from the list, or specify a name using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** Company or relationship, and the locator of the one chosen. `what`: "CTA", "success plan", "activity". */
export function contextFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Entity Type',
			name: 'entityType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Company', value: 'COMPANY', description: `The ${what} is about a company` },
				{ name: 'Relationship', value: 'RELATIONSHIP', description: `The ${what} is about one of a company's relationships` },
			],
			default: 'COMPANY',
			description: `Whether the ${what} belongs to a company or to a relationship`,
		},
		{
			...gsidLocator({ displayName: 'Company', name: 'companyId', what: 'company', searchMethod: 'searchCompanies' }),
			description: `The company the ${what} is about`,
			displayOptions: { show: { entityType: ['COMPANY'] } },
		},
		{
			...gsidLocator({ displayName: 'Relationship', name: 'relationshipId', what: 'relationship', searchMethod: 'searchRelationships' }),
			description: `The relationship the ${what} is about (its company comes with it)`,
			displayOptions: { show: { entityType: ['RELATIONSHIP'] } },
		},
	];
}

/**
 * A name picked from the tenant's configuration (a loadOptions method of methods/cockpitOptions.ts):
 * the API takes types, statuses, priorities and reasons by name.
 */
export function configPicker(options: {
	label: string;
	name: string;
	method: string;
	description: string;
	required?: boolean;
	dependsOn?: string[];
}): INodeProperties {
	return {
		displayName: `${options.label} Name or ID`,
		name: options.name,
		type: 'options',
		typeOptions: { loadOptionsMethod: options.method, loadOptionsDependsOn: ['entityType', ...(options.dependsOn ?? [])] },
		required: options.required ?? false,
		default: '',
		description: `${options.description}. ${EXPRESSION_HINT}.`,
	};
}
