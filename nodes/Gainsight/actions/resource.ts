/**
 * The one convention every resource follows. An operation is a module (or, for data objects, a
 * module built from the object's configuration) with its entry in the Operation picker, its fields
 * and its execute; a resource is its picker entry plus its operations. The resource scopes each
 * operation's fields to itself, so operation files never repeat their own names.
 */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

export type Execute = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

export interface OperationModule {
	/** The entry in the Operation picker: name, value, description, action. */
	operation: INodePropertyOptions & { action: string };
	/** The operation's fields (unscoped). */
	properties: INodeProperties[];
	execute: Execute;
}

/** How the field pickers of a resource find the Gainsight object whose fields they list. */
export type PickerObject = (parameter: (name: string) => unknown) => string | undefined;

export interface ResourceModule {
	/** The entry in the Resource picker. */
	resource: { name: string; value: string; description?: string };
	/** The Operation picker and every operation's fields, scoped to this resource. */
	properties: INodeProperties[];
	operations: Record<string, OperationModule>;
	/** The object whose fields the field pickers list (current parameter values in, object name out). */
	pickerObject?: PickerObject;
}

export function defineResource(
	resource: ResourceModule['resource'],
	defaultOperation: string,
	operations: OperationModule[],
	pickerObject?: PickerObject,
): ResourceModule {
	const operationPicker: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: operations.map((module) => module.operation).sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
	return {
		resource,
		properties: [
			operationPicker,
			...operations.flatMap((module) =>
				updateDisplayOptions({ show: { resource: [resource.value], operation: [String(module.operation.value)] } }, module.properties),
			),
		],
		operations: Object.fromEntries(operations.map((module) => [String(module.operation.value), module])),
		pickerObject,
	};
}
