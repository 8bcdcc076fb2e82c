/**
 * The access key never leaks: every operation of every resource runs with a sentinel key
 * (accepted, refused, and with the server failing), and the key appears in no output item, no
 * error message or description, nothing logged. It is sent only to the credential's host: a
 * redirect to another server is not followed. Path parameters are URL-encoded.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LoggerProxy, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { PATHS } from '../nodes/Gainsight/transport/paths';
import { SEED_COMPANIES, SEED_CTAS, SEED_GOALS, SEED_PEOPLE, SEED_PLAYBOOKS, SEED_RELATIONSHIPS, SEED_SUCCESS_PLANS, SEED_TASKS, SEED_USAGE, startSandbox, type Sandbox } from '../sandbox';
import { autoMapColumns, locatorById as byId, runGainsight } from './support';

const SENTINEL = 'SENTINEL-KEY-7f3a9c-do-not-leak';

const company = SEED_COMPANIES[0];
const cta = SEED_CTAS.find((c) => c.Name === 'Ext. API 12.31')!;

const usageObject = { __rl: true, mode: 'name', value: 'Usage__gc' };

/** Parameters for every operation (the first test checks the table covers the node's list). */
const OPERATIONS: Record<string, Record<string, IDataObject>> = {
	company: {
		insert: { columns: autoMapColumns() },
		update: { columns: autoMapColumns(['Name']) },
		upsert: { columns: autoMapColumns(['Name']) },
		get: { companyId: byId(company.Gsid as string) },
		getMany: { limit: 5 },
		delete: { companyId: byId(company.Gsid as string) },
	},
	customObject: {
		insert: { objectName: usageObject, columns: autoMapColumns() },
		update: { objectName: usageObject, columns: autoMapColumns(['ExternalId__gc']) },
		upsert: { objectName: usageObject, columns: autoMapColumns(['ExternalId__gc']) },
		get: { objectName: usageObject, recordId: byId(SEED_USAGE[0].Gsid as string) },
		getMany: { objectName: usageObject, limit: 5 },
		delete: { objectName: usageObject, recordId: byId(SEED_USAGE[0].Gsid as string) },
	},
	relationship: {
		insert: { columns: autoMapColumns() },
		update: { columns: autoMapColumns(['ExternalId__gc']) },
		upsert: { columns: autoMapColumns(['ExternalId__gc']) },
		get: { relationshipId: byId(SEED_RELATIONSHIPS[0].Gsid as string) },
		getMany: { limit: 5 },
		delete: { relationshipId: byId(SEED_RELATIONSHIPS[0].Gsid as string) },
	},
	person: {
		upsert: { columns: autoMapColumns() },
		get: { personId: byId(SEED_PEOPLE[0].Gsid as string) },
		getMany: { limit: 5 },
		getManyAssociations: { limit: 5 },
		delete: { personId: byId(SEED_PEOPLE[0].Gsid as string) },
	},
	playbook: {
		get: { playbookId: SEED_PLAYBOOKS[0].gsid },
		getMany: {},
	},
	task: {
		create: { ctaId: byId(cta.Gsid), name: 'Leak check', additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-05-09' } },
		update: { taskId: byId(SEED_TASKS[0].Gsid), updateFields: { Name: 'Leak check 2' } },
		get: { taskId: byId(SEED_TASKS[0].Gsid) },
		getMany: { ctaId: byId(cta.Gsid), limit: 5 },
		search: { limit: 5 },
	},
	cta: {
		create: { entityType: 'COMPANY', companyId: byId(company.Gsid as string), name: 'Leak CTA', type: 'Risk', additionalFields: { OwnerEmail: 'athakur@gainsight.com' }, options: { skipIfOpen: true } },
		update: { ctaId: byId(cta.Gsid), updateFields: { Comments: 'Leak check' } },
		close: { ctaId: byId(cta.Gsid), status: 'Closed Success' },
		get: { ctaId: byId(cta.Gsid) },
		getMany: { limit: 5 },
	},
	successPlan: {
		create: { entityType: 'COMPANY', companyId: byId(company.Gsid as string), name: 'Leak plan', type: 'Onboarding', objectives: { objective: [{ Name: 'Leak objective' }] }, additionalFields: { OwnerEmail: 'athakur@gainsight.com' } },
		update: { successPlanId: byId(SEED_SUCCESS_PLANS[0].Gsid), updateFields: { Comments: 'Leak check' } },
		get: { successPlanId: byId(SEED_SUCCESS_PLANS[0].Gsid) },
		getMany: { limit: 5 },
	},
	timeline: {
		create: { entityType: 'COMPANY', companyId: byId(company.Gsid as string), TypeName: 'Update', Subject: 'Leak note', Author: 'athakur@gainsight.com', externalId: 'leak-1' },
		update: { externalId: 'leak-1', updateFields: { Notes: 'Leak check' } },
		getMany: { limit: 5 },
	},
	goal: {
		create: { name: 'Leak goal', status: 'Not Started', additionalFields: { CompanyId: company.Gsid } },
		update: { goalId: byId(SEED_GOALS[0].Gsid), updateFields: { Name: 'Leak goal 2' } },
		get: { goalId: byId(SEED_GOALS[0].Gsid) },
		getMetrics: { goalId: byId(SEED_GOALS[0].Gsid) },
		addMetric: { goalId: byId(SEED_GOALS[0].Gsid), metricName: 'Leak metric', targetValue: 10 },
		getTemplates: {},
		search: { limit: 5 },
	},
};
const ITEMS = [{ Name: 'Leak Co', Industry: 'Software' }];

function operationsOfNode(): Array<[string, string]> {
	const properties = new Gainsight().description.properties as INodeProperties[];
	return properties
		.filter((p) => p.name === 'operation' && p.displayOptions?.show?.resource)
		.flatMap((p) => (p.displayOptions!.show!.resource as string[]).flatMap((resource) => (p.options as Array<{ value: string }>).map((o) => [resource, o.value] as [string, string])));
}

const logged: string[] = [];
const capture = (...args: unknown[]) => {
	logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
};

let good: Sandbox;
let refusing: Sandbox;
beforeAll(async () => {
	good = await startSandbox({ accessKey: SENTINEL, rateLimit: { quota: 100_000, windowMs: 60_000 } });
	refusing = await startSandbox({ accessKey: 'another-key', rateLimit: { quota: 100_000, windowMs: 60_000 } });
	LoggerProxy.init({ error: capture, warn: capture, info: capture, debug: capture });
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) jest.spyOn(console, level).mockImplementation(capture);
});
afterAll(async () => {
	jest.restoreAllMocks();
	await Promise.all([good?.close(), refusing?.close()]);
});

