import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What a resource needs from one operation file: its entry in the Operation picker, and its fields. */
export interface OperationModule {
	operation: INodePropertyOptions;
	description: INodeProperties[];
}

/** A resource's Operation picker (options in name order) followed by every operation's fields. */
export function resourceDescription(resource: string, defaultOperation: string, operations: OperationModule[]): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((module) => module.operation).sort((a, b) => a.name.localeCompare(b.name)),
			default: defaultOperation,
		},
		...operations.flatMap((module) => module.description),
	];
}
