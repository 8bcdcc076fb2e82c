/**
 * Runs real workflows in process through n8n's own engine: n8n-workflow's `Workflow` and
 * n8n-core's `WorkflowExecute`, with no mocked `this` — node parameters, expressions, pairedItem,
 * `continueOnFail`/`onError`, errors and `this.helpers.httpRequestWithAuthentication` (axios to a
 * real server; loopback never goes through a proxy) all behave as in n8n.
 *
 *   const result = await runWorkflow({
 *     nodes: [trigger([{ id: 1 }]), { name: 'My Node', type: 'myNode', parameters: { ... } }],
 *     nodeTypes: [new MyNode()],            // registered by description.name
 *     credentialTypes: [new MyApi()],       // their `authenticate` blocks are applied
 *     credentials: { myApi: { apiKey: 'k', baseUrl: server.url } },
 *   });                                     // no connections given: the nodes run in a chain
 *   result.outputs['My Node'][0]            // items of output 0 (json, pairedItem, ...)
 *   result.error                            // the error that stopped the run, if any
 *
 * `runNode` is the short form for one node fed by a trigger. No project specifics in here.
 */
import './env';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IPinData,
	IRun,
	IRunData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { TestTrigger } from './test-trigger.node';

export { TestCredentialsHelper } from './credentials-helper';
export { TestTrigger } from './test-trigger.node';
export { bypassProxyForLoopback } from './env';

type AnyNodeType = INodeType | IVersionedNodeType;

/** A node of the workflow: `name` and `type` are needed, the rest has defaults. */
export type WorkflowNode = Partial<INode> & Pick<INode, 'name' | 'type'>;

export interface RunWorkflowOptions {
	nodes: WorkflowNode[];
	/** n8n's connections object; when left out, each node's main output feeds the next node. */
	connections?: IConnections;
	/**
	 * Node classes, keyed by type name, or a list registered under `description.name`. A node's
	 * `type` may carry a package prefix (`n8n-nodes-foo.myNode`): it is matched on its last part.
	 * `testTrigger` and `n8n-nodes-base.manualTrigger` are always there (see TestTrigger).
	 */
	nodeTypes?: Record<string, AnyNodeType> | AnyNodeType[];
	/** Credential classes; their defaults, `extends` and `authenticate` are applied. */
	credentialTypes?: ICredentialType[];
	/** Decrypted credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node the run starts at; default: the first node that no connection leads into. */
	startNode?: string;
	settings?: IWorkflowSettings;
	pinData?: IPinData;
	mode?: WorkflowExecuteMode;
	/** Called once the run started, with what cancels it as the editor's Stop button does. */
	onStart?: (cancel: () => void) => void;
}

export interface WorkflowRunResult {
	/** The last run of each node that ran: its outputs (main), one item array per output. */
	outputs: Record<string, INodeExecutionData[][]>;
	/**
	 * The error that stopped the workflow (`resultData.error`), if any. Like everything in run
	 * data it is what n8n stores: a plain copy of the thrown error (`{ ...error, message, stack }`,
	 * so `name` tells NodeOperationError from NodeApiError; `description`, `httpCode`, `node`,
	 * `context.itemIndex` are there), not the instance itself.
	 */
	error?: ExecutionError;
	/** The error recorded on each node's last run, including ones `continueOnFail` let through. */
	nodeErrors: Record<string, ExecutionError>;
	/** Node names in the order they finished. */
	executionOrder: string[];
	runData: IRunData;
	run: IRun;
	/** The credentials helper of the run: `.authenticated` lists every authenticated request. */
	credentialsHelper: TestCredentialsHelper;
}

/** A Test Trigger node that emits these items (objects become `json`). */
export function trigger(items: IDataObject[] = [{}], name = 'Test Trigger'): WorkflowNode {
	return { name, type: 'testTrigger', parameters: { items: JSON.stringify(items) } };
}

/** Connections that chain the named nodes main output 0 → main input 0, in order. */
export function chain(...names: string[]): IConnections {
	const connections: IConnections = {};
	for (let index = 0; index < names.length - 1; index++) {
		connections[names[index]] = {
			main: [[{ node: names[index + 1], type: NodeConnectionTypes.Main, index: 0 }]],
		};
	}
	return connections;
}

