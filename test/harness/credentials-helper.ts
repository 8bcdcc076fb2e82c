/**
 * A credentials helper for in-process runs: it hands out the credential data a test gives
 * (keyed by credential type name) and authenticates requests the way n8n does.
 *
 * n8n-core has no implementation of ICredentialsHelper of its own: the one n8n runs with lives
 * in n8n's CLI package (packages/cli/src/credentials-helper.ts), which needs n8n's database.
 * This class reproduces the parts of it that a node's requests go through:
 * - getDecrypted: the stored data plus the credential type's defaults
 *   (`NodeHelpers.getNodeParameters` over the type's properties, as `applyDefaultsAndOverwrites`
 *   does), with `={{ }}` expressions in it resolved like n8n resolves them for a running node;
 * - authenticate: a function `authenticate` is called; a declarative `{ type: 'generic' }` block
 *   has each key and value resolved as an expression with `$credentials` bound to the data and
 *   written into the request's headers / qs / body / auth, exactly like the CLI's loop;
 * - getParentTypes: the `extends` chain (so OAuth types are recognised by n8n-core);
 * - preAuthentication: runs a credential type's `preAuthentication` when its expirable hidden
 *   property is empty or the token expired (a 401), and keeps the result in memory.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentialsExpressionResolveValues,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowDataProxyAdditionalKeys,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentials, ICredentialsHelper, isExpression, NodeHelpers } from 'n8n-workflow';
import { getAdditionalKeys } from 'n8n-core';

/** Plain (unencrypted) credentials: n8n-core's `Credentials` needs the instance's cipher. */
class PlainCredentials extends ICredentials {
	private values: ICredentialDataDecryptedObject = {};

	getData(): ICredentialDataDecryptedObject {
		return { ...this.values };
	}

	getDataToSave() {
		return { id: this.id, name: this.name, type: this.type, data: JSON.stringify(this.values) };
	}

	setData(data: ICredentialDataDecryptedObject): void {
		this.values = { ...data };
	}
}

export class TestCredentialsHelper extends ICredentialsHelper {
	/** Every request options object that went through `authenticate`, after authentication. */
	readonly authenticated: Array<{ type: string; options: IHttpRequestOptions }> = [];

	/** How many times credential data was fetched and decrypted (in n8n: a database read each), by type. */
	readonly decryptions = new Map<string, number>();

	private readonly types = new Map<string, ICredentialType>();

	private readonly data = new Map<string, ICredentialDataDecryptedObject>();

	constructor(
		types: ICredentialType[] = [],
		data: Record<string, ICredentialDataDecryptedObject> = {},
	) {
		super();
		for (const type of types) this.types.set(type.name, type);
		for (const [type, values] of Object.entries(data)) this.data.set(type, { ...values });
	}

	/** The credential type, or undefined when the test did not register it. */
	getType(name: string): ICredentialType | undefined {
		return this.types.get(name);
	}

	hasData(type: string): boolean {
		return this.data.has(type);
	}

	getParentTypes(name: string): string[] {
		const parents: string[] = [];
		for (const parent of this.types.get(name)?.extends ?? []) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const credentialType = this.types.get(type);
		if (!credentialType) return [];
		if (!credentialType.extends) return credentialType.properties;
		const combined: INodeProperties[] = [];
		for (const parent of credentialType.extends) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, credentialType.properties);
		return combined;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incomingRequestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		let requestOptions = incomingRequestOptions as IHttpRequestOptions;
		const authenticate = this.types.get(typeName)?.authenticate;
		if (typeof authenticate === 'function') {
			requestOptions = await authenticate(credentials, requestOptions);
		} else if (typeof authenticate === 'object') {
			if (requestOptions.headers === undefined) requestOptions.headers = {};
			if (authenticate.type === 'generic') {
				const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
				for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
					for (const [key, value] of Object.entries(outerValue as Record<string, unknown>)) {
						const keyResolved = this.resolveValue(key, { $credentials: credentials }, workflow, node);
						const valueResolved = this.resolveValue(
							value as string,
							{ $credentials: credentials },
							workflow,
							node,
						);
						if (!target[outerKey]) target[outerKey] = {};
						target[outerKey][keyResolved] = valueResolved;
					}
				}
			}
		}
		this.authenticated.push({ type: typeName, options: requestOptions });
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.types.get(typeName);
		if (typeof credentialType?.preAuthentication !== 'function') return undefined;
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (expirable === undefined) return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		const output = (await credentialType.preAuthentication.call(
			helpers,
			credentials,
		)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		this.data.set(typeName, { ...(this.data.get(typeName) ?? {}), ...output });
		return Object.assign(credentials, output);
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const credentials = new PlainCredentials(nodeCredentials, type);
		credentials.setData(this.data.get(type) ?? {});
		return credentials;
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = this.data.get(type);
		if (stored === undefined) {
			throw new Error(`The test gave no credential data for the credential type "${type}"`);
		}
		this.decryptions.set(type, (this.decryptions.get(type) ?? 0) + 1);
		if (raw === true) return { ...stored };

		// Defaults of the credential's properties, as n8n's applyDefaultsAndOverwrites adds them.
		let decrypted = (NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			stored as INodeParameters,
			true,
			false,
			null,
			null,
		) ?? {}) as ICredentialDataDecryptedObject;
		if (stored.oauthTokenData !== undefined) decrypted.oauthTokenData = stored.oauthTokenData;
		// Keep fields the test gave that the type does not declare (getNodeParameters drops them).
		for (const [key, value] of Object.entries(stored)) {
			if (!(key in decrypted)) decrypted[key] = value;
		}

		if (expressionResolveValues && Object.values(decrypted).some((value) => isExpression(value))) {
			const additionalKeys = getAdditionalKeys(additionalData, mode, null, { secretsEnabled: false });
			decrypted = expressionResolveValues.workflow.expression.getParameterValue(
				decrypted as INodeParameters,
				expressionResolveValues.runExecutionData,
				expressionResolveValues.runIndex,
				expressionResolveValues.itemIndex,
				expressionResolveValues.node.name,
				expressionResolveValues.connectionInputData,
				mode,
				additionalKeys,
				executeData,
				false,
				decrypted,
			) as ICredentialDataDecryptedObject;
		}
		return decrypted;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.data.set(type, { ...data });
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.data.set(type, { ...(this.data.get(type) ?? {}), oauthTokenData: data.oauthTokenData });
	}

	/** The CLI's resolveValue: a `=` string is an expression evaluated for the node. */
	private resolveValue(
		parameterValue: string,
		additionalKeys: IWorkflowDataProxyAdditionalKeys,
		workflow: Workflow,
		node: INode,
	): string {
		if (!isExpression(parameterValue)) return parameterValue;
		const value = workflow.expression.getSimpleParameterValue(
			node,
			parameterValue,
			'internal',
			additionalKeys,
			undefined,
			'',
		);
		if (!value) return '';
		return value.toString();
	}
}
