import { lookupFields } from '../common/lookups.description';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import type { OperationModule } from '../resource';
import { writeInChunks } from '../../transport/writes/chunks';
import { insertWriter } from '../../transport/writes/dataObjects';
import { aOrAn, type DataObjectConfig } from './config';
import { columns, fieldsToIgnoreOption } from './description';
import { prepareWrites, writeOutput } from './writes';

/** Creates every item as a record, 50 records a call (`POST /v1/data/objects/{object}`). */
export function insertOperation(config: DataObjectConfig): OperationModule {
	return {
		// the value stays `insert`, as saved workflows hold it
		operation: { name: 'Create', value: 'insert', description: `Create ${config.plural}, up to 50 a call`, action: `Create ${aOrAn(config.singular)}` },
		properties: [columns(config, 'add'), ...lookupFields, optionsCollection([dateFormatOption, fieldsToIgnoreOption])],
		async execute(items) {
			const { groups, failed } = await prepareWrites(this, config, items, false);
			const results = await writeInChunks(
				this,
				groups.map((group) => ({ records: group.records, writer: insertWriter(this, group.object, group.lookups) })),
				{ stopOnFirstError: !this.continueOnFail() },
			);
			return writeOutput(this, groups, failed, results);
		},
	};
}
