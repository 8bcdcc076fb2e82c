/**
 * One call per item, side by side (Concurrent Calls; the first alone until the key is known good),
 * for writes whose body is the item's own record and that are idempotent (the People API's upsert
 * by the person's resolution key): a call whose outcome is unknown is simply sent again, since
 * applying it twice changes nothing.
 */
import { callGainsight, type CallOutcome, type CallSpec } from '../call';
import type { GainsightContext } from '../session';
import { runSideBySide } from '../sideBySide';

/** Times an idempotent write whose outcome is unknown is sent again. */
const RESEND_UNKNOWN = 2;

export async function callPerItem(
	ctx: GainsightContext,
	calls: Array<{ itemIndex: number; spec: CallSpec }>,
	options: { stopOnFirstError: boolean },
): Promise<Array<{ itemIndex: number; outcome: CallOutcome }>> {
	const outcomes: Array<{ itemIndex: number; outcome: CallOutcome }> = [];
	let failed = false;
	await runSideBySide(
		ctx,
		calls,
		async ({ itemIndex, spec }) => {
			let outcome = await callGainsight(ctx, spec);
			for (let resent = 0; outcome.kind === 'unknown' && resent < RESEND_UNKNOWN; resent++) outcome = await callGainsight(ctx, spec);
			if (outcome.kind !== 'ok') failed = true;
			outcomes.push({ itemIndex, outcome });
		},
		() => options.stopOnFirstError && failed,
	);
	return outcomes;
}
