/** The benchmark's scenarios: what is sent, what a run must make, and the least it could cost. */
import type { IDataObject } from 'n8n-workflow';

export const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 150);
/** Gainsight's 100 calls a minute, played 30 times faster (BENCH_QUOTA changes it, e.g. to time the code without waits). */
export const QUOTA = Number(process.env.BENCH_QUOTA ?? 100);
export const WINDOW_MS = 2000;
export const CONCURRENCY = 4;
export const READ_PAGE = 5000;
export const WRITE_CHUNK = 50;

export type ScenarioName = 'insert' | 'upsert' | 'getMany' | 'taskCreate' | 'oursBaseline' | 'naive';

export interface Scenario {
	name: ScenarioName;
	label: string;
	records: number;
	/** Companies the sandbox holds before the run (ExternalId__gc prefix "B-"). */
	seedCompanies: number;
	/** Calls that cannot be avoided. */
	lowerBoundCalls: number;
	/** Calls at once: the credential's Concurrent Calls, or 1 for the naive way (an HTTP Request node sends one item after another). */
	concurrency: number;
	/** Node parameters (the Gainsight node) or "naive" (one record a call, as an HTTP Request node per item). */
	parameters?: IDataObject;
	naive?: { paced: boolean };
}

const SIZE = Number(process.env.BENCH_SCALE ?? 1);
const n = (count: number) => Math.max(1, Math.round(count * SIZE));

