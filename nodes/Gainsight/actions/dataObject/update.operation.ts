import { lookupFields } from '../common/lookups.description';
import { dateFormatOption, optionsCollection } from '../common/options.description';
import type { OperationModule } from '../resource';
import { writeInChunks } from '../../transport/writes/chunks';
import { updateWriter } from '../../transport/writes/dataObjects';
import { aOrAn, type DataObjectConfig } from './config';
import { columns, fieldsToIgnoreOption } from './description';
import { prepareWrites, writeOutput } from './writes';

/** Updates the records that match each item's 1–3 key fields, 50 records a call (`PUT /v1/data/objects/{object}?keys=…`). */
export function updateOperation(config: DataObjectConfig): OperationModule {
	return {
		operation: {
			name: 'Update',
			value: 'update',
			description: `Update the ${config.plural} found by 1–3 match fields, up to 50 a call`,
			action: `Update ${aOrAn(config.singular)}`,
		},
		properties: [columns(config, 'update'), ...lookupFields, optionsCollection([dateFormatOption, fieldsToIgnoreOption])],
		async execute(items) {
			const { groups, failed } = await prepareWrites(this, config, items, true);
			const results = await writeInChunks(
				this,
				groups.map((group) => ({ records: group.records, writer: updateWriter(this, group.object, group.keys, group.lookups) })),
				{ stopOnFirstError: !this.continueOnFail() },
			);
			return writeOutput(this, groups, failed, results);
		},
	};
}
