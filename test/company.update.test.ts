import { SEED_COMPANIES } from '../sandbox';
import { calls, companies, runGainsight, useSandbox, autoMapColumns, describeCall } from './support';

const ctx = useSandbox();
const update = { resource: 'company', operation: 'update', columns: autoMapColumns(['ExternalId__gc']) };
const seeded = (externalId: string) => SEED_COMPANIES.find((company) => company.ExternalId__gc === externalId)!;
const storedByExternalId = (externalId: string) =>
	[...ctx.sandbox.store.companies.values()].filter((company) => company.ExternalId__gc === externalId);

describe('Company › Update', () => {
	it('updates seeded companies by ExternalId__gc: one PUT with keys=ExternalId__gc, the records in the body, the updated records out, paired', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', Industry: 'Fintech', ARR: 300000 },
			{ ExternalId__gc: 'EXT-0003', Industry: 'Quantum', Employees: 123 },
			{ ExternalId__gc: 'EXT-0005', Stage: 'Churned', Status: 'Churned' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeUndefined();

		expect(calls(ctx.sandbox)).toEqual(['PUT /v1/data/objects/Company', describeCall('Company')]);
		const [request] = ctx.sandbox.log;
		expect(request.query).toEqual({ keys: 'ExternalId__gc' });
		expect(request.body).toEqual({ records: items });
		expect(request.status).toBe(200);

		expect(out).toHaveLength(3);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ Gsid: seeded('EXT-0001').Gsid, Name: 'Acme', Industry: 'Fintech', ARR: 300000 });
		expect(out[1].json).toMatchObject({ Gsid: seeded('EXT-0003').Gsid, Name: 'IBM', Industry: 'Quantum', Employees: 123 });
		expect(out[2].json).toMatchObject({ Gsid: seeded('EXT-0005').Gsid, Name: 'Telenet', Stage: 'Churned', Status: 'Churned' });

		// the store changed, and only the fields sent
		const acme = ctx.sandbox.store.companies.get(seeded('EXT-0001').Gsid as string)!;
		expect(acme).toMatchObject({ Industry: 'Fintech', ARR: 300000, Employees: 840, Region__gc: 'NA' });
		const heroku = ctx.sandbox.store.companies.get(seeded('EXT-0002').Gsid as string)!;
		expect(heroku.Industry).toBe('Networking');
	});

	it('matches keys in the output whatever the order of the answer (items in reverse seed order stay paired)', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0004', Industry: 'D' },
			{ ExternalId__gc: 'EXT-0002', Industry: 'B' },
			{ ExternalId__gc: 'EXT-0001', Industry: 'A' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeUndefined();
		expect(out.map((item) => [item.pairedItem, item.json.ExternalId__gc, item.json.Industry])).toEqual([
			[{ item: 0 }, 'EXT-0004', 'D'],
			[{ item: 1 }, 'EXT-0002', 'B'],
			[{ item: 2 }, 'EXT-0001', 'A'],
		]);
	});

	it('updates 120 records in 3 calls of at most 50, and every item comes out updated and paired', async () => {
		await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(120) });
		ctx.sandbox.clearLog();
		const before = ctx.sandbox.store.companies.size;

		const items = companies(120).map((company) => ({ ExternalId__gc: company.ExternalId__gc, Industry: `Updated ${company.Name}` }));
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeUndefined();

		expect(calls(ctx.sandbox)).toEqual([...Array(3).fill('PUT /v1/data/objects/Company'), describeCall('Company')]);
		const sizes = ctx.sandbox.log.filter((entry) => entry.method === 'PUT').map((entry) => (entry.body as { records: unknown[] }).records.length);
		expect(sizes).toEqual([50, 50, 20]);
		expect(ctx.sandbox.log.filter((entry) => entry.method === 'PUT').every((entry) => entry.query.keys === 'ExternalId__gc')).toBe(true);

		expect(out).toHaveLength(120);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.ExternalId__gc).toBe(`T-${index}`);
			expect(item.json.Industry).toBe(`Updated Company ${index}`);
			expect(item.json.Name).toBe(`Company ${index}`);
		});
		expect(ctx.sandbox.store.companies.size).toBe(before); // nothing inserted
		expect(storedByExternalId('T-77')[0].Industry).toBe('Updated Company 77');
	});

	it('an item whose key matches nothing becomes an error item (continueOnFail); the others are updated', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', Industry: 'One' },
			{ ExternalId__gc: 'NO-SUCH-ID', Industry: 'Ghost' },
			{ ExternalId__gc: 'EXT-0002', Industry: 'Two' },
		];
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items, continueOnFail: true });
		expect(error).toBeUndefined();

		expect(out).toHaveLength(3);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ Gsid: seeded('EXT-0001').Gsid, Industry: 'One' });
		expect(out[2].json).toMatchObject({ Gsid: seeded('EXT-0002').Gsid, Industry: 'Two' });
		expect(out[1].json.Gsid).toBeUndefined();
		expect(out[1].json.error).toEqual(expect.stringContaining('NO-SUCH-ID'));
		expect(out[1].json.error).toEqual(expect.stringContaining('ExternalId__gc'));
		expect(out[1].json.field).toBe('ExternalId__gc');

		expect(ctx.sandbox.store.companies.get(seeded('EXT-0001').Gsid as string)!.Industry).toBe('One');
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0002').Gsid as string)!.Industry).toBe('Two');
		expect(ctx.sandbox.store.companies.size).toBe(before); // update never inserts
		expect(storedByExternalId('NO-SUCH-ID')).toHaveLength(0);
	});

	it('without continueOnFail, a key that matches nothing fails the run, naming the key field and its value', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', Industry: 'One' },
			{ ExternalId__gc: 'NO-SUCH-ID', Industry: 'Ghost' },
		];
		const { error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeDefined();
		expect(error!.message).toContain('NO-SUCH-ID');
		expect(error!.message).toContain('ExternalId__gc');
		// item 0 was sent in the same call and is updated; the failure is item 1's
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0001').Gsid as string)!.Industry).toBe('One');
	});

	// Product bug: updateWriter.split (transport/dataObjects.ts) builds the error without itemIndex and
	// writeChunk (transport/batch.ts) passes it on as is, so n8n cannot tie the failure to item 1.
	it('without continueOnFail, the "no record matched" error carries the item it is about (item 1)', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', Industry: 'One' },
			{ ExternalId__gc: 'NO-SUCH-ID', Industry: 'Ghost' },
		];
		const { error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeDefined();
		expect(error!.context?.itemIndex).toBe(1);
	});

	it('four match fields: the error names "Fields to Match On" and the item, and nothing is sent', async () => {
		const items = [{ ExternalId__gc: 'EXT-0001', Name: 'Acme', Industry: 'Software', Region__gc: 'NA', ARR: 1 }];
		const { items: out, error } = await runGainsight(ctx.sandbox, {
			...update,
			columns: autoMapColumns(['ExternalId__gc', 'Name', 'Industry', 'Region__gc']),
		}, { items });
		expect(out).toHaveLength(0);
		expect(error).toBeDefined();
		expect(error!.message).toContain('Fields to Match On');
		expect(error!.message).toContain('Item 0');
		expect(error!.message).toMatch(/at most 3/);
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('no match field at all: the error names "Fields to Match On", nothing is sent', async () => {
		const { error } = await runGainsight(ctx.sandbox, { ...update, columns: autoMapColumns([]) }, { items: [{ ExternalId__gc: 'EXT-0001', ARR: 1 }] });
		expect(error?.message).toContain('Fields to Match On');
		expect(error?.message).toContain('Item 0');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it.each([
		['missing', { Industry: 'No key' }],
		['null', { ExternalId__gc: null, Industry: 'No key' }],
		['blank', { ExternalId__gc: '   ', Industry: 'No key' }],
	])('a key field %s in the record (item 2): the error names the key field and the item, nothing is sent', async (_, bad) => {
		const items = [{ ExternalId__gc: 'EXT-0001', ARR: 1 }, { ExternalId__gc: 'EXT-0002', ARR: 2 }, bad];
		const { error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeDefined();
		expect(error!.message).toContain('Item 2');
		expect(error!.message).toContain('ExternalId__gc');
		expect(ctx.sandbox.log).toEqual([]);
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0001').Gsid as string)!.ARR).toBe(250000);
	});

	it('a key field missing in one record under continueOnFail: that item is an error item, the others are updated', async () => {
		const items = [{ ExternalId__gc: 'EXT-0001', ARR: 1 }, { Industry: 'No key' }, { ExternalId__gc: 'EXT-0002', ARR: 2 }];
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json.error).toEqual(expect.stringContaining('ExternalId__gc'));
		expect(out[0].json.ARR).toBe(1);
		expect(out[2].json.ARR).toBe(2);
		expect(calls(ctx.sandbox)).toEqual(['PUT /v1/data/objects/Company', describeCall('Company')]);
		expect((ctx.sandbox.log[0].body as { records: unknown[] }).records).toEqual([items[0], items[2]]);
	});

	it('two match fields go to the URL comma-separated and must both match', async () => {
		const items = [
			{ Name: 'Duplicate Co', Region__gc: 'APAC', ARR: 99 },
			{ Name: 'Duplicate Co', Region__gc: 'NA', ARR: 77 },
		];
		const { items: out } = await runGainsight(ctx.sandbox, { ...update, columns: autoMapColumns(['Name', 'Region__gc']) }, { items, continueOnFail: true });
		expect(ctx.sandbox.log[0].query).toEqual({ keys: 'Name,Region__gc' });
		expect(out[0].json).toMatchObject({ Gsid: seeded('EXT-0007').Gsid, ARR: 99 });
		expect(out[1].json.error).toEqual(expect.stringContaining('nothing was updated'));
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0006').Gsid as string)!.ARR).toBe(10000);
	});

	it('a key that matches two records updates both; both come out paired to the one item', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, { ...update, columns: autoMapColumns(['Name']) }, { items: [{ Name: 'Duplicate Co', Employees: 5 }] });
		expect(error).toBeUndefined();
		expect(out).toHaveLength(2);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(out.map((item) => item.json.Gsid).sort()).toEqual([seeded('EXT-0006').Gsid, seeded('EXT-0007').Gsid].sort());
		expect(out.every((item) => item.json.Employees === 5)).toBe(true);
	});

	// Product bug: updateWriter.split (transport/dataObjects.ts) hands every record ALL answered rows
	// with its key tuple, so two items that update the same company in one call give 2 + 2 output items.
	it('two items with the same key in one call: one output item per input item', async () => {
		const items = [
			{ ExternalId__gc: 'EXT-0001', ARR: 1 },
			{ ExternalId__gc: 'EXT-0001', ARR: 2 },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, update, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['PUT /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0001').Gsid as string)!.ARR).toBe(2);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('Date Format (ISO 8601 by default) applies to the updated records; Epoch Milliseconds leaves them as Gainsight answers', async () => {
		const { items: epoch } = await runGainsight(ctx.sandbox, { ...update, options: { dateFormat: 'epoch' } }, { items: [{ ExternalId__gc: 'EXT-0002', ARR: 3 }] });
		expect(epoch[0].json.RenewalDate).toBe(seeded('EXT-0002').RenewalDate);
		const { items: out, error } = await runGainsight(ctx.sandbox, update, {
			items: [{ ExternalId__gc: 'EXT-0002', RenewalDate: '04-29-2027' }],
		});
		expect(error).toBeUndefined();
		expect(out[0].json.RenewalDate).toBe('2027-04-29T00:00:00.000Z');
		expect(out[0].json.ModifiedDate).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/));
		// the store keeps epoch ms; only the output is converted
		expect(ctx.sandbox.store.companies.get(seeded('EXT-0002').Gsid as string)!.RenewalDate).toBe(Date.UTC(2027, 3, 29));
	});

	it('update by Gsid (a Get\'s output fed back, system fields ignored): keys=Gsid, the record updated', async () => {
		const acme = seeded('EXT-0001');
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			{ ...update, columns: autoMapColumns(['Gsid']), options: { fieldsToIgnore: 'CreatedDate,ModifiedDate' } },
			{ items: [{ Gsid: acme.Gsid, CreatedDate: 1, ModifiedDate: 2, Employees: 999 }] },
		);
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0].query).toEqual({ keys: 'Gsid' });
		expect(ctx.sandbox.log[0].body).toEqual({ records: [{ Gsid: acme.Gsid, Employees: 999 }] });
		expect(out).toHaveLength(1);
		expect(out[0].json).toMatchObject({ Gsid: acme.Gsid, Name: 'Acme', Employees: 999 });
	});
});