const autoMap = (matchingColumns: string[] = []): IDataObject => ({
	mappingMode: 'autoMapInputData',
	value: null,
	matchingColumns,
	schema: [],
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

export const EXT_CTA = '1S01B8KR0ST6J5HC5NP2R0DDCNHN6QWEZ64A';

export function scenarios(): Scenario[] {
	const inserts = n(20_000);
	const upserts = n(5_000);
	const reads = n(100_000);
	const tasks = n(500);
	const baseline = n(2_000);
	const insertParameters = { resource: 'company', operation: 'insert', columns: autoMap() };
	const existing = Math.floor(upserts / 2);
	return [
		{ name: 'insert', label: `Company Insert ${inserts.toLocaleString('en')}`, records: inserts, seedCompanies: 0, lowerBoundCalls: Math.ceil(inserts / WRITE_CHUNK), concurrency: CONCURRENCY, parameters: insertParameters },
		{
			name: 'upsert',
			label: `Company Upsert ${upserts.toLocaleString('en')} (half existing)`,
			records: upserts,
			seedCompanies: existing,
			// one key read (here a single page of the key fields: see bench/key-reads.ts), then updates and inserts in chunks of 50
			lowerBoundCalls: Math.ceil(upserts / READ_PAGE) + Math.ceil(existing / WRITE_CHUNK) + Math.ceil((upserts - existing) / WRITE_CHUNK),
			concurrency: CONCURRENCY,
			parameters: { resource: 'company', operation: 'upsert', columns: autoMap(['ExternalId__gc']) },
		},
		{
			name: 'getMany',
			label: `Company Get Many ${reads.toLocaleString('en')} (Return All)`,
			records: reads,
			seedCompanies: reads,
			// full pages, plus one more to learn the end when the last page is full (the answers carry no total)
			lowerBoundCalls: Math.floor(reads / READ_PAGE) + 1,
			concurrency: CONCURRENCY,
			parameters: {
				resource: 'company',
				operation: 'getMany',
				returnAll: true,
				conditions: { condition: [{ field: 'ExternalId__gc', operator: 'STARTS_WITH', value: 'B-' }] },
				select: ['Gsid', 'Name', 'ExternalId__gc', 'Industry', 'ARR', 'Employees', 'Stage', 'Status'],
			},
		},
		{
			name: 'taskCreate',
			label: `Task Create ${tasks.toLocaleString('en')}`,
			records: tasks,
			seedCompanies: 0,
			lowerBoundCalls: tasks,
			concurrency: CONCURRENCY,
			parameters: {
				resource: 'task',
				operation: 'create',
				ctaId: { __rl: true, mode: 'id', value: EXT_CTA },
				name: '={{ $json.name }}',
				additionalFields: { OwnerEmail: '={{ $json.owner }}', DueDate: '={{ $json.due }}', priority: 'High' },
			},
		},
		{ name: 'oursBaseline', label: `Company Insert ${baseline.toLocaleString('en')}: ours`, records: baseline, seedCompanies: 0, lowerBoundCalls: Math.ceil(baseline / WRITE_CHUNK), concurrency: CONCURRENCY, parameters: insertParameters },
		{
			// An HTTP Request node per item: one record a call, one call after another. At 150 ms a call
			// it stays under this scaled window's 50 calls a second; against a real 100-a-minute
			// window it would be refused (and fail) at call 101.
			name: 'naive',
			label: `Company Insert ${baseline.toLocaleString('en')}: naive (HTTP Request node, one record a call)`,
			records: baseline,
			seedCompanies: 0,
			lowerBoundCalls: baseline,
			concurrency: 1,
			naive: { paced: false },
		},
	];
}

/** The input items of a scenario: test companies "T-<n>" (half of them "B-<n>" for the upsert), or tasks. */
export function inputItems(scenario: Scenario): IDataObject[] {
	if (scenario.name === 'getMany') return [{}];
	if (scenario.name === 'taskCreate') {
		return Array.from({ length: scenario.records }, (_, index) => ({
			name: `Bench task ${index}`,
			owner: index % 2 ? 'athakur@gainsight.com' : 'mkandagatla@gainsight.com',
			due: '2026-12-01',
		}));
	}
	const existing = scenario.name === 'upsert' ? scenario.seedCompanies : 0;
	return Array.from({ length: scenario.records }, (_, index) => ({
		Name: `Bench Company ${index}`,
		ExternalId__gc: index < existing ? `B-${index}` : `T-${index}`,
		Industry: 'Software',
		ARR: 1000 + index,
	}));
}

/** The least time the quota allows for the scenario's calls (ms). */
const quotaBoundMs = (scenario: Scenario) => (scenario.lowerBoundCalls / QUOTA) * WINDOW_MS;

/** The least wall time (the definition): the larger of the quota's bound and the latency's bound at the scenario's concurrency. */
export function lowerBoundSeconds(scenario: Scenario): number {
	const byQuota = quotaBoundMs(scenario);
	const byLatency = (scenario.lowerBoundCalls * LATENCY_MS) / scenario.concurrency;
	return Math.max(byQuota, byLatency) / 1000;
}

/**
 * The least wall time when calls can only go in whole rounds of `concurrency` (a page of a read
 * is asked for only once the pages before it came back full): ⌈calls ÷ concurrency⌉ latencies,
 * or the quota's bound if larger. Equal to the bound when calls divide evenly.
 */
export function roundsBoundSeconds(scenario: Scenario): number {
	const byQuota = quotaBoundMs(scenario);
	const byRounds = Math.ceil(scenario.lowerBoundCalls / scenario.concurrency) * LATENCY_MS;
	return Math.max(byQuota, byRounds) / 1000;
}

/**
 * A small run of the same scenario before the timed one, as a long-running n8n has run its
 * workflows before (V8 compiles hot code after a few hundred calls). Its records are named so the
 * checks do not count them ("W-…", "Warm task …"), and the sandbox's log is cleared after it.
 */
export function warmUp(scenario: Scenario): { parameters: IDataObject; items: IDataObject[] } | undefined {
	if (scenario.naive || !scenario.parameters) return undefined;
	if (scenario.name === 'getMany') return { parameters: { ...scenario.parameters, returnAll: false, limit: 100 }, items: [{}] };
	const items = inputItems({ ...scenario, name: scenario.name === 'upsert' ? 'insert' : scenario.name, records: 200 }).map((item) =>
		scenario.name === 'taskCreate'
			? { ...item, name: `Warm ${String(item.name)}` }
			: { ...item, ExternalId__gc: `W-${String(item.ExternalId__gc)}` },
	);
	return { parameters: scenario.parameters, items };
}
