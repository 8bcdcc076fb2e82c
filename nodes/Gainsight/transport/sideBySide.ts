/**
 * Independent calls side by side: at most the credential's Concurrent Calls at once, started in
 * the order given. Used by the chunked writes and by the one-record-a-call writes.
 *
 * Until the key is known to be good (a call of this run, or of an earlier run of this node with
 * this credential, went through), the first job goes alone: a wrong key or a configuration that
 * Gainsight refuses then costs one call, not one per Concurrent Call.
 */
import { hasAnswered, tenantConcurrency, type GainsightContext } from './request';

export interface SideBySideOptions {
	/** Jobs in flight at once; default: the credential's Concurrent Calls. */
	concurrency?: number;
	/** Asked before each job is started: true stops starting jobs (those in flight finish). */
	shouldStop: () => boolean;
}

export async function runSideBySide<T extends object>(
	ctx: GainsightContext,
	jobs: T[],
	run: (job: T) => Promise<void>,
	options: SideBySideOptions,
): Promise<void> {
	let position = 0;
	const take = () => (position < jobs.length ? jobs[position++] : undefined);
	const worker = async () => {
		for (let job = take(); job; job = take()) {
			if (options.shouldStop()) return;
			await run(job);
		}
	};
	const concurrency = options.concurrency ?? (await tenantConcurrency(ctx));
	const first = hasAnswered(ctx) ? undefined : take();
	if (first) await run(first);
	const workers = Math.max(1, Math.min(concurrency, jobs.length - position));
	await Promise.all(Array.from({ length: workers }, worker));
}
