/**
 * Polls a polling trigger the way n8n's ActiveWorkflows does: each poll gets n8n-core's own
 * PollContext on a Workflow holding the node, with credentials resolved and `authenticate` applied
 * by the test credentials helper. Between polls the workflow's static data is kept as n8n keeps it:
 * serialised (n8n stores it in its database after a poll changed it) and read back into the next
 * Workflow, so state that only lives in memory does not survive here either.
 *
 *   const trigger = pollingTrigger({ nodeType, credentialType, credentials, parameters });
 *   await trigger.poll();            // a scheduled poll ('trigger' mode): items, or null
 *   await trigger.poll('manual');    // "Fetch Test Event" in the editor
 *   trigger.staticData                // the node's static data as n8n would have saved it
 */
import './env';

import { PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { releaseSshCleanupTimer, TestNodeTypes } from './engine';

export interface PollingTriggerOptions {
	nodeType: INodeType;
	parameters: INode['parameters'];
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
}

export interface PollingTrigger {
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[][] | null>;
	/** The node's saved static data (`getWorkflowStaticData('node')`, as n8n would store it). */
	readonly staticData: IDataObject;
	/** Changes the node's parameters (as editing an active workflow does); static data is kept. */
	setParameters(parameters: INode['parameters']): void;
}

let triggers = 0;

export function pollingTrigger(options: PollingTriggerOptions): PollingTrigger {
	releaseSshCleanupTimer();
	const { nodeType, credentialType } = options;
	if (!nodeType.poll) throw new Error(`${nodeType.description.name} has no poll method`);
	let parameters = options.parameters;
	let saved: IDataObject = {};
	const nodeName = 'Trigger Under Test';
	// a credential of its own, as a new trigger would have: nothing an earlier trigger's polls kept in the process is used
	const credentialId = `${credentialType.name}-test-${++triggers}`;
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper([credentialType], { [credentialType.name]: options.credentials }),
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;

	return {
		async poll(mode = 'trigger') {
			const node: INode = {
				id: 'trigger-1',
				name: nodeName,
				type: nodeType.description.name,
				typeVersion: 1,
				position: [0, 0],
				parameters,
				credentials: { [credentialType.name]: { id: credentialId, name: `${credentialType.name} (test)` } },
			};
			const workflow = new Workflow({
				id: 'poll-workflow',
				name: 'Poll workflow',
				nodes: [node],
				connections: {},
				active: mode !== 'manual',
				nodeTypes: new TestNodeTypes([nodeType]),
				staticData: JSON.parse(JSON.stringify(saved)) as IDataObject,
			});
			const context = new PollContext(workflow, workflow.getNode(node.name)!, additionalData, mode, mode === 'manual' ? 'manual' : 'activate');
			const result = await nodeType.poll!.call(context);
			// n8n saves static data after a poll that changed it; a manual test run never saves it.
			if (mode !== 'manual' && workflow.staticData.__dataChanged === true) {
				const { __dataChanged, ...data } = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
				void __dataChanged;
				saved = data;
			}
			return result;
		},
		get staticData() {
			// n8n keeps a node's static data under "node:<node name>" in the workflow's static data
			return (saved[`node:${nodeName}`] as IDataObject | undefined) ?? {};
		},
		setParameters(next) {
			parameters = next;
		},
	};
}
