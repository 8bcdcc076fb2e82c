/**
 * The first write of a run goes alone (a wrong key or a bad configuration costs one call), until
 * the same node with the same credential has worked against the tenant in this n8n process; then
 * its calls go side by side from the start. A call refused as unauthorised forgets that.
 * `othersInFlight` is what the sandbox was still answering when a call arrived: 0 for the second
 * call means it was sent only after the first was answered.
 */
import { autoMapColumns, calls, companies, runGainsight, useSandbox } from './support';

// Long enough that calls sent together overlap at the sandbox even on a loaded machine.
const ctx = useSandbox({ latencyMs: 300 });
// epoch dates: this test counts the write calls, which the ISO default's describe would join
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { dateFormat: 'epoch' } };
const inFlight = () => ctx.sandbox.log.map((entry) => entry.othersInFlight);

describe('The first call of a run', () => {
	it('a node\'s first run: the first call alone, then the other chunks side by side', async () => {
		const { error } = await runGainsight(ctx.sandbox, insert, { items: companies(200), credentialId: 'first-run' });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toHaveLength(4);
		expect(inFlight()[1]).toBe(0);
		expect(Math.max(...inFlight().slice(1))).toBeGreaterThan(0);
	});

	it('the same node run again: its chunks go side by side from the first call', async () => {
		await runGainsight(ctx.sandbox, insert, { items: companies(200), credentialId: 'run-again' });
		ctx.sandbox.clearLog();
		const { error, items } = await runGainsight(ctx.sandbox, insert, { items: companies(200, 200), credentialId: 'run-again' });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(200);
		expect(calls(ctx.sandbox)).toHaveLength(4);
		expect(inFlight()[1]).toBeGreaterThan(0);
	});

	it('a changed configuration goes alone again', async () => {
		await runGainsight(ctx.sandbox, insert, { items: companies(200), credentialId: 'changed' });
		ctx.sandbox.clearLog();
		const changed = { ...insert, options: { fieldsToIgnore: 'Industry' } };
		await runGainsight(ctx.sandbox, changed, { items: companies(200, 200), credentialId: 'changed' });
		expect(inFlight()[1]).toBe(0);
	});

	it('after the key is refused (401), the next run goes alone again', async () => {
		await runGainsight(ctx.sandbox, insert, { items: companies(200), credentialId: 'revoked' });
		const { error } = await runGainsight(ctx.sandbox, insert, { items: companies(200, 200), credentialId: 'revoked', credentials: { apiKey: 'a-revoked-key' } });
		expect(error?.message).toContain('GS_AUTH_401');
		ctx.sandbox.clearLog();
		await runGainsight(ctx.sandbox, insert, { items: companies(200, 400), credentialId: 'revoked' });
		expect(calls(ctx.sandbox)).toHaveLength(4);
		expect(inFlight()[1]).toBe(0);
	});
});
