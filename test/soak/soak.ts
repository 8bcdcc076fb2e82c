/**
 * Soak: many Company records (and tasks) through n8n's engine while the sandbox injects random
 * faults of every kind into a share of the calls; then the sandbox's store is compared with the
 * input. Used by `npm run soak` (20,000 companies, 300 tasks) and by test/soak.test.ts (smaller).
 *
 * Every input item must give exactly one output item, paired with it:
 *  - a success item: its record is stored exactly once;
 *  - an error item that says the outcome is unknown (settling it failed too): stored at most once (listed as unknown);
 *  - any other error item (Gainsight refused it): not stored.
 * lost = items with no output item, successes not stored, refusals that were stored anyway;
 * duplicated = input records stored more than once.
 */
import type { IDataObject, INode, INodeExecutionData, INodeType } from 'n8n-workflow';

import { GainsightApi } from '../../credentials/GainsightApi.credentials';
import { DEFAULT_ACCESS_KEY, SEED_CTAS, startSandbox, type FaultKind } from '../../sandbox';
import { runNode } from '../harness/engine';

export interface SoakOptions {
	companies: number;
	tasks: number;
	/** Share of calls that get a random fault (0..1). */
	rate: number;
	seed?: number;
	/** The Gainsight node (tsx and jest resolve its file differently, so the caller imports it). */
	node: INodeType;
}

export interface UnknownWrite {
	resource: 'company' | 'task';
	item: number;
	key: string;
	stored: number;
	requestId?: string;
}

/** What a soak found, item by item (per resource, then added up). */
interface Tally {
	itemsOut: number;
	written: number;
	refused: number;
	lost: number;
	duplicated: number;
	unknown: UnknownWrite[];
	problems: string[];
	/** Refused items by error code. */
	refusals: Record<string, number>;
}

export interface SoakFigures extends Tally {
	/** API calls the sandbox received (retries, settling reads and resends included). */
	calls: number;
	/** The calls the same run makes without faults: ⌈companies ÷ 50⌉ inserts and one call per task. */
	faultFreeCalls: number;
	faultsInjected: number;
	faultsByKind: Record<string, number>;
	itemsIn: number;
	seconds: number;
}

/** Every kind a random draw may give; a bad lookup configuration only fits calls that carry lookups. */
const KINDS: FaultKind[] = [
	'rate429', 'http500', 'http502', 'http503', 'resetBefore', 'resetAfter', 'slow', 'badJson', 'html', 'resultFalse', 'recordFailure',
];

const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;


function compare(resource: 'company' | 'task', keys: string[], out: INodeExecutionData[], storedCount: Map<string, number>, tally: Tally) {
	const byItem = new Map<number, INodeExecutionData[]>();
	for (const item of out) {
		const paired = item.pairedItem as { item: number } | undefined;
		const index = paired?.item ?? -1;
		byItem.set(index, [...(byItem.get(index) ?? []), item]);
	}
	tally.itemsOut += out.length;
	keys.forEach((key, index) => {
		const items = byItem.get(index) ?? [];
		const stored = storedCount.get(key) ?? 0;
		if (stored > 1) tally.duplicated++;
		if (items.length !== 1) {
			tally.lost++;
			tally.problems.push(`${resource} item ${index} (${key}): ${items.length} output items`);
			return;
		}
		const json = items[0].json;
		if (json.outcomeUnknown) {
			tally.unknown.push({ resource, item: index, key, stored, requestId: json.requestId as string | undefined });
		} else if (json.error) {
			tally.refused++;
			tally.refusals[String(json.errorCode ?? json.error).slice(0, 80)] = (tally.refusals[String(json.errorCode ?? json.error).slice(0, 80)] ?? 0) + 1;
			if (stored > 0) tally.problems.push(`${resource} item ${index} (${key}): reported refused but stored`);
		} else if (stored === 0) {
			tally.lost++;
			tally.problems.push(`${resource} item ${index} (${key}): reported written but not stored`);
		} else tally.written++;
	});
	if (byItem.has(-1)) tally.problems.push(`${resource}: ${byItem.get(-1)!.length} output items without pairedItem`);
}

export async function soak(options: SoakOptions): Promise<SoakFigures> {
	const started = Date.now();
	const sandbox = await startSandbox({ rateLimit: { quota: 1_000_000, windowMs: 60_000, dailyQuota: 10_000_000 } });
	try {
		sandbox.configure({ faults: { rate: options.rate, seed: options.seed ?? 7, kinds: KINDS, slowMs: 1500 } });
		const credentials = { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 1_000_000, windowSeconds: 60, timeoutSeconds: 1, concurrency: 4 };
		const run = (parameters: IDataObject, items: IDataObject[]) =>
			runNode({
				nodeType: options.node,
				credentialType: new GainsightApi(),
				parameters: parameters as INode['parameters'],
				items,
				continueOnFail: true,
				credentials,
			});
		const tally: Tally = { itemsOut: 0, written: 0, refused: 0, lost: 0, duplicated: 0, unknown: [], problems: [], refusals: {} };

		const companyKeys = Array.from({ length: options.companies }, (_, i) => `SOAK-${i}`);
		const companyItems = companyKeys.map((key, i) => ({ Name: `Soak Company ${i}`, ExternalId__gc: key, Industry: 'Software', ARR: 1000 + i }));
		const companies = await run(
			{ resource: 'company', operation: 'insert', columns: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] } },
			companyItems,
		);
		if (companies.error) tally.problems.push(`company run failed: ${companies.error.message}`);
		const storedCompanies = new Map<string, number>();
		for (const row of sandbox.store.companies.values()) {
			const key = row.ExternalId__gc as string | null;
			if (key?.startsWith('SOAK-')) storedCompanies.set(key, (storedCompanies.get(key) ?? 0) + 1);
		}
		compare('company', companyKeys, companies.items, storedCompanies, tally);

		const taskKeys = Array.from({ length: options.tasks }, (_, i) => `Soak task ${i}`);
		if (taskKeys.length) {
			const tasks = await run(
				{
					resource: 'task',
					operation: 'create',
					ctaId: { __rl: true, mode: 'id', value: EXT_CTA.Gsid },
					name: '={{ $json.name }}',
					additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-05-09' },
				},
				taskKeys.map((name) => ({ name })),
			);
			if (tasks.error) tally.problems.push(`task run failed: ${tasks.error.message}`);
			const storedTasks = new Map<string, number>();
			for (const task of sandbox.store.tasks.values()) {
				const name = String(task.Name);
				if (name.startsWith('Soak task ')) storedTasks.set(name, (storedTasks.get(name) ?? 0) + 1);
			}
			compare('task', taskKeys, tasks.items, storedTasks, tally);
		}
		const faultsByKind = sandbox.faultsInjected();
		return {
			calls: sandbox.log.length,
			faultFreeCalls: Math.ceil(options.companies / 50) + options.tasks,
			...tally,
			faultsInjected: Object.values(faultsByKind).reduce((a, b) => a + b, 0),
			faultsByKind,
			itemsIn: options.companies + options.tasks,
			seconds: Math.round((Date.now() - started) / 100) / 10,
		};
	} finally {
		await sandbox.close();
	}
}
