/**
 * Every read, in every answer shape Gainsight's documents allow: the read answer as `data: [...]` or
 * `data: {records: [...]}`, describe as a list or an object, an empty read as GSOBJ_1011 or as an
 * empty list. The node must give the same output in each.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_USAGE, SHAPE_VARIANTS, startSandbox, type Sandbox } from '../sandbox';
import { searchCompanies, searchObjectRecords, searchObjects } from '../nodes/Gainsight/methods/listSearch';
import { getObjectFields } from '../nodes/Gainsight/methods/resourceMapping';
import { autoMapColumns, calls, gainsightTrigger, locatorById, pickerContext, runGainsight, describeCall } from './support';

const ACME = SEED_COMPANIES[0];
const usage = { __rl: true, mode: 'name', value: 'Usage__gc' };

describe.each(SHAPE_VARIANTS)('answers read=$read, describe=$describe, emptyRead=$emptyRead', (shapes) => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ shapes });
	});
	beforeEach(() => {
		sandbox.reset();
		sandbox.configure({ rateLimit: { quota: 100_000, windowMs: 60_000 } });
	});
	afterAll(async () => sandbox.close());

	it('Company Get with no fields chosen: every described field comes back (select filled from describe, never empty)', async () => {
		const { items, error } = await runGainsight(sandbox, { resource: 'company', operation: 'get', companyId: locatorById(ACME.Gsid as string) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ Gsid: ACME.Gsid, Name: 'Acme', ExternalId__gc: 'EXT-0001', Region__gc: 'NA' });
		const read = sandbox.log.find((entry) => entry.path === '/v1/data/objects/query/Company')!.body as { select: string[] };
		expect(read.select.length).toBeGreaterThan(10);
	});

	it('Company Get of a GSID nobody has: one clear error item, whatever an empty read looks like', async () => {
		const { items } = await runGainsight(sandbox, { resource: 'company', operation: 'get', companyId: locatorById('1P02MRXML1GRDV44YOYPEBMABN5JYVTAAZZZ'), options: { select: ['Name'] } }, { continueOnFail: true });
		expect(items[0].json.error).toMatch(/No Company record has the GSID 1P02MRXML1GRDV44YOYPEBMABN5JYVTAAZZZ/);
	});

	it('Get Many with conditions: the matching records; no match is an empty result', async () => {
		const conditions = (region: string) => ({ condition: [{ field: 'Region__gc', operator: 'EQ', value: region }] });
		const found = await runGainsight(sandbox, { resource: 'company', operation: 'getMany', returnAll: true, options: { select: ['Name'] }, conditions: conditions('APAC') });
		expect(found.items.map((item) => item.json.Name).sort()).toEqual(['Duplicate Co', 'Marketive']);
		const none = await runGainsight(sandbox, { resource: 'company', operation: 'getMany', returnAll: true, options: { select: ['Name'] }, conditions: conditions('Mars') });
		expect(none.error).toBeUndefined();
		expect(none.items).toEqual([]);
	});

	it('Create or Update: the key read finds the existing record in either shape, and a read that finds nothing means insert', async () => {
		const items = [
			{ Name: 'Acme', ExternalId__gc: 'EXT-0001', Employees: 841 },
			{ Name: 'Shape New', ExternalId__gc: 'SHAPE-1', Employees: 1 },
		];
		const { error } = await runGainsight(sandbox, { resource: 'company', operation: 'upsert', columns: autoMapColumns(['ExternalId__gc']) }, { items });
		expect(error).toBeUndefined();
		expect(calls(sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'PUT /v1/data/objects/Company', 'POST /v1/data/objects/Company', describeCall('Company')]);
		const stored = [...sandbox.store.companies.values()];
		expect(stored.filter((company) => company.ExternalId__gc === 'EXT-0001').map((company) => company.Employees)).toEqual([841]);
		expect(stored.filter((company) => company.ExternalId__gc === 'SHAPE-1')).toHaveLength(1);
	});

	it('Custom Object Get Many with no fields chosen: the object described, its records read', async () => {
		const { items, error } = await runGainsight(sandbox, { resource: 'customObject', operation: 'getMany', objectName: usage, returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.ExternalId__gc).sort()).toEqual(SEED_USAGE.map((row) => row.ExternalId__gc).sort());
	});

	it('the trigger: first poll sets the boundary, a new company is emitted once', async () => {
		const watch = gainsightTrigger(sandbox, { resource: 'company', event: 'CreatedDate' });
		expect(await watch.poll()).toBeNull();
		await runGainsight(sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: [{ Name: 'Shape Trigger Co' }] });
		expect(((await watch.poll())?.[0] ?? []).map((item) => item.json.Name)).toEqual(['Shape Trigger Co']);
		expect(await watch.poll()).toBeNull();
	});

	it('pickers: companies by name, objects, records of a custom object, and the mapper fields', async () => {
		const companies = await searchCompanies.call(pickerContext(sandbox, { resource: 'company', operation: 'get' }), 'acm');
		expect(companies.results).toEqual([{ name: 'Acme', value: ACME.Gsid }]);
		const none = await searchCompanies.call(pickerContext(sandbox, { resource: 'company', operation: 'get' }), 'no such company');
		expect(none.results).toEqual([]);
		const objects = await searchObjects.call(pickerContext(sandbox, { resource: 'customObject' }), 'usage');
		expect(objects.results.map((object) => object.value)).toContain('Usage__gc');
		const records = await searchObjectRecords.call(pickerContext(sandbox, { resource: 'customObject', operation: 'get', objectName: usage }));
		expect(records.results).toHaveLength(SEED_USAGE.length);
		const mapper = await getObjectFields.call(pickerContext(sandbox, { resource: 'customObject', operation: 'insert', objectName: usage }));
		expect(mapper.fields.map((field) => field.id)).toEqual(expect.arrayContaining(['Company__gc', 'UsageDate__gc', 'Logins__gc']));
		expect(mapper.fields.find((field) => field.id === 'UsageDate__gc')).toMatchObject({ type: 'dateTime', required: true });
	});

	it('Return All past 5,000: every record once, in order, one page after another', async () => {
		for (let index = 0; index < 5200; index++) {
			const gsid = `SHAPE${String(index).padStart(31, '0')}`;
			sandbox.store.companies.set(gsid, { ...ACME, Gsid: gsid, Name: `Bulk ${index}`, Industry: 'Shape Bulk', ExternalId__gc: `SB-${index}` } as IDataObject as never);
		}
		const conditions = { condition: [{ field: 'Industry', operator: 'EQ', value: 'Shape Bulk' }] };
		const { items, error } = await runGainsight(sandbox, { resource: 'company', operation: 'getMany', returnAll: true, conditions, options: { select: ['ExternalId__gc'], sort: { order: [{ field: 'ExternalId__gc', direction: 'asc' }] } } });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(5200);
		expect(calls(sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'POST /v1/data/objects/query/Company']);
	}, 30_000);
});
