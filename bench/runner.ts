/**
 * Runs one scenario through n8n's engine in this process (the sandbox runs in another) and
 * reports wall time, the CPU spent in the node's own code and this process's peak RSS.
 *
 * CPU in the node's own code: V8's sampling profiler runs during the scenario; the self time of
 * every sample whose function lives under nodes/Gainsight/ is summed (n8n's engine, the HTTP
 * client and JSON parsing of answers are not the node's code and are not counted). The runner
 * process's whole CPU is reported too. BENCH_PROFILE=/tmp/prof writes each scenario's profile to
 * /tmp/prof-<scenario>.cpuprofile (open it in Chrome's DevTools, or `tsx bench/profile-top.ts <file>`).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { INode } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { Gainsight } from '../nodes/Gainsight/Gainsight.node.js';
import { DEFAULT_ACCESS_KEY } from '../sandbox';
import { runNode } from '../test/harness/engine';
import { NaiveHttpInsert } from './naive-http.node';
import { CONCURRENCY, inputItems, QUOTA, scenarios, warmUp, WINDOW_MS, type ScenarioName } from './scenarios';

export interface RunnerReport {
	wallSeconds: number;
	itemsOut: number;
	errorItems: number;
	/** Distinct records among the output items (by GSID). */
	distinctOut: number;
	error?: string;
	ownCpuMicros: number;
	processCpuMicros: number;
	peakRssMb: number;
	/** When the run started and ended (epoch ms), to place the sandbox's first and last call. */
	startedAt: number;
	endedAt: number;
}

interface ProfileNode {
	id: number;
	callFrame: { url: string };
	hitCount?: number;
}

async function run(name: ScenarioName, url: string): Promise<RunnerReport> {
	const scenario = scenarios().find((candidate) => candidate.name === name)!;
	const items = inputItems(scenario);
	const credentials = { domain: url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: QUOTA, windowSeconds: WINDOW_MS / 1000, concurrency: CONCURRENCY };
	const warm = warmUp(scenario);
	if (warm) await runNode({ nodeType: new Gainsight(), credentialType: new GainsightApi(), parameters: warm.parameters as INode['parameters'], items: warm.items, credentials });
	await new Promise<void>((resolve) => {
		process.once('message', () => resolve());
		process.send?.({ type: 'warm' });
	});
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_SAMPLING_US ?? 200) });
	global.gc?.();
	// The clock starts once the profiler runs: starting it takes V8 tens of milliseconds that are not the node's.
	await session.post('Profiler.start');
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const startedAt = Date.now();
	const result = scenario.naive
		? await runNode({
				nodeType: new NaiveHttpInsert(),
				credentialType: new GainsightApi(),
				parameters: { baseUrl: url, intervalMs: scenario.naive.paced ? WINDOW_MS / QUOTA : 0 },
				items,
				credentials,
			})
		: await runNode({ nodeType: new Gainsight(), credentialType: new GainsightApi(), parameters: scenario.parameters as INode['parameters'], items, credentials });
	const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
	const wallSeconds = (performance.now() - started) / 1000;
	const endedAt = Date.now();
	const cpu = process.cpuUsage(cpuBefore);
	if (process.env.BENCH_PROFILE) writeFileSync(`${process.env.BENCH_PROFILE}-${name}.cpuprofile`, JSON.stringify(profile));
	const perSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
	const own = profile.nodes.filter((node) => /[\\/]nodes[\\/]Gainsight[\\/]/.test(node.callFrame.url));
	const ownCpuMicros = own.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) * perSample;
	session.disconnect();
	return {
		wallSeconds,
		itemsOut: result.items.length,
		errorItems: result.items.filter((item) => item.json.error !== undefined).length,
		distinctOut: new Set(result.items.map((item) => item.json.Gsid).filter(Boolean)).size,
		error: result.error?.message,
		ownCpuMicros,
		processCpuMicros: cpu.user + cpu.system,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
		startedAt,
		endedAt,
	};
}

process.once('message', (message: { name: ScenarioName; url: string }) => {
	run(message.name, message.url).then(
		(report) => process.send?.({ type: 'done', report }, () => process.exit(0)),
		(error: unknown) => process.send?.({ type: 'done', report: { error: String(error) } }, () => process.exit(1)),
	);
});
process.send?.({ type: 'ready' });
