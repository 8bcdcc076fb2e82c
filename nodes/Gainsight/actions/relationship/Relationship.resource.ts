/**
 * Relationship: the data-object engine on Gainsight's Relationship object (a product line or
 * subsidiary of a company, written through the same data-object API as Company:
 * https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API).
 */
import { dataObjectResource } from '../dataObject/resource';

export const relationship = dataObjectResource({
	resource: { name: 'Relationship', value: 'relationship' },
	object: 'Relationship',
	singular: 'relationship',
	plural: 'relationships',
	recordLocator: { name: 'relationshipId', displayName: 'Relationship', searchMethod: 'searchObjectRecords' },
});
