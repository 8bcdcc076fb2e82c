/** Company: the data-object engine on Gainsight's Company object. */
import { dataObjectResource } from '../dataObject/resource';

export const company = dataObjectResource({
	resource: { name: 'Company', value: 'company' },
	object: 'Company',
	singular: 'company',
	plural: 'companies',
	recordLocator: { name: 'companyId', displayName: 'Company', searchMethod: 'searchCompanies' },
});