/**
 * n8n-core's SSHClientsManager (a DI singleton built with the first node context) starts a
 * 60 s cleanup interval that n8n clears on shutdown; unref it so test processes can exit.
 * `@n8n/di` is resolved from n8n-core so this is the container instance n8n-core uses.
 */
let sshTimerReleased = false;
export function releaseSshCleanupTimer(): void {
	if (sshTimerReleased) return;
	sshTimerReleased = true;
	const fromCore = { paths: [require.resolve('n8n-core')] };
	const { Container } = require(require.resolve('@n8n/di', fromCore)) as {
		Container: { get<T>(type: new (...args: never[]) => T): T };
	};
	const { SSHClientsManager } = require(
		require.resolve('n8n-core/dist/execution-engine/ssh-clients-manager', fromCore),
	) as { SSHClientsManager: new (...args: never[]) => { cleanupTimer?: NodeJS.Timeout } };
	Container.get(SSHClientsManager).cleanupTimer?.unref();
}

const shortName = (type: string) => type.slice(type.lastIndexOf('.') + 1);

export class TestNodeTypes implements INodeTypes {
	private readonly types = new Map<string, AnyNodeType>();

	constructor(types: RunWorkflowOptions['nodeTypes']) {
		const trigger = new TestTrigger();
		this.types.set('testTrigger', trigger);
		this.types.set('n8n-nodes-base.manualTrigger', trigger);
		const entries = Array.isArray(types)
			? types.map((type) => [type.description.name, type] as const)
			: Object.entries(types ?? {});
		for (const [name, type] of entries) this.types.set(name, type);
	}

