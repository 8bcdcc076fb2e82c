import { perItem } from '../../helpers/output';
import { gsidLocator } from '../common/locator.description';
import { readLocatorGsid } from '../common/locatorGsid';
import type { OperationModule } from '../resource';
import { deleteRecord } from '../../transport/writes/dataObjects';
import { aOrAn, type DataObjectConfig } from './config';
import { objectOf } from './objectName';

/** Deletes one record by its GSID (`DELETE /v1/data/objects/{object}/{gsid}`). */
export function deleteOperation(config: DataObjectConfig): OperationModule {
	const { name, displayName, searchMethod } = config.recordLocator;
	return {
		operation: { name: 'Delete', value: 'delete', description: `Delete ${aOrAn(config.singular)} by its GSID`, action: `Delete ${aOrAn(config.singular)}` },
		properties: [gsidLocator({ displayName, name, what: config.singular, searchMethod })],
		async execute(items) {
			const prepare = (itemIndex: number) => ({
				object: objectOf(this, config, itemIndex),
				gsid: readLocatorGsid(this, name, itemIndex, `${displayName} GSID`),
			});
			return perItem(this, items.length, prepare, async (itemIndex, { object, gsid }) => {
				await deleteRecord(this, object, gsid, itemIndex);
				return { Gsid: gsid, deleted: true };
			}, 'deleted');
		},
	};
}
