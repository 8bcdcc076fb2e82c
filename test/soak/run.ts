/** `npm run soak [-- companies tasks rate seed]`: the soak (see soak.ts) with its figures printed. */
import { bypassProxyForLoopback } from '../harness/env';
import { Gainsight } from '../../nodes/Gainsight/Gainsight.node.js';
import { soak } from './soak';

async function main() {
	bypassProxyForLoopback();
	const [companies = 20_000, tasks = 300, rate = 0.05, seed = 7] = process.argv.slice(2).map(Number);
	const figures = await soak({ companies, tasks, rate, seed, node: new Gainsight() });
	const rows: Array<[string, unknown]> = [
		['companies in / tasks in', `${companies} / ${tasks}`],
		['fault rate', `${rate * 100}% of calls (seed ${seed})`],
		['calls received (retries included)', figures.calls],
		['faults injected', `${figures.faultsInjected} ${JSON.stringify(figures.faultsByKind)}`],
		['items in', figures.itemsIn],
		['items out', figures.itemsOut],
		['written (stored once)', figures.written],
		['refused (error item, not stored)', `${figures.refused} ${JSON.stringify(figures.refusals)}`],
		['lost', figures.lost],
		['duplicated', figures.duplicated],
		['unknown (reported, may or may not be applied)', `${figures.unknown.length} (${((figures.unknown.length / figures.itemsIn) * 100).toFixed(3)}% of items; target ≤ 0.1%)`],
		[
			'extra calls (beyond the fault-free run)',
			`${figures.calls - figures.faultFreeCalls} = ${((figures.calls - figures.faultFreeCalls) / Math.max(1, figures.faultsInjected)).toFixed(2)}× the faults met (target ≤ 2×; retries, record isolation, settling reads and resends)`,
		],
		['seconds', figures.seconds],
	];
	for (const [label, value] of rows) console.log(`${label.padEnd(48)} ${String(value)}`);
	const applied = figures.unknown.filter((u) => u.stored > 0).length;
	console.log(`unknown writes: ${applied} turned out applied, ${figures.unknown.length - applied} not applied`);
	// Consecutive items of one call share their fate: print them as ranges.
	const ranges: string[] = [];
	let start = figures.unknown[0];
	figures.unknown.forEach((u, i) => {
		const next = figures.unknown[i + 1];
		if (next && next.resource === u.resource && next.item === u.item + 1 && next.stored === u.stored && next.requestId === u.requestId) return;
		const span = start.item === u.item ? `item ${u.item}` : `items ${start.item}..${u.item}`;
		ranges.push(`  ${u.resource} ${span}: stored ${u.stored}x${u.requestId ? `, request ID ${u.requestId}` : ''}`);
		start = next;
	});
	for (const line of ranges) console.log(line);
	for (const problem of figures.problems) console.log(`PROBLEM ${problem}`);
	const broken = figures.lost > 0 || figures.duplicated > 0 || figures.problems.length > 0 || figures.itemsOut !== figures.itemsIn;
	process.exitCode = broken ? 1 : 0;
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
