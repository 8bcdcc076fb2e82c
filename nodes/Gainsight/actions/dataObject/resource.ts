/** A data-object resource from its configuration: the engine's operations over its object, and its field pickers' object. */
import { defineResource, type OperationModule, type ResourceModule } from '../resource';
import type { DataObjectConfig, DataObjectOperation } from './config';
import { deleteOperation } from './delete.operation';
import { getOperation } from './get.operation';
import { getManyOperation } from './getMany.operation';
import { insertOperation } from './insert.operation';
import { pickedObject } from './objectName';
import { updateOperation } from './update.operation';
import { upsertOperation } from './upsert.operation';

const ENGINE: Record<DataObjectOperation, (config: DataObjectConfig) => OperationModule> = {
	insert: insertOperation,
	update: updateOperation,
	upsert: upsertOperation,
	get: getOperation,
	getMany: getManyOperation,
	delete: deleteOperation,
};

const ALL: DataObjectOperation[] = ['insert', 'update', 'upsert', 'get', 'getMany', 'delete'];

export function dataObjectResource(config: DataObjectConfig): ResourceModule {
	const operations = [...(config.extraOperations ?? []), ...(config.operations ?? ALL).map((operation) => ENGINE[operation](config))];
	const leading = config.leadingProperties ?? [];
	const withLeading = leading.length
		? operations.map((module) => ({ ...module, properties: [...leading, ...module.properties] }))
		: operations;
	const defaultOperation = String(withLeading[0].operation.value);
	const object = config.object;
	return defineResource(config.resource, defaultOperation, withLeading, config.pickerObject ?? (object ? () => object : pickedObject));
}
