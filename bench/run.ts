/**
 * `npm run bench [-- scenario …]`: each scenario on a fresh sandbox (own process, 150 ms a call,
 * 100 calls per 2 s window) and a fresh runner process (n8n's engine + the Gainsight node), then
 * one table. BENCH_SCALE=0.1 runs every scenario at a tenth of its size (a quick look).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

import type { HostReport } from './sandbox-host';
import type { RunnerReport } from './runner';
import { CONCURRENCY, LATENCY_MS, lowerBoundSeconds, QUOTA, roundsBoundSeconds, scenarios, WINDOW_MS, type Scenario } from './scenarios';

const start = (file: string, args: string[] = []) =>
	fork(join(__dirname, file), args, { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

function next<T>(child: ChildProcess, type: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: { type: string } & T) => {
			if (message.type !== type) return;
			child.off('message', onMessage);
			resolve(message);
		};
		child.on('message', onMessage);
		child.once('exit', (code) => reject(new Error(`${file(child)} exited (${code}) before "${type}"`)));
	});
}
const file = (child: ChildProcess) => child.spawnargs.join(' ');

/** Records the scenario should leave in the sandbox, each exactly once. */
function expectedKeys(scenario: Scenario): string[] {
	if (scenario.name === 'getMany') return [];
	if (scenario.name === 'taskCreate') return Array.from({ length: scenario.records }, (_, index) => `Bench task ${index}`);
	const existing = scenario.name === 'upsert' ? scenario.seedCompanies : 0;
	return Array.from({ length: scenario.records }, (_, index) => (index < existing ? `B-${index}` : `T-${index}`));
}

interface Row {
	scenario: Scenario;
	runner: RunnerReport;
	host: HostReport;
	lost: number;
	duplicated: number;
}

async function runScenario(scenario: Scenario): Promise<Row> {
	const host = start('sandbox-host.ts', [String(scenario.seedCompanies)]);
	const { url } = await next<{ url: string }>(host, 'ready');
	const runner = start('runner.ts');
	await next(runner, 'ready');
	runner.send({ name: scenario.name, url });
	await next(runner, 'warm');
	host.send({ type: 'clearLog' });
	await next(host, 'cleared');
	runner.send({ type: 'go' });
	const { report } = await next<{ report: RunnerReport }>(runner, 'done');
	host.send({ type: 'report' });
	const { report: hostReport } = await next<{ report: HostReport }>(host, 'report');
	host.send({ type: 'stop' });
	let lost = 0;
	let duplicated = 0;
	if (scenario.name === 'getMany') {
		lost = scenario.records - report.distinctOut;
		duplicated = report.itemsOut - report.distinctOut;
	} else {
		const stored = scenario.name === 'taskCreate' ? hostReport.tasks : hostReport.companies;
		for (const key of expectedKeys(scenario)) {
			const count = stored[key] ?? 0;
			if (count === 0) lost++;
			if (count > 1) duplicated += count - 1;
		}
	}
	return { scenario, runner: report, host: hostReport, lost, duplicated };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main() {
	const wanted = new Set(process.argv.slice(2));
	const chosen = scenarios().filter((scenario) => wanted.size === 0 || wanted.has(scenario.name));
	console.log(`sandbox: ${LATENCY_MS} ms a call, ${QUOTA} calls per ${WINDOW_MS / 1000} s window; node: Concurrent Calls ${CONCURRENCY}\n`);
	const rows: Row[] = [];
	for (const scenario of chosen) {
		process.stderr.write(`running ${scenario.label}…\n`);
		rows.push(await runScenario(scenario));
	}
	console.log('| scenario | records | calls made | lower bound of calls | 429s seen | lost | duplicated | wall s | lower bound s | ratio | CPU µs/item | peak RSS MB |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const { scenario, runner, host, lost, duplicated } of rows) {
		const bound = lowerBoundSeconds(scenario);
		const failed = runner.error ? ` (run failed: ${runner.error.slice(0, 60)})` : '';
		console.log(
			`| ${scenario.label}${failed} | ${scenario.records} | ${host.calls} | ${scenario.lowerBoundCalls} | ${host.status429} | ${lost} | ${duplicated} | ${fixed(runner.wallSeconds)} | ${fixed(bound)} | ${fixed(runner.wallSeconds / bound, 2)} | ${fixed(runner.ownCpuMicros / scenario.records)} | ${fixed(runner.peakRssMb, 0)} |`,
		);
	}
	const ours = rows.find((row) => row.scenario.name === 'oursBaseline');
	for (const naive of rows.filter((row) => row.scenario.naive)) {
		if (!ours) break;
		const speed = naive.runner.error ? 'failed' : `${fixed(naive.runner.wallSeconds / ours.runner.wallSeconds)}× slower`;
		console.log(`\n${naive.scenario.label}: ${naive.host.calls} calls vs ${ours.host.calls} (${fixed(naive.host.calls / ours.host.calls)}× the calls), ${speed}${naive.runner.error ? `: ${naive.runner.error}` : ''}`);
	}
	console.log('\nCPU µs/item: self time of the node\'s own code (nodes/Gainsight/**) in V8\'s sampling profile; process CPU per item (engine, HTTP client, JSON) in parentheses below.');
	for (const { scenario, runner } of rows) console.log(`  ${scenario.label}: own ${fixed(runner.ownCpuMicros / scenario.records)} µs/item (process ${fixed(runner.processCpuMicros / scenario.records)} µs/item)`);
	console.log('\nWall time against whole rounds: calls go at most Concurrent Calls at a time, so the least any client can take is ⌈calls ÷ concurrency⌉ latencies (or the quota\'s bound); a read cannot ask for a page before the pages before it came back full.');
	for (const { scenario, runner } of rows) {
		const bound = roundsBoundSeconds(scenario);
		console.log(`  ${scenario.label}: ${fixed(runner.wallSeconds)} s, at least ${fixed(bound, 2)} s in whole rounds (ratio ${fixed(runner.wallSeconds / bound, 2)})`);
	}
	console.log('\nWhere the wall time went: before the first call reached the sandbox, from the first call to the last, and after the last call arrived (its latency, then the node\'s output).');
	for (const { scenario, runner, host } of rows) {
		if (host.firstArrival === undefined || host.lastArrival === undefined) continue;
		const seconds = (ms: number) => fixed(ms / 1000, 2);
		console.log(
			`  ${scenario.label}: ${seconds(host.firstArrival - runner.startedAt)} s before, ${seconds(host.lastArrival - host.firstArrival)} s of calls, ${seconds(runner.endedAt - host.lastArrival)} s after`,
		);
	}
}

void main();
