/**
 * n8n-core's own LoadOptionsContext for a node with given parameters, as the editor uses it for
 * `loadOptions` and `listSearch` methods: credentials resolved and `authenticate` applied by the
 * test credentials helper, `getCurrentNodeParameter` reading these parameters.
 */
import './env';

import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialType, ILoadOptionsFunctions, INode, INodeType, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { releaseSshCleanupTimer, TestNodeTypes } from './engine';

export interface LoadOptionsOptions {
	nodeType: INodeType;
	parameters: INode['parameters'];
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
}

export function loadOptionsContext(options: LoadOptionsOptions): ILoadOptionsFunctions {
	releaseSshCleanupTimer();
	const { nodeType, credentialType } = options;
	const node: INode = {
		id: 'node-1',
		name: 'Under Test',
		type: nodeType.description.name,
		typeVersion: Array.isArray(nodeType.description.version) ? Math.max(...nodeType.description.version) : nodeType.description.version,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { [credentialType.name]: { id: `${credentialType.name}-test`, name: `${credentialType.name} (test)` } },
	};
	const workflow = new Workflow({
		id: 'load-options',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes([nodeType]),
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper([credentialType], { [credentialType.name]: options.credentials }),
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		variables: {},
		// What the editor sends with a load-options request: the node's parameters as they stand.
		currentNodeParameters: options.parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}
