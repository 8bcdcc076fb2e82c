import type { INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { normalizeBaseUrl } from '../nodes/Gainsight/transport/baseUrl';
import { DEFAULT_ACCESS_KEY } from '../sandbox';
import { useSandbox } from './support';

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

describe('GainsightApi credential: what the Test button says', () => {
	const ctx = useSandbox();
	type Rule = { type: string; properties: { value: unknown; message: string; key?: string } };
	const rules = (credential.test.rules ?? []) as Rule[];

	/**
	 * n8n's credential tester (packages/cli credentials-tester.service.ts): an HTTP error status is
	 * matched against the `responseCode` rules, a 2xx answer's body against the `responseSuccessBody` ones.
	 */
	async function testButton(domain: string, apiKey: string, path = credential.test.request.url as string): Promise<string> {
		const baseURL = evaluate(credential.test.request.baseURL as string, domain) as string;
		const response = await fetch(`${baseURL}${path}`, { headers: { accesskey: apiKey } });
		if (!response.ok) return rules.find((rule) => rule.type === 'responseCode' && rule.properties.value === response.status)?.properties.message ?? response.statusText;
		const body = (await response.json()) as Record<string, unknown>;
		return rules.find((rule) => rule.type === 'responseSuccessBody' && body[rule.properties.key!] === rule.properties.value)?.properties.message ?? 'Connection successful!';
	}

	it('the right key: the test passes', async () => {
		expect(await testButton(ctx.sandbox.url, DEFAULT_ACCESS_KEY)).toBe('Connection successful!');
	});

	it('a wrong key: "Gainsight refused the access key"', async () => {
		expect(await testButton(ctx.sandbox.url, 'not-the-key')).toMatch(/^Gainsight refused the access key/);
	});

	it('an address that is not Gainsight\'s API: the Domain is named', async () => {
		expect(await testButton(ctx.sandbox.url, DEFAULT_ACCESS_KEY, '/not/the/api')).toMatch(/check the Domain/);
	});

	it('a 200 with result:false: the key is named', () => {
		const rule = rules.find((candidate) => candidate.type === 'responseSuccessBody')!;
		expect(rule.properties).toMatchObject({ key: 'result', value: false, message: expect.stringMatching(/^Gainsight refused the access key/) });
	});

	it('a domain the host rules refuse gives no base URL, so the test fails before any call (n8n says "Invalid URL"; test/hardening.test.ts runs it)', () => {
		expect(evaluate(credential.test.request.baseURL as string, 'http://gainsight.example.com')).toBeUndefined();
	});

	it('the access key says where to find it under the field; the tuning fields follow a notice, each with its default', () => {
		const names = credential.properties.map((property) => property.name);
		expect(names.slice(0, 3)).toEqual(['domain', 'apiKey', 'advancedNotice']);
		expect(credential.properties[1].hint).toMatch(/Administration > Connectors 2.0 > Gainsight API/);
		for (const property of credential.properties.slice(3)) expect(property.hint).toMatch(new RegExp(`Default ${String(property.default).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}\\b`));
	});
});
