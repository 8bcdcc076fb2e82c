import { SEED_COMPANIES } from '../sandbox';
import { calls, runGainsight, useSandbox, autoMapColumns, describeCall } from './support';

const ctx = useSandbox();
const upsert = { resource: 'company', operation: 'upsert', columns: autoMapColumns(['ExternalId__gc']) };
const withExternalId = (externalId: string) =>
	[...ctx.sandbox.store.companies.values()].filter((company) => String(company.ExternalId__gc).toLowerCase() === externalId.toLowerCase());
const records = (index: number) => (ctx.sandbox.log[index].body as { records: Array<Record<string, unknown>> }).records;

describe('Company › Upsert', () => {
	it('5 existing + 5 new: one read, then one PUT with the 5 existing and one POST with the 5 new; each company stored once', async () => {
		const existing = SEED_COMPANIES.slice(0, 5).map((company, index) => ({
			Name: company.Name,
			ExternalId__gc: company.ExternalId__gc,
			Employees: 1000 + index,
		}));
		const fresh = Array.from({ length: 5 }, (_, index) => ({ Name: `Fresh ${index}`, ExternalId__gc: `NEW-${index}`, Employees: index }));
		// interleave them, so that output order and pairing are really tested
		const items = [existing[0], fresh[0], existing[1], fresh[1], existing[2], fresh[2], existing[3], fresh[3], existing[4], fresh[4]];
		const before = ctx.sandbox.store.companies.size;

		const { items: out, error } = await runGainsight(ctx.sandbox, upsert, { items });
		expect(error).toBeUndefined();

		expect(calls(ctx.sandbox)).toEqual([
			'POST /v1/data/objects/query/Company',
			'PUT /v1/data/objects/Company',
			'POST /v1/data/objects/Company',
			describeCall('Company'),
		]);
		// ExternalId__gc is text: the operator table gives it no IN, so one EQ per key, joined with OR
		const read = ctx.sandbox.log[0].body as { where: { conditions: Array<{ name: string; operator: string; value: unknown[] }>; expression: string } };
		expect(read.where.conditions.every((condition) => condition.name === 'ExternalId__gc' && condition.operator === 'EQ')).toBe(true);
		expect(read.where.conditions.flatMap((condition) => condition.value).sort()).toEqual(items.map((item) => item.ExternalId__gc).sort());
		expect(read.where.expression).toBe('A OR B OR C OR D OR E OR F OR G OR H OR I OR J');

		expect(ctx.sandbox.log[1].query).toEqual({ keys: 'ExternalId__gc' });
		expect(records(1)).toEqual(existing);
		expect(records(2)).toEqual(fresh);

		expect(ctx.sandbox.store.companies.size).toBe(before + 5);
		for (const item of items) expect(withExternalId(item.ExternalId__gc as string)).toHaveLength(1);

		expect(out).toHaveLength(10);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json).toMatchObject({ ExternalId__gc: items[index].ExternalId__gc, Employees: items[index].Employees });
			expect(item.json.Gsid).toBe(withExternalId(items[index].ExternalId__gc as string)[0].Gsid);
		});
		expect(out[0].json.Gsid).toBe(SEED_COMPANIES[0].Gsid);
	});

	it('only new records: the read finds nothing (not an error) and one POST inserts them', async () => {
		const items = [
			{ Name: 'A', ExternalId__gc: 'NEW-A' },
			{ Name: 'B', ExternalId__gc: 'NEW-B' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, upsert, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'POST /v1/data/objects/Company', describeCall('Company')]);
		expect(out.map((item) => item.json.Name)).toEqual(['A', 'B']);
		expect(withExternalId('NEW-A')).toHaveLength(1);
	});

	it('only existing records: one read, one PUT, nothing inserted', async () => {
		const before = ctx.sandbox.store.companies.size;
		const { error } = await runGainsight(ctx.sandbox, upsert, { items: [{ ExternalId__gc: 'EXT-0002', ARR: 5 }] });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'PUT /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.store.companies.size).toBe(before);
		expect(withExternalId('EXT-0002')[0].ARR).toBe(5);
	});

	it('two new items with the same key: inserted once, the second then updates it', async () => {
		const items = [
			{ Name: 'Twin', ExternalId__gc: 'TWIN-1', Employees: 1, Industry: 'First' },
			{ Name: 'Twin', ExternalId__gc: 'TWIN-1', Employees: 2 },
		];
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(ctx.sandbox, upsert, { items });
		expect(error).toBeUndefined();

		expect(ctx.sandbox.store.companies.size).toBe(before + 1);
		const [twin] = withExternalId('TWIN-1');
		expect(withExternalId('TWIN-1')).toHaveLength(1);
		expect(twin).toMatchObject({ Employees: 2, Industry: 'First' }); // the later item wins, the earlier fields stay

		expect(calls(ctx.sandbox)).toEqual([
			'POST /v1/data/objects/query/Company',
			'POST /v1/data/objects/Company',
			'PUT /v1/data/objects/Company',
			describeCall('Company'),
		]);
		expect(records(1)).toEqual([items[0]]);
		expect(records(2)).toEqual([items[1]]);

		expect(out).toHaveLength(2);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.Gsid).toBe(twin.Gsid);
		expect(out[1].json.Gsid).toBe(twin.Gsid);
		expect(out[1].json.Employees).toBe(2);
	});

	it('keys compare the way Gainsight matches them: a key differing only in case updates the existing record', async () => {
		const before = ctx.sandbox.store.companies.size;
		const { error } = await runGainsight(ctx.sandbox, upsert, { items: [{ ExternalId__gc: 'ext-0003', ARR: 7 }] });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'PUT /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.store.companies.size).toBe(before);
		expect(ctx.sandbox.store.companies.get(SEED_COMPANIES[2].Gsid as string)!.ARR).toBe(7);
	});

	it('120 new records with one existing: the writes stay at 50 a call and every item comes out once', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', ARR: 1 },
			...Array.from({ length: 120 }, (_, index) => ({ Name: `Bulk ${index}`, ExternalId__gc: `BULK-${index}` })),
		];
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(ctx.sandbox, upsert, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([
			'POST /v1/data/objects/query/Company',
			'PUT /v1/data/objects/Company',
			'POST /v1/data/objects/Company',
			'POST /v1/data/objects/Company',
			'POST /v1/data/objects/Company',
			describeCall('Company'),
		]);
		expect(ctx.sandbox.log.slice(2, 5).map((entry) => (entry.body as { records: unknown[] }).records.length)).toEqual([50, 50, 20]);
		expect(ctx.sandbox.store.companies.size).toBe(before + 120);
		expect(out).toHaveLength(121);
		out.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
	});

	it('a key missing in one record: that item fails before any call (names the key field and the item)', async () => {
		const items = [{ Name: 'Ok', ExternalId__gc: 'NEW-OK' }, { Name: 'No key' }];
		const { error } = await runGainsight(ctx.sandbox, upsert, { items });
		expect(error?.message).toContain('Item 1');
		expect(error?.message).toContain('ExternalId__gc');
		expect(ctx.sandbox.log).toEqual([]);
	});
});
