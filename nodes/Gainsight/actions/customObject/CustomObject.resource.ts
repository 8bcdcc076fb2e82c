/**
 * Custom Object: the data-object engine on any object of the tenant, picked from the list or named
 * by its API name (`Usage__gc`): the Custom Object API is the Company API over another object
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation).
 */
import { dataObjectResource } from '../dataObject/resource';
import { objectPicker } from '../dataObject/objectName';

export const customObject = dataObjectResource({
	resource: { name: 'Custom Object', value: 'customObject', description: 'Any object of your tenant, such as Usage__gc' },
	singular: 'record',
	plural: 'records',
	recordLocator: { name: 'recordId', displayName: 'Record', searchMethod: 'searchObjectRecords' },
	leadingProperties: [objectPicker],
});
