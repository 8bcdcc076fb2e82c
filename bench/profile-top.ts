/**
 * The functions with the most self time in a V8 .cpuprofile (as `BENCH_PROFILE` writes):
 * `tsx bench/profile-top.ts /tmp/prof-taskCreate.cpuprofile [count] [own] [from=ms] [to=ms]` —
 * "own" keeps only the node's code (nodes/Gainsight/**); from/to keep the samples taken in that
 * part of the run (ms after the profile started), e.g. `to=150` for the work before the first call.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

const args = process.argv.slice(2);
const named = (name: string) => args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const [file, countArg, filter] = args.filter((arg) => !arg.includes('='));
if (!file) {
	console.error('usage: tsx bench/profile-top.ts <file.cpuprofile> [count] [own] [from=ms] [to=ms]');
	process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
};
const fromUs = Number(named('from') ?? 0) * 1000;
const toUs = Number(named('to') ?? Infinity) * 1000;
const perSampleMs = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;

// Hits per node among the samples inside the window.
const hits = new Map<number, number>();
let elapsedUs = 0;
profile.samples.forEach((nodeId, index) => {
	elapsedUs += profile.timeDeltas[index] ?? 0;
	if (elapsedUs >= fromUs && elapsedUs < toUs) hits.set(nodeId, (hits.get(nodeId) ?? 0) + 1);
});

const totals = new Map<string, number>();
for (const node of profile.nodes) {
	const { functionName, url, lineNumber } = node.callFrame;
	if (filter === 'own' && !/[\\/]nodes[\\/]Gainsight[\\/]/.test(url)) continue;
	const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules[\\/]/, '~/').replace(/^.*[\\/]main[\\/]/, '')}:${lineNumber + 1}`;
	totals.set(key, (totals.get(key) ?? 0) + (hits.get(node.id) ?? 0) * perSampleMs);
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 25));
for (const [key, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
const window = fromUs > 0 || toUs < Infinity ? ` (samples from ${fromUs / 1000} to ${toUs === Infinity ? 'the end' : `${toUs / 1000} ms`})` : '';
console.log(`profile: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms${window}`);
