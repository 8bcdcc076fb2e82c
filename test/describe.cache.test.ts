/**
 * Describe answers in runs: one per run and object, and shared by the runs of a credential for 10
 * minutes, so a workflow run every minute (or per webhook) does not spend a call on them each time;
 * the editor's pickers always ask Gainsight.
 */
import { calls, companies, definedColumns, describeCall, pickerContext, runGainsight, useSandbox } from './support';
import { getWritableFields } from '../nodes/Gainsight/methods/loadOptions';

const ctx = useSandbox();

const insertOne = (externalId: string) => ({
	resource: 'company',
	operation: 'insert',
	columns: definedColumns({ ...companies(1)[0], Name: externalId, ExternalId__gc: externalId, RenewalDate: '2027-03-31' }),
});

describe('Describe answers', () => {
	it('runs with the same credential describe the object once in 10 minutes: the next one-record insert costs one call', async () => {
		const first = await runGainsight(ctx.sandbox, insertOne('D-1'), { credentialId: 'describe-kept' });
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', describeCall('Company')]);
		expect(first.items[0].json.RenewalDate).toBe('2027-03-31T00:00:00.000Z');

		ctx.sandbox.clearLog();
		const second = await runGainsight(ctx.sandbox, insertOne('D-2'), { credentialId: 'describe-kept' });
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company']);
		// the kept fields still turn the answer's dates into ISO text
		expect(second.items[0].json.RenewalDate).toBe('2027-03-31T00:00:00.000Z');

		ctx.sandbox.clearLog();
		await runGainsight(ctx.sandbox, insertOne('D-3'), { credentialId: 'another-credential' });
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', describeCall('Company')]);

		const now = Date.now.bind(Date);
		const later = jest.spyOn(Date, 'now').mockImplementation(() => now() + 11 * 60_000);
		try {
			ctx.sandbox.clearLog();
			await runGainsight(ctx.sandbox, insertOne('D-4'), { credentialId: 'describe-kept' });
			expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', describeCall('Company')]);
		} finally {
			later.mockRestore();
		}
	});

	it('runs started side by side share the describe call in flight', async () => {
		// every answer takes 200 ms, so the second run asks while the first run's describe is under way
		ctx.sandbox.configure({ latencyMs: 200 });
		const runs = await Promise.all(['S-1', 'S-2'].map((id) => runGainsight(ctx.sandbox, insertOne(id), { credentialId: 'side-by-side' })));
		expect(runs.map((run) => run.items[0].json.RenewalDate)).toEqual(['2027-03-31T00:00:00.000Z', '2027-03-31T00:00:00.000Z']);
		expect(calls(ctx.sandbox).filter((call) => call === describeCall('Company'))).toHaveLength(1);
		ctx.sandbox.configure({ latencyMs: 0 });
	});

	it("the editor's pickers ask Gainsight every time (a field just added shows at once)", async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'company', operation: 'insert' });
		await getWritableFields.call(picker);
		await getWritableFields.call(pickerContext(ctx.sandbox, { resource: 'company', operation: 'insert' }));
		expect(calls(ctx.sandbox)).toEqual([describeCall('Company'), describeCall('Company')]);
	});
});
