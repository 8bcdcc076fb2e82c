/**
 * Proves the in-process harness: real n8n-core WorkflowExecute, a real HTTP call through
 * httpRequestWithAuthentication with a declarative `authenticate` block, node errors, and
 * continueOnFail/onError.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
	IAuthenticateGeneric,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { chain, runNode, runWorkflow, trigger } from './engine';

class TestApi implements ICredentialType {
	name = 'testApi';
	displayName = 'Test API';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Region', name: 'region', type: 'string', default: 'eu' },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { accesskey: '={{$credentials.accessKey}}' },
			qs: { region: '={{$credentials.region}}' },
		},
	};
}

/** Fetches `/things/<id>` for each item; `fail: true` on an item throws a NodeOperationError. */
class TestFetch implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Fetch',
		name: 'testFetch',
		group: ['transform'],
		version: 1,
		description: 'Test-only node',
		defaults: { name: 'Test Fetch' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'testApi', required: true }],
		properties: [
			{ displayName: 'Path Prefix', name: 'prefix', type: 'string', default: '/things' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentials = await this.getCredentials<{ baseUrl: string }>('testApi');
		const out: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				if (items[itemIndex].json.fail) {
					throw new NodeOperationError(this.getNode(), 'Item asked to fail', {
						itemIndex,
						description: 'the "fail" field was set',
					});
				}
				const prefix = this.getNodeParameter('prefix', itemIndex) as string;
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
					method: 'GET',
					url: `${credentials.baseUrl}${prefix}/${String(items[itemIndex].json.id)}`,
					json: true,
				})) as IDataObject;
				out.push({ json: response, pairedItem: { item: itemIndex } });
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
					continue;
				}
				throw error;
			}
		}
		return [out];
	}
}

interface Received {
	method?: string;
	url?: string;
	headers: IncomingHttpHeaders;
}

describe('test harness (n8n-core WorkflowExecute in process)', () => {
	let server: Server;
	let baseUrl: string;
	const received: Received[] = [];

	beforeAll(async () => {
		server = createServer((req, res) => {
			received.push({ method: req.method, url: req.url, headers: req.headers });
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			if (url.pathname.startsWith('/missing')) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: 'no such thing' }));
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ path: url.pathname, region: url.searchParams.get('region') }));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	beforeEach(() => {
		received.length = 0;
	});

	const credentials = () => ({ baseUrl, accessKey: 'secret-key' });

	it('runs trigger → node, applies the declarative authenticate block, keeps pairedItem', async () => {
		const result = await runWorkflow({
			nodes: [trigger([{ id: 1 }, { id: 2 }]), { name: 'Fetch', type: 'testFetch' }],
			nodeTypes: [new TestFetch()],
			credentialTypes: [new TestApi()],
			credentials: { testApi: credentials() },
		});

		expect(result.error).toBeUndefined();
		expect(result.executionOrder).toEqual(['Test Trigger', 'Fetch']);
		expect(received.map((request) => request.headers.accesskey)).toEqual(['secret-key', 'secret-key']);
		// The credential's default (region 'eu') was applied and went out as a query parameter.
		expect(received.map((request) => request.url)).toEqual(['/things/1?region=eu', '/things/2?region=eu']);
		expect(result.outputs.Fetch).toEqual([
			[
				{ json: { path: '/things/1', region: 'eu' }, pairedItem: { item: 0 } },
				{ json: { path: '/things/2', region: 'eu' }, pairedItem: { item: 1 } },
			],
		]);
		expect(result.outputs['Test Trigger'][0].map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	it('takes a package-prefixed type name, explicit connections and node parameters', async () => {
		const result = await runWorkflow({
			nodes: [
				{ name: 'Start', type: 'n8n-nodes-base.manualTrigger' },
				{
					name: 'Fetch',
					type: 'n8n-nodes-test.testFetch',
					parameters: { prefix: '/other' },
					credentials: { testApi: { id: '1', name: 'mine' } },
				},
			],
			connections: chain('Start', 'Fetch'),
			nodeTypes: { testFetch: new TestFetch() },
			credentialTypes: [new TestApi()],
			credentials: { testApi: { ...credentials(), region: 'us' } },
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs.Fetch[0]).toEqual([
			{ json: { path: '/other/undefined', region: 'us' }, pairedItem: { item: 0 } },
		]);
	});

	it('surfaces a thrown NodeOperationError as the run error', async () => {
		const { error, items, result } = await runNode({
			nodeType: new TestFetch(),
			parameters: {},
			items: [{ id: 1 }, { id: 2, fail: true }],
			credentialType: new TestApi(),
			credentials: credentials(),
		});
		// n8n keeps a plain copy of the error in run data; `name` says what was thrown.
		expect(error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Item asked to fail',
			description: 'the "fail" field was set',
			context: { itemIndex: 1 },
			node: { name: 'Under Test' },
		});
		expect(result.nodeErrors['Under Test']).toMatchObject({ name: 'NodeOperationError' });
		expect(result.run.status).toBe('error');
		expect(result.executionOrder).toEqual(['Test Trigger', 'Under Test']);
		expect(items).toEqual([]);
	});

	it('wraps HTTP failures in NodeApiError like n8n does', async () => {
		const result = await runWorkflow({
			nodes: [trigger([{ id: 1 }]), { name: 'Fetch', type: 'testFetch', parameters: { prefix: '/missing' } }],
			nodeTypes: [new TestFetch()],
			credentialTypes: [new TestApi()],
			credentials: { testApi: credentials() },
		});
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '404' });
		expect(received[0].headers.accesskey).toBe('secret-key');
	});

	it.each([
		['onError: continueRegularOutput', { onError: 'continueRegularOutput' as const }],
		['continueOnFail: true', { continueOnFail: true }],
	])('%s turns the error into an output item with json.error', async (_label, settings) => {
		const result = await runWorkflow({
			nodes: [trigger([{ id: 1 }, { id: 2, fail: true }]), { name: 'Fetch', type: 'testFetch', ...settings }],
			nodeTypes: [new TestFetch()],
			credentialTypes: [new TestApi()],
			credentials: { testApi: credentials() },
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs.Fetch[0]).toEqual([
			{ json: { path: '/things/1', region: 'eu' }, pairedItem: { item: 0 } },
			{ json: { error: 'Item asked to fail' }, pairedItem: { item: 1 } },
		]);
		expect(received).toHaveLength(1);
	});
});
