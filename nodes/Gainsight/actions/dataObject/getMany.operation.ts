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

/** The read body with `through`'s reference field added where its GSID field is selected. */
function withReadThrough(body: IDataObject, through: DataObjectConfig['readThrough']): IDataObject {
	const select = body.select as string[];
	if (!through || !select.includes(through.field)) return body;
	const reference = `${through.field}__gr.${through.read}`;
	return select.includes(reference) ? body : { ...body, select: [...select, reference] };
}

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
				const through = config.readThrough;
				const select = withReadThrough(await completeReadBody(this, object, body, itemIndex), through);
				const records = await queryRecords(this, object, select, limit, itemIndex);
				const [converted] = await withDateFormat(this, object, [{ itemIndex, json: records }]);
				const out = (converted.json ?? records) as IDataObject[];
				return through ? out.map((record) => renameKeys(record, { [`${through.field}__gr.${through.read}`]: through.as })) : out;
			});
		},
	};
}
