/**
 * The functions with the most self time in a V8 .cpuprofile (as `BENCH_PROFILE` writes):
 * `tsx bench/profile-top.ts /tmp/prof-taskCreate.cpuprofile [count] [own]` — "own" keeps only
 * the node's code (nodes/Gainsight/**).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
}

const [file, countArg, filter] = process.argv.slice(2);
if (!file) {
	console.error('usage: tsx bench/profile-top.ts <file.cpuprofile> [count] [own]');
	process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
const perSampleMs = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
const totals = new Map<string, number>();
for (const node of profile.nodes) {
	const { functionName, url, lineNumber } = node.callFrame;
	if (filter === 'own' && !/[\\/]nodes[\\/]Gainsight[\\/]/.test(url)) continue;
	const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules[\\/]/, '~/').replace(/^.*[\\/]main[\\/]/, '')}:${lineNumber + 1}`;
	totals.set(key, (totals.get(key) ?? 0) + (node.hitCount ?? 0) * perSampleMs);
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 25));
for (const [key, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
console.log(`profile: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`);