const leaks = (value: unknown) => {
	const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { message: v.message, description: (v as { description?: unknown }).description, stack: v.stack } : v));
	return text !== undefined && text.includes(SENTINEL);
};

describe('Security › the access key', () => {
	it('the table covers every operation of every resource', () => {
		const listed = Object.entries(OPERATIONS).flatMap(([resource, ops]) => Object.keys(ops).map((op) => `${resource}.${op}`));
		expect(listed.sort()).toEqual(operationsOfNode().map(([r, o]) => `${r}.${o}`).sort());
	});

	const cases = Object.entries(OPERATIONS).flatMap(([resource, ops]) => Object.entries(ops).map(([operation, params]) => [resource, operation, params] as const));

	it.each(cases)('%s › %s: accepted, refused and failing runs never show the key', async (resource, operation, params) => {
		logged.length = 0;
		const parameters = { resource, operation, ...params };
		const runs = [];
		good.reset();
		runs.push(await runGainsight(good, parameters, { items: ITEMS, continueOnFail: true, credentials: { apiKey: SENTINEL, callsPerWindow: 100_000 } }));
		runs.push(await runGainsight(refusing, parameters, { items: ITEMS, credentials: { apiKey: SENTINEL, callsPerWindow: 100_000 } }));
		runs.push(await runGainsight(refusing, parameters, { items: ITEMS, continueOnFail: true, credentials: { apiKey: SENTINEL, callsPerWindow: 100_000 } }));
		// The first call fails (a read is then sent again, a write reported as unknown or refused).
		for (const kind of ['http500', 'badJson', 'resultFalse'] as const) {
			good.configure({ faults: { rules: [{ kind, nth: [1] }] } });
			runs.push(await runGainsight(good, parameters, { items: ITEMS, credentials: { apiKey: SENTINEL, callsPerWindow: 100_000 } }));
		}
		good.configure({ faults: null });
		expect(runs[1].error).toBeDefined(); // the refused key fails the run
		for (const run of runs) {
			expect(leaks(run.items)).toBe(false);
			expect(leaks(run.error)).toBe(false);
			if (run.error) expect(leaks((run.error as { description?: unknown }).description)).toBe(false);
		}
		expect(logged.filter((line) => line.includes(SENTINEL))).toEqual([]);
		// The sandbox received the key in the header (so the check above is meaningful) and never logged it.
		expect(refusing.log.length + good.log.length).toBeGreaterThan(0);
		expect(leaks(good.log)).toBe(false);
	});
});

describe('Security › the key goes only to the credential host', () => {
	let target: Server;
	let redirector: Server;
	const received: IncomingHttpHeaders[] = [];
	let targetUrl = '';
	let redirectorUrl = '';
	const listen = async (server: Server) => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	};
	beforeAll(async () => {
		target = createServer((req, res) => {
			received.push(req.headers);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ result: true, errorCode: null, errorDesc: null, requestId: 'x', data: [], message: null }));
		});
		targetUrl = await listen(target);
		redirector = createServer((req, res) => {
			res.writeHead(302, { location: `${targetUrl}${req.url ?? '/'}` });
			res.end();
		});
		redirectorUrl = await listen(redirector);
	});
	afterAll(async () => {
		redirector.closeAllConnections();
		target.closeAllConnections();
		await Promise.all([new Promise((r) => redirector.close(r)), new Promise((r) => target.close(r))]);
	});

	it('a redirect to another server is not followed: no request (and no key) reaches it, and the error says why', async () => {
		const { error } = await runGainsight({ url: redirectorUrl } as Sandbox, { resource: 'company', operation: 'getMany', limit: 5 }, { credentials: { apiKey: SENTINEL } });
		expect(received).toEqual([]);
		expect(error?.message).toMatch(/HTTP 302.*redirect/);
		expect(leaks(error)).toBe(false);
	});
});

describe('Security › path parameters are URL-encoded', () => {
	it.each(['../admin', 'a/b', 'x?y=1', 'x#frag', '%2e%2e', 'a b'])('%s stays inside one path segment', (hostile) => {
		for (const path of [PATHS.objectRecord('Company', hostile), PATHS.taskById(hostile), PATHS.goalMetrics(hostile), PATHS.playbookById(hostile), PATHS.taskListOfCta(hostile)]) {
			const url = new URL(path, 'https://acme.gainsightcloud.com');
			expect(url.pathname).toBe(path); // nothing normalised away
			expect(url.search).toBe('');
			expect(url.hash).toBe('');
			expect(path).toContain(encodeURIComponent(hostile));
		}
	});
});
