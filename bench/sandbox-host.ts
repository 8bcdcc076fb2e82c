/**
 * The sandbox in a process of its own, so the runner's CPU and memory are the node's alone.
 * Started by bench/run.ts with IPC: it seeds, says its URL, and answers "report" with what it
 * received and what it stores.
 */
import { startSandbox } from '../sandbox';
import { LATENCY_MS, QUOTA, WINDOW_MS } from './scenarios';

export interface HostReport {
	calls: number;
	status429: number;
	/** Stored companies per ExternalId__gc of the run (T- and B- prefixes). */
	companies: Record<string, number>;
	/** Stored tasks per name for tasks named "Bench task …". */
	tasks: Record<string, number>;
	/** Arrival time (epoch ms) of the run's first and last call. */
	firstArrival?: number;
	lastArrival?: number;
}

async function main() {
	const seedCompanies = Number(process.argv[2] ?? 0);
	const sandbox = await startSandbox({ latencyMs: 0, rateLimit: { quota: 1e9, windowMs: 60_000, dailyQuota: 1e9 } });
	const template = [...sandbox.store.companies.values()][0];
	for (let index = 0; index < seedCompanies; index++) {
		const Gsid = sandbox.store.ids.next('company');
		sandbox.store.companies.set(Gsid, { ...template, Gsid, Name: `Bench Company ${index}`, ExternalId__gc: `B-${index}`, ARR: index });
	}
	sandbox.configure({ latencyMs: LATENCY_MS, readCache: true, rateLimit: { quota: QUOTA, windowMs: WINDOW_MS, dailyQuota: 1e9 } });
	sandbox.clearLog();
	process.on('message', (message: { type: string }) => {
		if (message.type === 'report') {
			const companies: Record<string, number> = {};
			for (const company of sandbox.store.companies.values()) {
				const id = String(company.ExternalId__gc ?? '');
				if (/^[TB]-\d+$/.test(id)) companies[id] = (companies[id] ?? 0) + 1;
			}
			const tasks: Record<string, number> = {};
			for (const task of sandbox.store.tasks.values()) {
				if (task.Name.startsWith('Bench task ')) tasks[task.Name] = (tasks[task.Name] ?? 0) + 1;
			}
			const report: HostReport = {
				calls: sandbox.log.length,
				status429: sandbox.log.filter((entry) => entry.status === 429).length,
				companies,
				tasks,
				firstArrival: sandbox.log[0]?.at,
				lastArrival: sandbox.log.at(-1)?.at,
			};
			process.send?.({ type: 'report', report });
		}
		if (message.type === 'clearLog') {
			sandbox.clearLog();
			process.send?.({ type: 'cleared' });
		}
		if (message.type === 'stop') void sandbox.close().then(() => process.exit(0));
	});
	process.send?.({ type: 'ready', url: sandbox.url });
}

void main();
