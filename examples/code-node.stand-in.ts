/**
 * Stand-in for n8n's Code node (n8n-nodes-base is not a dependency of this package):
 * runs the node's `jsCode` as a function of `items` and `$input`, in the demo's own process.
 * Enough for the small scripts in examples/; in a real n8n the real Code node runs them.
 */
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export class CodeStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Code',
		name: 'code',
		group: ['transform'],
		version: [1, 2],
		description: 'Runs the jsCode of an n8n Code node (demo stand-in)',
		defaults: { name: 'Code' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'JavaScript', name: 'jsCode', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const code = this.getNodeParameter('jsCode', 0) as string;
		const $input = { all: () => items, first: () => items[0] };
		const result = (await new Function('items', '$input', code)(items, $input)) as INodeExecutionData[];
		return [result.map((item, index) => ({ ...item, pairedItem: { item: Math.min(index, items.length - 1) } }))];
	}
}
