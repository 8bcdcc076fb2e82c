/**
 * Person: Create or Update through the People API (a person with their company associations);
 * Get, Get Many and Delete through the data-object engine on the Person object, and the company
 * associations (Company_Person records) through it too.
 */
import type { DataObjectConfig } from '../dataObject/config';
import { getManyOperation } from '../dataObject/getMany.operation';
import { dataObjectResource } from '../dataObject/resource';
import { COMPANY_PERSON, PERSON, upsertPerson } from './upsert.operation';

const ASSOCIATIONS = 'getManyAssociations';

const config: DataObjectConfig = {
	resource: { name: 'Person', value: 'person', description: 'People and their company associations' },
	object: PERSON,
	singular: 'person',
	plural: 'people',
	recordLocator: { name: 'personId', displayName: 'Person', searchMethod: 'searchObjectRecords' },
	operations: ['get', 'getMany', 'delete'],
	pickerObject: (parameter) => (parameter('operation') === ASSOCIATIONS ? COMPANY_PERSON : PERSON),
};

const getManyAssociations = getManyOperation({ ...config, object: COMPANY_PERSON, singular: 'company association', plural: 'company associations' });

export const person = dataObjectResource({
	...config,
	extraOperations: [
		upsertPerson,
		{
			...getManyAssociations,
			operation: {
				...getManyAssociations.operation,
				name: 'Get Many Company Associations',
				value: ASSOCIATIONS,
				description: "Get people's company associations (Company Person records) that match conditions",
			},
		},
	],
});
