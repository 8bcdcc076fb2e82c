/**
 * What a hostile host, a hostile answer or hostile input finds: each case as the user sees it.
 * Hostile answers come from a scripted loopback server (harness/hostile-server.ts), everything
 * else from the sandbox.
 */
import type { IDataObject, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { SEED_COMPANIES, SEED_CTAS, type Sandbox } from '../sandbox';
import { runWorkflow, trigger } from './harness/engine';
import { envelope, startHostileServer, type HostileServer } from './harness/hostile-server';
import { autoMapColumns, companies, gainsightTrigger, locatorById, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
const KEY = 'hostile-test-key-5c1e';
const servers: HostileServer[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function hostile(handler: Parameters<typeof startHostileServer>[0]) {
	const server = await startHostileServer(handler);
	servers.push(server);
	return server;
}
/** The node run against a hostile server instead of the sandbox. */
const at = (server: HostileServer) => ({ url: server.url }) as Sandbox;
const ACME = SEED_COMPANIES[0].Gsid as string;

describe("Hardening › the credential's Test button", () => {
	/** n8n runs the credential's `test.request` as a declarative node does (its credentials tester builds such a node). */
	class CredentialTestNode implements INodeType {
		description: INodeTypeDescription = {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: 'Runs the credential test request',
			defaults: { name: 'Credential Test' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'gainsightApi', required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: new GainsightApi().test.request } }],
		};
	}
	const test = (domain: string) =>
		runWorkflow({
			nodes: [trigger(), { name: 'Test', type: 'credentialTest', parameters: {}, credentials: { gainsightApi: { id: 'c1', name: 'c' } } }],
			nodeTypes: [new CredentialTestNode()],
			credentialTypes: [new GainsightApi()],
			credentials: { gainsightApi: { domain, apiKey: KEY } },
		});

	it.each([
		['a trailing-dot host (resolves to this machine, is no loopback name)', (port: number) => `http://localhost.:${port}`],
		['a fragment that makes the host look like a tenant', (port: number) => `http://127.0.0.1:${port}/#.gainsightcloud.com`],
		['a user name before the host', (port: number) => `http://acme.gainsightcloud.com@127.0.0.1:${port}`],
		['an IPv4-mapped IPv6 address', (port: number) => `http://[::ffff:127.0.0.1]:${port}`],
	])('%s: refused by the node\'s host rules, no request is sent', async (_what, domainFor) => {
		const listener = await hostile((_request, response) => envelope(response, []));
		const { error } = await test(domainFor(listener.port));
		// n8n turns an expression that throws into an empty base URL: the test fails before any request
		expect(error?.message).toMatch(/Invalid URL|Gainsight domain/);
		expect(listener.seen).toEqual([]);
	});

	it('a tenant that redirects: the key reaches the tenant only, the redirect target sees no request', async () => {
		const target = await hostile((_request, response) => envelope(response, []));
		const tenant = await hostile((_request, response) => {
			response.writeHead(302, { location: `${target.url}/v1/meta/services/objects/list` });
			response.end();
		});
		const { error } = await test(tenant.url);
		expect(error).toBeDefined();
		expect(tenant.seen.map((request) => request.headers.accesskey)).toEqual([KEY]);
		expect(target.seen).toEqual([]);
	});

	it('the tenant itself passes the test with the key in the accesskey header', async () => {
		const tenant = await hostile((_request, response) => envelope(response, []));
		const { error } = await test(tenant.url);
		expect(error).toBeUndefined();
		expect(tenant.seen.map((request) => [request.path, request.headers.accesskey])).toEqual([['/v1/meta/services/objects/list', KEY]]);
	});
});

describe('Hardening › the network', () => {
	const deleteAcme = { resource: 'company', operation: 'delete', companyId: locatorById(ACME) };

	it('a refused connection is "not sent", never "may or may not have been applied"', async () => {
		const closed = await hostile(() => undefined);
		await closed.close();
		servers.splice(servers.indexOf(closed), 1);
		const { items } = await runGainsight(at(closed), deleteAcme, { continueOnFail: true });
		expect(items[0].json.error).toMatch(/Could not reach Gainsight at .*\(ECONNREFUSED\)/);
		expect(items[0].json.outcomeUnknown).toBeUndefined();
	});

	it('Request Timeout is a deadline for the whole answer: a write answered one byte at a time is cut off and reported unknown', async () => {
		const trickle = await hostile(async (_request, response) => {
			response.writeHead(200, { 'content-type': 'application/json' });
			const body = JSON.stringify({ result: true, errorCode: null, errorDesc: null, requestId: 'r', message: null, data: 'deleted' });
			for (const char of body) {
				if (response.destroyed) return;
				response.write(char);
				await new Promise((resolve) => setTimeout(resolve, 300));
			}
			response.end();
		});
		// adding a metric is a write the node cannot settle (no way to tell a metric it added): it stays unknown
		const addMetric = { resource: 'goal', operation: 'addMetric', goalId: locatorById(ACME), metricName: 'Trickle', targetValue: 1 };
		const { items } = await runGainsight(at(trickle), addMetric, { continueOnFail: true, credentials: { timeoutSeconds: 1 } });
		expect(items[0].json).toMatchObject({ outcomeUnknown: true, error: expect.stringMatching(/did not finish answering a write within 1 s/) });
		expect(trickle.seen).toHaveLength(1);
		await trickle.seen[0].answered;
		expect(trickle.seen[0].clientHungUp).toBe(true);
	}, 30_000);

	it('stopping the execution aborts a write in flight: the connection is closed and the item says the outcome is unknown', async () => {
		let cancelRun = () => {};
		// never answers: only the client closing the connection ends the call
		const silent = await hostile(() => cancelRun());
		const { items } = await runGainsight(at(silent), deleteAcme, { continueOnFail: true, onStart: (cancel) => (cancelRun = cancel) });
		await silent.seen[0].answered;
		expect(silent.seen).toHaveLength(1);
		expect(silent.seen[0].clientHungUp).toBe(true);
		expect(items[0].json).toMatchObject({ outcomeUnknown: true, error: expect.stringMatching(/cancelled while the write was in flight/) });
	}, 30_000);

	it('stopping the execution ends a wait for Retry-After at once: no call is made after the stop', async () => {
		let cancelRun = () => {};
		const limited = await hostile((_request, response) => {
			response.writeHead(429, { 'retry-after': '50', 'content-type': 'application/json' });
			response.end(JSON.stringify({ result: false, errorCode: 'GS_RATE', errorDesc: 'Too many requests', requestId: 'r429', message: null, data: null }));
			cancelRun();
		});
		const getAcme = { resource: 'company', operation: 'get', companyId: locatorById(ACME) };
		const { items } = await runGainsight(at(limited), getAcme, { continueOnFail: true, onStart: (cancel) => (cancelRun = cancel) });
		expect(limited.seen).toHaveLength(1);
		expect(items[0].json.error).toMatch(/The execution was cancelled/);
	}, 30_000);

	it('a Retry-After longer than a rate-limit window is not waited for: the item fails saying how long Gainsight asked for', async () => {
		const limited = await hostile((_request, response) => {
			response.writeHead(429, { 'retry-after': '600', 'content-type': 'application/json' });
			response.end(JSON.stringify({ result: false, errorCode: 'GS_RATE', errorDesc: 'Too many requests', requestId: 'r429', message: null, data: null }));
		});
		const { items } = await runGainsight(at(limited), deleteAcme, { continueOnFail: true });
		expect(items[0].json.error).toMatch(/asked to wait 600 s, until .*: longer than a rate-limit window/);
		expect(limited.seen).toHaveLength(1);
	});
});

describe('Hardening › hostile answers', () => {
	const getMany = { resource: 'company', operation: 'getMany', returnAll: true, options: { select: ['Name'] } };

	it('a server whose pages never move forward is stopped with a clear error, not read forever', async () => {
		const stuck = await hostile((_request, response) =>
			envelope(response, Array.from({ length: 5000 }, (_, index) => ({ Gsid: `G${index}`, Name: `Same ${index}` }))),
		);
		const { error } = await runGainsight(at(stuck), { ...getMany, options: { select: ['Gsid', 'Name'] } });
		expect(error?.message).toMatch(/page 2 with a record it already answered on page 1 .* not moving forward/);
		expect(stuck.seen).toHaveLength(2);
	});

	const gets: Array<[string, IDataObject, RegExp, RegExp]> = [
		['Company Get', { resource: 'company', operation: 'get', companyId: locatorById(ACME), options: { select: ['Name'] } }, /No Company record has the GSID/, /not a list of records/],
		['Task Get', { resource: 'task', operation: 'get', taskId: locatorById(ACME) }, /answered no task for the GSID/, /not a record/],
		['Goal Get', { resource: 'goal', operation: 'get', goalId: locatorById(ACME) }, /answered no goal for the GSID/, /not a record/],
		['Playbook Get', { resource: 'playbook', operation: 'get', playbookId: locatorById(ACME) }, /answered no playbook for the GSID/, /not a record/],
	];
	describe.each(gets)('%s', (_name, parameters, whenNull, whenOdd) => {
		it.each([
			['null', null],
			['a text', 'hello'],
			['a list of numbers', [1, 2]],
		])('answered with %s: one error item per input item, no crash, no output of the wrong type', async (_what, data) => {
			const odd = await hostile((_request, response) => envelope(response, data));
			const { items, error } = await runGainsight(at(odd), parameters, { items: [{}, {}, {}], continueOnFail: true });
			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			items.forEach((item, index) => {
				expect(item.pairedItem).toEqual({ item: index });
				expect(item.json.error).toMatch(data === null ? whenNull : whenOdd);
			});
		});
	});
});

describe('Hardening › hostile input', () => {
	const cta = SEED_CTAS.find((one) => one.Name === 'Ext. API 12.31')!;
	const createTask = (customFields: IDataObject[], extra: IDataObject = {}) => ({
		resource: 'task',
		operation: 'create',
		ctaId: locatorById(cta.Gsid),
		name: 'Hostile names',
		customFields: { field: customFields },
		...extra,
	});

	it('field names that are also names of every JS object (toString, constructor) are fields like any other', async () => {
		const { error } = await runGainsight(ctx.sandbox, createTask([{ name: 'toString', value: 'a' }, { name: 'constructor', value: 'b' }]));
		// sent as written (the sandbox then judges them): no false "set twice"
		expect(error?.message ?? '').not.toMatch(/set twice/);
		const sent = (ctx.sandbox.log[0]?.body as { requests: Array<{ record: IDataObject }> }).requests[0].record;
		expect(Object.hasOwn(sent, 'toString') && Object.hasOwn(sent, 'constructor')).toBe(true);
	});

	it('sorting by a field named constructor is one sort field, not "named twice"', async () => {
		const sort = { order: [{ field: 'constructor', direction: 'asc' }] };
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'getMany', options: { select: ['Name'], sort } });
		expect(error?.message ?? '').not.toMatch(/twice/);
		expect(ctx.sandbox.log[0].body).toMatchObject({ orderBy: { constructor: 'asc' } });
	});

	it('a lookup whose source field is an inherited name (valueOf) but not in the record fails before any call', async () => {
		const lookups = { lookup: [{ targetField: 'CSM', objectName: 'gsuser', matchFields: { match: [{ sourceField: 'valueOf', matchField: 'Email' }] } }] };
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns(), lookups }, { items: [{ Name: 'X' }] });
		expect(error?.message).toMatch(/"Lookups › Record Field valueOf" is not in the record/);
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('a task custom field named referenceId is refused: the node matches answers to items by its own referenceId', async () => {
		const { error } = await runGainsight(ctx.sandbox, createTask([{ name: 'referenceId', value: 'mine' }]));
		expect(error?.message).toMatch(/"Custom Fields › referenceId" is reserved/);
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('an error message echoes at most a few hundred characters of a huge input', async () => {
		const expression = `A AND ${'Z'.repeat(1_000_000)}`;
		const conditions = { condition: [{ field: 'Name', operator: 'EQ', value: 'Acme' }] };
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'getMany', options: { select: ['Name'] }, conditions, expression });
		expect(error?.message).toMatch(/Combine Conditions/);
		expect(error!.message.length).toBeLessThan(1000);
		expect(String(error?.description ?? '').length).toBeLessThan(1000);
	});
});

