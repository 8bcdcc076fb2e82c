/**
 * Pacing of one-record-a-call writes: 30 tasks (one call each, Concurrent Calls 4) against a
 * tenant that allows a little more than the credential says (slack for a loaded machine's timing;
 * unpaced, 4 calls at once would pass 10 a second within the first second). No call is refused, every task is created
 * once, and the output keeps the input's order and pairing. Small windows keep this fast.
 */
import { SEED_CTAS } from '../sandbox';
import { locatorById, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
const CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
const create = { resource: 'task', operation: 'create', ctaId: locatorById(CTA.Gsid), name: '={{ $json.name }}', additionalFields: { OwnerEmail: 'athakur@gainsight.com' } };
const tasks = Array.from({ length: 30 }, (_, index) => ({ name: `Paced task ${index}` }));

describe('Pacing › one record a call', () => {
	it('30 tasks, 4 at once, against 10 calls per 1 s window with the credential saying 8: no 429, each task once, order and pairedItem kept', async () => {
		ctx.sandbox.configure({ rateLimit: { quota: 10, windowMs: 1000, retryAfter: false } });
		const { items: out, error } = await runGainsight(ctx.sandbox, create, {
			items: tasks,
			credentials: { callsPerWindow: 8, windowSeconds: 1, concurrency: 4 },
		});
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log.filter((entry) => entry.status === 429)).toHaveLength(0);
		expect(ctx.sandbox.log).toHaveLength(30);
		expect(out.map((item) => item.pairedItem)).toEqual(tasks.map((_, index) => ({ item: index })));
		expect(out.map((item) => item.json.Name)).toEqual(tasks.map((task) => task.name));
		const stored = [...ctx.sandbox.store.tasks.values()].map((task) => task.Name).filter((name) => String(name).startsWith('Paced task'));
		expect(stored.sort()).toEqual(tasks.map((task) => task.name).sort());
	}, 20_000);
});
