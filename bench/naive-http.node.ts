/**
 * The way a user does it today without this package: an HTTP Request node, one record a call,
 * items one after another. "paced" is that node's Batching option set to the quota (one item per
 * batch, window ÷ quota between batches); unpaced is its default, which fails the run at the first 429.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

export class NaiveHttpInsert implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Naive HTTP insert',
		name: 'naiveHttpInsert',
		group: ['transform'],
		version: 1,
		description: 'One Company record a call',
		defaults: { name: 'Naive HTTP insert' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'gainsightApi', required: true }],
		properties: [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'Interval (ms)', name: 'intervalMs', type: 'number', default: 0 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const baseUrl = this.getNodeParameter('baseUrl', 0) as string;
		const intervalMs = this.getNodeParameter('intervalMs', 0) as number;
		const out: INodeExecutionData[] = [];
		for (let index = 0; index < items.length; index++) {
			if (intervalMs && index) await sleep(intervalMs);
			const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'gainsightApi', {
				method: 'POST',
				url: `${baseUrl}/v1/data/objects/Company`,
				body: { records: [items[index].json] },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as { statusCode: number; body: IDataObject };
			if (response.statusCode >= 400) {
				throw new NodeApiError(this.getNode(), response.body as never, { itemIndex: index, httpCode: String(response.statusCode) });
			}
			out.push({ json: response.body, pairedItem: { item: index } });
		}
		return [out];
	}
}