	getByName(nodeType: string): AnyNodeType {
		const type = this.types.get(nodeType) ?? this.types.get(shortName(nodeType));
		if (!type) {
			throw new Error(
				`Unknown node type "${nodeType}": pass its class in nodeTypes (known: ${[...this.types.keys()].join(', ')})`,
			);
		}
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

function defaultVersion(type: AnyNodeType): number {
	const { description } = type;
	if ('defaultVersion' in description && typeof description.defaultVersion === 'number') {
		return description.defaultVersion;
	}
	const version = (description as { version: number | number[] }).version;
	return Array.isArray(version) ? Math.max(...version) : version;
}

let executionCounter = 0;

/** Runs a workflow through n8n-core's WorkflowExecute and collects what every node gave. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
	releaseSshCleanupTimer();
	const nodeTypes = new TestNodeTypes(options.nodeTypes);
	const credentialsHelper = new TestCredentialsHelper(
		options.credentialTypes ?? [],
		options.credentials ?? {},
	);

	const nodes: INode[] = options.nodes.map((node, index) => {
		const type = nodeTypes.getByName(node.type);
		const typeVersion = node.typeVersion ?? defaultVersion(type);
		const full: INode = {
			id: `node-${index + 1}`,
			position: [index * 220, 0],
			parameters: {},
			...node,
			typeVersion,
		};
		// A node that takes credentials the test gave data for gets a reference to them.
		if (full.credentials === undefined) {
			const described = NodeHelpers.getVersionedNodeType(type, typeVersion).description.credentials ?? [];
			const given = described.filter(({ name }) => credentialsHelper.hasData(name));
			if (given.length > 0) {
				full.credentials = Object.fromEntries(
					given.map(({ name }) => [name, { id: `${name}-test`, name: `${name} (test)` }]),
				);
			}
		}
		return full;
	});

	const connections = options.connections ?? chain(...nodes.map((node) => node.name));
	const settings: IWorkflowSettings = { executionOrder: 'v1', ...options.settings };
	const workflowData: IWorkflowBase = {
		id: 'test-workflow',
		name: 'Test workflow',
		active: false,
		isArchived: false,
		nodes,
		connections,
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes,
		connections,
		active: false,
		nodeTypes,
		settings,
		pinData: options.pinData,
	});

	const targets = new Set(
		Object.values(connections).flatMap((byType) =>
			Object.values(byType).flatMap((outputs) =>
				(outputs ?? []).flatMap((list) => (list ?? []).map((connection) => connection.node)),
			),
		),
	);
	const startName = options.startNode ?? nodes.find((node) => !targets.has(node.name))?.name;
	const startNode = startName === undefined ? undefined : workflow.getNode(startName) ?? undefined;
	if (startName !== undefined && !startNode) throw new Error(`No node named "${startName}"`);

	const mode = options.mode ?? 'manual';
	const executionId = `test-execution-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	const executionOrder: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executionOrder.push(nodeName);
	});

	const notUsed = (what: string) => async () => {
		throw new Error(`${what} is not available in the test harness`);
	};
	const additionalData = {
		credentialsHelper,
		hooks,
		executionId,
		executeWorkflow: notUsed('executeWorkflow (sub-workflows)'),
		getRunExecutionData: async () => undefined,
		startRunnerTask: notUsed('startRunnerTask (Code node task runners)'),
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const workflowExecute = new WorkflowExecute(additionalData, mode);
	let run: IRun;
	try {
		const running = workflowExecute.run({ workflow, startNode, pinData: options.pinData });
		options.onStart?.(() => running.cancel());
		run = await running;
	} catch (error) {
		// Thrown before any node ran — in n8n, WorkflowHasIssuesError when a node has parameter
		// issues (a required parameter left empty, ...). n8n records such an execution as failed
		// with that error; do the same, naming the issues so a test failure says what they are.
		const failure = error as ExecutionError & { issues?: unknown };
		if (failure.name === 'WorkflowHasIssuesError') {
			const issues = workflowExecute.checkReadyForExecution(workflow, {
				startNode: startNode?.name,
				pinDataNodeNames: Object.keys(options.pinData ?? {}),
			});
			failure.issues = issues;
			failure.description = `Issues by node: ${JSON.stringify(issues)}`;
		}
		run = {
			data: {
				resultData: { runData: {}, error: { ...failure, message: failure.message, stack: failure.stack } },
			},
			mode,
			startedAt: new Date(),
			stoppedAt: new Date(),
			status: 'error',
			storedAt: 'db',
		} as IRun;
	}

	const runData = run.data.resultData.runData;
	const outputs: Record<string, INodeExecutionData[][]> = {};
	const nodeErrors: Record<string, ExecutionError> = {};
	for (const [nodeName, taskDataList] of Object.entries(runData)) {
		const last = taskDataList[taskDataList.length - 1];
		if (!last) continue;
		outputs[nodeName] = (last.data?.[NodeConnectionTypes.Main] ?? []).map((items) => items ?? []);
		if (last.error) nodeErrors[nodeName] = last.error;
	}

	return {
		outputs,
		error: run.data.resultData.error,
		nodeErrors,
		executionOrder,
		runData,
		run,
		credentialsHelper,
	};
}

export interface RunNodeOptions {
	/** The node under test: its class and parameters. */
	nodeType: AnyNodeType;
	parameters: INode['parameters'];
	/** The items the trigger feeds into it (`json` of each). */
	items: IDataObject[];
	credentialType?: ICredentialType;
	credentials?: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	/** More node settings for the node under test (typeVersion, onError, alwaysOutputData, ...). */
	node?: Partial<INode>;
	onStart?: RunWorkflowOptions['onStart'];
}

export interface RunResult {
	/** Items of the node's output 0. */
	items: INodeExecutionData[];
	/** The run error or else the node's recorded error (a plain copy: see WorkflowRunResult). */
	error?: ExecutionError;
	/** All outputs of the node. */
	outputs: INodeExecutionData[][];
	run: IRun;
	result: WorkflowRunResult;
}

export const NODE_UNDER_TEST = 'Under Test';

/** Runs [Test Trigger with `items`] → [the node under test] and returns what came out of it. */
export async function runNode(options: RunNodeOptions): Promise<RunResult> {
	const { credentialType, credentials } = options;
	const result = await runWorkflow({
		nodes: [
			trigger(options.items),
			{
				name: NODE_UNDER_TEST,
				type: options.nodeType.description.name,
				parameters: options.parameters,
				...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				...options.node,
			},
		],
		nodeTypes: [options.nodeType],
		credentialTypes: credentialType ? [credentialType] : [],
		credentials: credentialType && credentials ? { [credentialType.name]: credentials } : {},
		onStart: options.onStart,
	});
	const outputs = result.outputs[NODE_UNDER_TEST] ?? [];
	return {
		items: outputs[0] ?? [],
		outputs,
		error: result.error ?? result.nodeErrors[NODE_UNDER_TEST],
		run: result.run,
		result,
	};
}
