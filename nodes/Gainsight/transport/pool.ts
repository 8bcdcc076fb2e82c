/**
 * The one worker pool of the transport: at most `width` jobs in flight, taken in order from `next`
 * (lazily: a job list need not exist up front). A job's failure stops new jobs; every job in
 * flight settles before the failure is passed on, so no call outlives the operation that made it.
 * The pages of a long read, the chunks of a write and the one-record writes all run on it.
 */
export async function runPool<T>(
	next: () => T | undefined,
	run: (job: T) => Promise<void>,
	width: number,
	shouldStop: () => boolean = () => false,
): Promise<void> {
	let failure: { reason: unknown } | undefined;
	const worker = async () => {
		while (!failure && !shouldStop()) {
			const job = next();
			if (job === undefined) return;
			try {
				await run(job);
			} catch (reason) {
				failure ??= { reason };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
	if (failure) throw failure.reason;
}
