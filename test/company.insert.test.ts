import { calls, companies, runGainsight, useSandbox, autoMapColumns, definedColumns, describeCall } from './support';

const ctx = useSandbox();
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns() };

describe('Company › Insert', () => {
	it.each([
		[0, 0],
		[1, 1],
		[50, 1],
		[51, 2],
		[120, 3],
	])('%i items make %i write calls (and one describe, for the dates) and give one output item each, paired', async (count, expectedCalls) => {
		const items = companies(count);
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items });
		expect(error).toBeUndefined();
		// nothing written, nothing to output: no describe either
		expect(calls(ctx.sandbox)).toEqual(expectedCalls ? [...Array(expectedCalls).fill('POST /v1/data/objects/Company'), describeCall('Company')] : []);
		expect(out).toHaveLength(count);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.Name).toBe(`Company ${index}`);
			expect(item.json.Gsid).toMatch(/^[0-9A-Z]{36}$/);
		});
		const bodies = ctx.sandbox.log.filter((entry) => entry.method === 'POST').map((entry) => (entry.body as { records: unknown[] }).records.length);
		expect(bodies.every((size) => size <= 50)).toBe(true);
		expect(bodies.reduce((a, b) => a + b, 0)).toBe(count);
	});
});

describe('Company › Insert › parameters per item', () => {
	it('mapper values and Fields to Ignore given by expressions are read for each item, fixed ones once', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			{
				resource: 'company',
				operation: 'insert',
				columns: definedColumns({ Name: '={{ $json.company }}', Industry: 'Software', ExternalId__gc: '={{ "X-" + $itemIndex }}' }),
			},
			{ items: [{ company: 'First Co' }, { company: 'Second Co' }, { company: 'Third Co' }] },
		);
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0].body).toEqual({
			records: [
				{ Name: 'First Co', Industry: 'Software', ExternalId__gc: 'X-0' },
				{ Name: 'Second Co', Industry: 'Software', ExternalId__gc: 'X-1' },
				{ Name: 'Third Co', Industry: 'Software', ExternalId__gc: 'X-2' },
			],
		});
		expect(out.map((item) => item.json.Name)).toEqual(['First Co', 'Second Co', 'Third Co']);
	});

	it('Fields to Ignore from an expression can differ per item', async () => {
		await runGainsight(
			ctx.sandbox,
			{ resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { fieldsToIgnore: '={{ $json.skip }}' } },
			{ items: [{ Name: 'A Co', ARR: 1, skip: 'ARR,skip' }, { Name: 'B Co', ARR: 2, skip: 'skip' }] },
		);
		expect((ctx.sandbox.log[0].body as { records: unknown[] }).records).toEqual([{ Name: 'A Co' }, { Name: 'B Co', ARR: 2 }]);
	});
});
