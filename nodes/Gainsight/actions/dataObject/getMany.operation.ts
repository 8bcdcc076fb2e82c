import type { IDataObject } from 'n8n-workflow';

import { perItem } from '../../helpers/output';
import { renameKeys } from '../../helpers/recordShape';
import { completeReadBody, readLimit, readQueryBody } from '../../input/queryInput';
import { MAX_READ_PAGE, queryRecords } from '../../transport/reads';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import { conditionFields, selectField, sortField } from '../common/query.description';
import { returnAllOrLimit } from '../common/returnAll.description';
import type { OperationModule } from '../resource';
import type { DataObjectConfig } from './config';
import { objectOf } from './objectName';
import { withDateFormat } from './writes';

/**
 * `config.readThrough` applied to a read: the reference field added to the select where its GSID
 * field is selected, and the records renamed to the writes' name for it.
 */
function readThrough(config: DataObjectConfig) {
	const through = config.readThrough;
	if (!through) return { select: (body: IDataObject) => body, output: (records: IDataObject[]) => records };
	const reference = `${through.field}__gr.${through.read}`;
	return {
		select(body: IDataObject): IDataObject {
			const select = body.select as string[];
			return select.includes(through.field) && !select.includes(reference) ? { ...body, select: [...select, reference] } : body;
		},
		output: (records: IDataObject[]) => records.map((record) => renameKeys(record, { [reference]: through.as })),
	};
}

/** Reads the records that match the conditions, 5000 a call, up to the limit or all (`POST /v1/data/objects/query/{object}`). */
export function getManyOperation(config: DataObjectConfig): OperationModule {
	const through = readThrough(config);
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
				const records = await queryRecords(this, object, through.select(await completeReadBody(this, object, body, itemIndex)), limit, itemIndex);
				const [converted] = await withDateFormat(this, object, [{ itemIndex, json: records }]);
				return through.output((converted.json ?? records) as IDataObject[]);
			});
		},
	};
}
