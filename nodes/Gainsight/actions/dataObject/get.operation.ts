import { perItem } from '../../helpers/output';
import { completeReadBody, readSelect } from '../../input/queryInput';
import { apiError } from '../../transport/errors';
import { queryRecords } from '../../transport/reads';
import { gsidLocator } from '../common/locator.description';
import { readLocatorGsid } from '../common/locatorGsid';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import { selectField } from '../common/query.description';
import type { OperationModule } from '../resource';
import { aOrAn, type DataObjectConfig } from './config';
import { objectOf } from './objectName';
import { withDateFormat } from './writes';

/** Reads one record by its GSID (a read with `Gsid EQ`). */
export function getOperation(config: DataObjectConfig): OperationModule {
	const { name, displayName, searchMethod } = config.recordLocator;
	return {
		operation: { name: 'Get', value: 'get', description: `Get ${aOrAn(config.singular)} by its GSID`, action: `Get ${aOrAn(config.singular)}` },
		properties: [gsidLocator({ displayName, name, what: config.singular, searchMethod }), optionsCollection([dateFormatOption, selectField])],
		async execute(items) {
			const prepare = (itemIndex: number) => ({
				object: objectOf(this, config, itemIndex),
				gsid: readLocatorGsid(this, name, itemIndex, `${displayName} GSID`),
				select: readSelect(this, itemIndex, 'options.select'),
			});
			return perItem(this, items.length, prepare, async (itemIndex, { object, gsid, select }) => {
				const where = { conditions: [{ name: 'Gsid', alias: 'A', value: [gsid], operator: 'EQ' }] };
				const body = { ...(await completeReadBody(this, object, { select }, itemIndex)), where };
				const [record] = await queryRecords(this, object, body, 1, itemIndex);
				if (!record) {
					throw apiError(this, { message: `No ${object} record has the GSID ${gsid}`, httpCode: 404, errorCode: 'GSOBJ_1011', field: 'Gsid', itemIndex });
				}
				const [converted] = await withDateFormat(this, object, [{ itemIndex, json: record }]);
				return converted.json ?? record;
			});
		},
	};
}