describe('Hardening › a failed write says what it already wrote', () => {
	it('insert of 200 whose 2nd chunk is refused, On Error → Stop: the error names the 50 items written before it', async () => {
		ctx.sandbox.configure({ faults: { rules: [{ kind: 'resultFalse', path: '/v1/data/objects/Company', method: 'POST', nth: [2] }] } });
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, {
			items: companies(200),
			credentials: { concurrency: 1 },
		});
		const written = [...ctx.sandbox.store.companies.values()].filter((company) => String(company.ExternalId__gc).startsWith('T-'));
		expect(written).toHaveLength(50);
		expect(error?.message).toMatch(/\(50 of 200 items were written before it\)/);
		expect(error?.description).toMatch(/50 of 200 items were written before the node stopped \(items 0–49\)/);
	});
});

describe('Hardening › the trigger', () => {
	it('a record with an impossible date (1e20) is skipped with a warning and never becomes the boundary; later polls go on', async () => {
		const real = Date.UTC(2026, 10, 1);
		const records = [
			{ Gsid: 'G-POISON', ModifiedDate: 1e20, Name: 'Poison' },
			{ Gsid: 'G-REAL', ModifiedDate: real, Name: 'Real' },
		];
		// newest first, as Gainsight sorts; a "not after" condition is honoured, the rest of the query is not
		const poisoned = await hostile((request, response) => {
			const notAfter = (request.body as { where?: { conditions?: Array<{ operator: string; value: string[] }> } }).where?.conditions?.find((one) => one.operator === 'LTE');
			envelope(response, records.filter((record) => !notAfter || record.ModifiedDate <= Date.parse(notAfter.value[0])));
		});
		const watch = gainsightTrigger(at(poisoned), { resource: 'company', event: 'ModifiedDate', options: { select: ['Name'] } });
		expect(await watch.poll()).toBeNull();
		expect(watch.staticData.poll).toMatchObject({ boundary: real, idsAtBoundary: ['G-REAL'] });
		// the later polls read the poisoned record again (its date is after the boundary): never emitted, never the boundary
		expect(await watch.poll()).toBeNull();
		expect(await watch.poll()).toBeNull();
		expect(watch.staticData.poll).toMatchObject({ boundary: real });
	});
});
