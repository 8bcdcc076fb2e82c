import { perItem } from '../../helpers/output';
import { completeReadBody, readLimit, readQueryBody } from '../../input/queryInput';
import { MAX_READ_PAGE, queryRecords } from '../../transport/reads';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import { conditionFields, selectField, sortField } from '../common/query.description';
import { returnAllOrLimit } from '../common/returnAll.description';
import type { OperationModule } from '../resource';
import type { DataObjectConfig } from './config';
import { objectOf } from './objectName';
import { withDateFormat } from './writes';

/** Reads the records that match the conditions, 5000 a call, up to the limit or all (`POST /v1/data/objects/query/{object}`). */
export function getManyOperation(config: DataObjectConfig): OperationModule {
	return {
		operation: { name: 'Get Many', value: 'getMany', description: `Get the ${config.plural} that match conditions, 5,000 a call`, action: `Get many ${config.plural}` },
		properties: [...returnAllOrLimit(MAX_READ_PAGE), ...conditionFields, optionsCollection([dateFormatOption, selectField, sortField])],
		async execute(items) {
			const prepare = (itemIndex: number) => ({
				object: objectOf(this, config, itemIndex),
				body: readQueryBody(this, itemIndex),
				limit: readLimit(this, itemIndex),
			});
			return perItem(this, items.length, prepare, async (itemIndex, { object, body, limit }) => {
				const records = await queryRecords(this, object, await completeReadBody(this, object, body, itemIndex), limit, itemIndex);
				const [converted] = await withDateFormat(this, object, [{ itemIndex, json: records }]);
				return converted.json ?? records;
			});
		},
	};
}
