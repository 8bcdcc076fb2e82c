/**
 * A start node for in-process runs, standing in for n8n's Manual Trigger (n8n-nodes-base is not
 * a devDependency). Like the Manual Trigger it is a trigger-group node with no inputs and an
 * `execute` method, so WorkflowExecute starts a run on it the same way. It emits the items in
 * its `items` parameter (an array of JSON objects, or a JSON string of one); with no items it
 * passes on what the engine seeds a start node with — one empty item, as the Manual Trigger does.
 *
 * The harness registers it as `testTrigger` and as `n8n-nodes-base.manualTrigger`, so workflow
 * JSON exported from n8n (with a Manual Trigger) runs here unchanged.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

export class TestTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Trigger',
		name: 'testTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Starts a test run with the items given in its parameters',
		defaults: { name: 'Test Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Items',
				name: 'items',
				type: 'json',
				default: '',
				description: 'JSON array of objects; each becomes one output item',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0, '') as unknown;
		if (raw === '' || raw === undefined || raw === null) return [this.getInputData()];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as unknown;
		if (!Array.isArray(items)) {
			throw new NodeOperationError(this.getNode(), 'The "items" parameter must be a JSON array');
		}
		return [items.map((json: IDataObject) => ({ json }))];
	}
}
