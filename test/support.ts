/** Shared test setup: a sandbox per test file, and the Gainsight node run through n8n's engine. */
import type { IDataObject, INode } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { startSandbox, DEFAULT_ACCESS_KEY, type Sandbox, type SandboxOptions } from '../sandbox';
import { runNode, type RunResult } from './harness/engine';
import { loadOptionsContext } from './harness/load-options';
import { pollingTrigger } from './harness/poll';
import { GainsightTrigger } from '../nodes/GainsightTrigger/GainsightTrigger.node';

export interface TestContext {
	sandbox: Sandbox;
}

/** Starts one sandbox for the file and resets it before each test. */
export function useSandbox(options: SandboxOptions = {}): TestContext {
	const context = {} as TestContext;
	beforeAll(async () => {
		context.sandbox = await startSandbox(options);
	});
	beforeEach(() => {
		context.sandbox.reset();
		context.sandbox.configure({ rateLimit: { quota: 100_000, windowMs: 60_000 }, ...options });
	});
	afterAll(async () => {
		await context.sandbox?.close();
	});
	return context;
}

export interface RunGainsightOptions {
	/** The input items' json (values as a workflow would carry them). */
	items?: Array<Record<string, unknown>>;
	continueOnFail?: boolean;
	credentials?: IDataObject;
	/**
	 * The ID of the credential the node uses. Each run gets a new one unless a test gives it: the
	 * transport remembers, per process, the nodes and credentials that worked (see knownGood.ts),
	 * and tests should not depend on the runs before them. Give the same ID to run "the same node again".
	 */
	credentialId?: string;
	/** Called once the run started, with what cancels it (the editor's Stop button). */
	onStart?: (cancel: () => void) => void;
}

let credentialRuns = 0;

export async function runGainsight(
	sandbox: Sandbox,
	/** The node's parameters as a workflow JSON would hold them. */
	parameters: IDataObject,
	options: RunGainsightOptions = {},
): Promise<RunResult> {
	return runNode({
		nodeType: new Gainsight(),
		credentialType: new GainsightApi(),
		parameters: parameters as INode['parameters'],
		items: (options.items ?? [{}]) as IDataObject[],
		continueOnFail: options.continueOnFail,
		onStart: options.onStart,
		node: { credentials: { gainsightApi: { id: options.credentialId ?? `gainsight-run-${++credentialRuns}`, name: 'Gainsight (test)' } } },
		// the pacer is per tenant for the whole test file: tests about pacing set their own quota
		credentials: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 100_000, windowSeconds: 60, ...options.credentials },
	});
}

/** The API calls the sandbox received (no control calls), as "METHOD path". */
export const calls = (sandbox: Sandbox) => sandbox.log.map((entry) => `${entry.method} ${entry.path}`);

export const companies = (count: number, start = 0): IDataObject[] =>
	Array.from({ length: count }, (_, index) => ({
		Name: `Company ${start + index}`,
		ExternalId__gc: `T-${start + index}`,
		Industry: 'Software',
		ARR: 1000 + index,
	}));

/** The article's CSM lookup (by first and last name against gsuser), as the node's UI rows hold it. */
export const CSM_LOOKUP_ROW: IDataObject = {
	targetField: 'CSM',
	objectName: 'gsuser',
	matchFields: {
		match: [
			{ sourceField: 'CSMFirstName', matchField: 'FirstName' },
			{ sourceField: 'CSMLastName', matchField: 'LastName' },
		],
	},
	options: { lookupField: 'Gsid', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
};

/** The same lookup as the article's request body carries it (`lookups`). */
export const ARTICLE_CSM_LOOKUPS: IDataObject = {
	CSM: {
		fields: { CSMFirstName: 'FirstName', CSMLastName: 'LastName' },
		lookupField: 'Gsid',
		objectName: 'gsuser',
		multiMatchOption: 'FIRSTMATCH',
		onNoMatch: 'ERROR',
	},
};

/** The editor's context for the Gainsight node's pickers (loadOptions / listSearch) with these parameters. */
export function pickerContext(sandbox: Sandbox, parameters: IDataObject, credentials: IDataObject = {}) {
	return loadOptionsContext({
		nodeType: new Gainsight(),
		credentialType: new GainsightApi(),
		parameters: parameters as INode['parameters'],
		credentials: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 100_000, windowSeconds: 60, ...credentials },
	});
}

/** A resource locator parameter given "By ID" (or by an expression in that mode). */
export const locatorById = (value: string) => ({ __rl: true, mode: 'id', value });

/** The JSON bodies of the API calls the sandbox received, in order. */
export const requestBodies = (sandbox: Sandbox) => sandbox.log.map((entry) => entry.body as IDataObject);

/** The resource mapper's value (`columns`) for Company writes: map each input item automatically… */
export const autoMapColumns = (matchingColumns: unknown = []): IDataObject => ({
	mappingMode: 'autoMapInputData',
	value: null,
	matchingColumns: matchingColumns as IDataObject[],
	schema: [],
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

/** …or the fields set in the mapper (values may be expressions). */
export const definedColumns = (value: IDataObject, matchingColumns: string[] = [], schema: IDataObject[] = []): IDataObject => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns,
	schema,
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

/** The Gainsight Trigger with these parameters, polled through n8n-core's PollContext (see harness/poll). */
export function gainsightTrigger(sandbox: Sandbox, parameters: IDataObject) {
	return pollingTrigger({
		nodeType: new GainsightTrigger(),
		credentialType: new GainsightApi(),
		parameters: parameters as INode['parameters'],
		// the pacer is per tenant for the whole test file: polls are not about pacing, so no file runs into it
		credentials: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 100_000, windowSeconds: 60 },
	});
}

/** One call straight to the sandbox's API (to change Gainsight behind the trigger's back). */
export async function callSandbox(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<IDataObject> {
	const response = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: { accesskey: DEFAULT_ACCESS_KEY, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await response.json()) as IDataObject;
}

/**
 * The describe call a data-object operation makes once a run to learn which fields are dates, so
 * its output gives them as ISO 8601 text (the Date Format option's default).
 */
export const describeCall = (object: string) => `GET /v1/meta/services/objects/${object}/describe`;
