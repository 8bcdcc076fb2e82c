/**
 * Runs real workflows through n8n's own engine (n8n-core WorkflowExecute), in process.
 * The credentials helper applies a credential's declarative `authenticate` block the way
 * n8n does (expressions resolved against the credential data), so requests reach the
 * server exactly as they would from n8n. Usage:
 *
 *   const run = await runNode({ node: { type: 'gainsight', parameters }, items, credentials });
 *   run.items      // output items of the node under test (json + pairedItem)
 *   run.error      // the error that failed the run, if any
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	INodeTypeDescription,
	IRun,
	IWorkflowExecuteAdditionalData,
	Workflow as WorkflowType,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeConnectionTypes, Workflow } from 'n8n-workflow';

/** A start node that emits the items given in its `items` parameter. */
class TestItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Test Items' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as unknown;
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

class CredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: WorkflowType,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.types[typeName]?.authenticate;
		if (typeof authenticate === 'function') return authenticate(credentials, requestOptions);
		if (!authenticate || authenticate.type !== 'generic') return requestOptions;
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
				: value;
		const options = { ...requestOptions } as IHttpRequestOptions & Record<string, unknown>;
		for (const [section, values] of Object.entries(authenticate.properties)) {
			const target = { ...((options[section] as IDataObject) ?? {}) };
			for (const [key, value] of Object.entries(values as IDataObject)) target[key] = resolve(value) as IDataObject[string];
			options[section] = target;
		}
		return options;
	}

	async preAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used in tests');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials for ${type}`);
		return data;
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return this.types[type]?.properties ?? [];
	}
}

function nodeTypesOf(types: Record<string, INodeType>): INodeTypes {
	return {
		getByName: (type) => types[type.replace(/^.*\./, '')],
		getByNameAndVersion: (type) => types[type.replace(/^.*\./, '')],
		getKnownTypes: () => ({}),
	};
}

export interface RunNodeOptions {
	/** The node under test: its class, type name and parameters. */
	nodeType: INodeType;
	parameters: INode['parameters'];
	items: IDataObject[];
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
}

export interface RunResult {
	items: INodeExecutionData[];
	error?: Error & { description?: string; context?: IDataObject; message: string };
	run: IRun;
}

/** Runs [Test Items] → [node under test] and returns what came out of the node. */
export async function runNode(options: RunNodeOptions): Promise<RunResult> {
	const type = options.nodeType.description.name;
	const nodes: INode[] = [
		{ id: '1', name: 'Start', type: 'testItems', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(options.items) } },
		{
			id: '2',
			name: 'Under Test',
			type,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: { [options.credentialType.name]: { id: 'c1', name: 'Test credential' } },
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		},
	];
	const connections = { Start: { main: [[{ node: 'Under Test', type: NodeConnectionTypes.Main, index: 0 }]] } };
	const nodeTypes = nodeTypesOf({ testItems: new TestItems(), [type]: options.nodeType });
	const workflow = new Workflow({ id: 'w1', name: 'test', nodes, connections, active: false, nodeTypes, settings: {} });
	const additionalData = {
		credentialsHelper: new CredentialsHelper(
			{ [options.credentialType.name]: options.credentialType },
			{ [options.credentialType.name]: options.credentials },
		),
		hooks: new ExecutionLifecycleHooks('manual', 'e1', { id: 'w1', name: 'test', nodes, connections, active: false, settings: {} } as never),
		executeWorkflow: async () => {
			throw new Error('not used in tests');
		},
		getRunExecutionData: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost',
		instanceBaseUrl: 'http://localhost',
		formWaitingBaseUrl: 'http://localhost',
		webhookBaseUrl: 'http://localhost',
		webhookWaitingBaseUrl: 'http://localhost',
		webhookTestBaseUrl: 'http://localhost',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const run = await new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: workflow.getNode('Start')! });
	const nodeRuns = run.data.resultData.runData['Under Test'] ?? [];
	const last = nodeRuns[nodeRuns.length - 1];
	const items = last?.data?.main?.[0] ?? [];
	const error = (run.data.resultData.error ?? last?.error) as RunResult['error'];
	return { items, error, run };
}
