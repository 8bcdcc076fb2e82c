import type { INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { normalizeBaseUrl } from '../nodes/Gainsight/transport/baseUrl';

const credential = new GainsightApi();
const node: INode = { id: '1', name: 'N', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never });
const evaluate = (expression: string, domain: string) =>
	workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: { domain, apiKey: 'k' } }, undefined, '');

describe('GainsightApi credential', () => {
	it.each(['acme', 'acme.gainsightcloud.com', 'https://acme.gainsightcloud.com', 'https://acme.gainsightcloud.com/', ' acme ', 'http://127.0.0.1:5679'])(
		'the Test button calls the same base URL the node uses for %p',
		(domain) => {
			const baseURL = evaluate(credential.test.request.baseURL as string, domain);
			expect(baseURL).toBe(normalizeBaseUrl(domain));
		},
	);

	it('sends the access key only as the accesskey header', () => {
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { accesskey: '={{$credentials.apiKey}}' } } });
		const accessKey = credential.properties.find((property) => property.name === 'apiKey');
		expect(accessKey?.typeOptions?.password).toBe(true);
	});
});
