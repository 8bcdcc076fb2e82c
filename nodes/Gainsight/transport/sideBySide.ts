/**
 * Independent writes side by side on the pool: at most the credential's Concurrent Calls at once,
 * started in the order given.
 *
 * Until the key is known to be good (a call of this run, or of an earlier run of this node with
 * this credential, went through), the first job goes alone: a wrong key or a configuration that
 * Gainsight refuses then costs one call, not one per Concurrent Call.
 */
import { runPool } from './pool';
import { hasAnswered, tenantConcurrency, type GainsightContext } from './session';

/** Runs the jobs; `shouldStop` is asked before each job is started (true: those in flight finish, no more start). */
export async function runSideBySide<T extends object>(
	ctx: GainsightContext,
	jobs: T[],
	run: (job: T) => Promise<void>,
	shouldStop: () => boolean,
): Promise<void> {
	let position = 0;
	const take = () => (position < jobs.length ? jobs[position++] : undefined);
	const concurrency = await tenantConcurrency(ctx);
	const first = hasAnswered(ctx) ? undefined : take();
	if (first) await run(first);
	await runPool(take, run, Math.min(concurrency, jobs.length - position), shouldStop);
}
