/**
 * A wait that ends early when the execution is cancelled. Built on n8n-workflow's `sleep`, which
 * every n8n we support exports (its `sleepWithAbort` is gone from the current n8n-workflow); the
 * sleep's own timer still runs out, harmlessly, after an early end.
 */
import { sleep } from 'n8n-workflow';

/** Waits `ms`; false when `signal` aborted first (or already had). */
export async function waitUnlessAborted(ms: number, signal?: AbortSignal): Promise<boolean> {
	if (signal?.aborted) return false;
	if (!signal) {
		await sleep(ms);
		return true;
	}
	let onAbort = () => {};
	const aborted = new Promise<boolean>((resolve) => {
		onAbort = () => resolve(false);
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		return await Promise.race([sleep(ms).then(() => true), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}
