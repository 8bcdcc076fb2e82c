import { calls, companies, runGainsight, useSandbox, autoMapColumns } from './support';

const ctx = useSandbox();
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns() };

describe('Company › Insert', () => {
	it.each([
		[0, 0],
		[1, 1],
		[50, 1],
		[51, 2],
		[120, 3],
	])('%i items make %i calls and give one output item each, paired', async (count, expectedCalls) => {
		const items = companies(count);
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(Array(expectedCalls).fill('POST /v1/data/objects/Company'));
		expect(out).toHaveLength(count);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.Name).toBe(`Company ${index}`);
			expect(item.json.Gsid).toMatch(/^[0-9A-Z]{36}$/);
		});
		const bodies = ctx.sandbox.log.map((entry) => (entry.body as { records: unknown[] }).records.length);
		expect(bodies.every((size) => size <= 50)).toBe(true);
		expect(bodies.reduce((a, b) => a + b, 0)).toBe(count);
	});
});
