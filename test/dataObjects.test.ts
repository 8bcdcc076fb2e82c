/**
 * Every data object on the one engine: custom objects (picked or named), Relationship, Person (the
 * People API's upsert with company associations, and the engine's reads and delete), and the
 * trigger on any object. What reaches the sandbox, what comes out, what the sandbox then holds.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_PEOPLE, SEED_RELATIONSHIPS, SEED_RELATIONSHIP_TYPES, SEED_USAGE } from '../sandbox';
import { searchObjectRecords } from '../nodes/Gainsight/methods/listSearch';
import { getReadableFields } from '../nodes/Gainsight/methods/loadOptions';
import { getObjectFields } from '../nodes/Gainsight/methods/resourceMapping';
import { autoMapColumns, calls, definedColumns, gainsightTrigger, locatorById, pickerContext, requestBodies, runGainsight, useSandbox, describeCall } from './support';

const ctx = useSandbox();
const [ACME, HEROKU] = SEED_COMPANIES as Array<{ Gsid: string }>;
const usage = { __rl: true, mode: 'name', value: 'Usage__gc' };
const usageRows = (count: number, start = 0): IDataObject[] =>
	Array.from({ length: count }, (_, index) => ({
		Name: `Usage ${start + index}`,
		Company__gc: ACME.Gsid,
		UsageDate__gc: '2026-11-01',
		Logins__gc: start + index,
		ExternalId__gc: `U-${start + index}`,
	}));
const stored = (object: string) => ctx.sandbox.store.records(object);

describe('Custom Object', () => {
	it('Insert 120 usage rows: 3 calls of 50, 50 and 20 to /v1/data/objects/Usage__gc, one output item each with its Gsid', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'insert', objectName: usage, columns: autoMapColumns() }, { items: usageRows(120) });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([...Array(3).fill('POST /v1/data/objects/Usage__gc'), describeCall('Usage__gc')]);
		expect(requestBodies(ctx.sandbox).filter((body) => body?.records).map((body) => (body.records as unknown[]).length)).toEqual([50, 50, 20]);
		expect(items).toHaveLength(120);
		items.forEach((item, index) => expect(item).toMatchObject({ json: { ExternalId__gc: `U-${index}`, Gsid: expect.any(String) }, pairedItem: { item: index } }));
		expect(stored('Usage__gc').filter((row) => String(row.ExternalId__gc).startsWith('U-'))).toHaveLength(120);
	});

	it('the object picked from the list works the same as one named by expression', async () => {
		const picked = { __rl: true, mode: 'list', value: 'Usage__gc' };
		const { error } = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'insert', objectName: picked, columns: autoMapColumns() }, { items: usageRows(1) });
		expect(error).toBeUndefined();
		const byExpression = { __rl: true, mode: 'name', value: '={{ $json.object }}' };
		const rows = usageRows(2, 10).map((row) => ({ ...row, object: undefined }));
		const second = await runGainsight(
			ctx.sandbox,
			{ resource: 'customObject', operation: 'insert', objectName: byExpression, columns: autoMapColumns(), options: { fieldsToIgnore: 'object' } },
			{ items: rows.map((row) => ({ ...row, object: 'Usage__gc' })) },
		);
		expect(second.error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Usage__gc', describeCall('Usage__gc'), 'POST /v1/data/objects/Usage__gc', describeCall('Usage__gc')]);
	});

	it('Create or Update on a text key (ExternalId__gc): one EQ-per-key read, the existing row updated, the new one inserted, none twice', async () => {
		const existing = SEED_USAGE[0];
		const items = [
			{ ExternalId__gc: existing.ExternalId__gc, Logins__gc: 999, Company__gc: ACME.Gsid, UsageDate__gc: '2024-01-01' },
			{ ExternalId__gc: 'U-NEW', Logins__gc: 1, Company__gc: HEROKU.Gsid, UsageDate__gc: '2026-11-02' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'upsert', objectName: usage, columns: autoMapColumns(['ExternalId__gc']) }, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Usage__gc', 'PUT /v1/data/objects/Usage__gc', 'POST /v1/data/objects/Usage__gc', describeCall('Usage__gc')]);
		const read = requestBodies(ctx.sandbox)[0] as { where: { conditions: Array<{ operator: string }>; expression: string } };
		expect(read.where.conditions.map((condition) => condition.operator)).toEqual(['EQ', 'EQ']);
		expect(read.where.expression).toBe('A OR B');
		expect(ctx.sandbox.log[1].query).toEqual({ keys: 'ExternalId__gc' });
		expect(out.map((item) => item.json.Logins__gc)).toEqual([999, 1]);
		expect(stored('Usage__gc').filter((row) => row.ExternalId__gc === existing.ExternalId__gc).map((row) => row.Logins__gc)).toEqual([999]);
		expect(stored('Usage__gc').filter((row) => row.ExternalId__gc === 'U-NEW')).toHaveLength(1);
	});

	it('a bad record among 50 (a company that does not exist): that item fails naming the field, the other rows are written', async () => {
		const items = usageRows(50);
		items[7] = { ...items[7], Company__gc: '1P02MRXML1GRDV44YOYPEBMABN5JYVTAAZZZ' };
		const { items: out } = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'insert', objectName: usage, columns: autoMapColumns() }, { items, continueOnFail: true });
		expect(out[7].json).toMatchObject({ field: 'Company__gc', error: expect.stringMatching(/Gainsight rejected the record/) });
		expect(out.filter((item) => typeof item.json.Gsid === 'string')).toHaveLength(49);
		expect(stored('Usage__gc').filter((row) => String(row.ExternalId__gc).startsWith('U-'))).toHaveLength(49);
	});

	it('Update, Get, Get Many with conditions and Delete of a usage row', async () => {
		const row = SEED_USAGE[2];
		const update = await runGainsight(ctx.sandbox, {
			resource: 'customObject',
			operation: 'update',
			objectName: usage,
			columns: definedColumns({ ExternalId__gc: row.ExternalId__gc as string, Logins__gc: 5 }, ['ExternalId__gc']),
		});
		expect(update.items[0].json.Logins__gc).toBe(5);
		const get = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'get', objectName: usage, recordId: locatorById(row.Gsid as string), options: { select: ['Logins__gc'] } });
		expect(get.items[0].json).toEqual({ Logins__gc: 5 });
		const conditions = { condition: [{ field: 'Logins__gc', operator: 'GTE', value: '100' }] };
		const many = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'getMany', objectName: usage, returnAll: true, options: { select: ['ExternalId__gc'] }, conditions });
		expect(many.items.map((item) => item.json.ExternalId__gc).sort()).toEqual(['USG-0001', 'USG-0006']);
		const del = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'delete', objectName: usage, recordId: locatorById(row.Gsid as string) });
		expect(del.items[0].json).toEqual({ Gsid: row.Gsid, deleted: true });
		expect(stored('Usage__gc').some((stillThere) => stillThere.Gsid === row.Gsid)).toBe(false);
	});

	it('an object name that is not an API name fails the item before any call, naming the Object field', async () => {
		const { error } = await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'getMany', objectName: { __rl: true, mode: 'name', value: '={{ "Usage; DROP" }}' }, limit: 5 });
		expect(error?.message).toMatch(/Item 0: "Object" is not a Gainsight object name/);
		expect(ctx.sandbox.log).toEqual([]);
	});
});

describe('Relationship', () => {
	it('Insert a product line for Acme, then find it by its company', async () => {
		const record = { Name: 'Acme Mobile', CompanyId: ACME.Gsid, TypeId: SEED_RELATIONSHIP_TYPES[0].Gsid, ExternalId__gc: 'REL-NEW' };
		const insert = await runGainsight(ctx.sandbox, { resource: 'relationship', operation: 'insert', columns: autoMapColumns() }, { items: [record] });
		expect(insert.error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Relationship', describeCall('Relationship')]);
		const conditions = { condition: [{ field: 'CompanyId', operator: 'EQ', value: ACME.Gsid }] };
		const many = await runGainsight(ctx.sandbox, { resource: 'relationship', operation: 'getMany', returnAll: true, options: { select: ['Name'] }, conditions });
		expect(many.items.map((item) => item.json.Name).sort()).toEqual(['Acme Analytics', 'Acme EMEA', 'Acme Mobile']);
	});

	it('Create or Update by ExternalId__gc and Get by GSID', async () => {
		const items = [{ ExternalId__gc: 'REL-0001', ARR: 55000 }];
		const { error } = await runGainsight(ctx.sandbox, { resource: 'relationship', operation: 'upsert', columns: autoMapColumns(['ExternalId__gc']) }, { items });
		expect(error).toBeUndefined();
		const get = await runGainsight(ctx.sandbox, { resource: 'relationship', operation: 'get', relationshipId: locatorById(SEED_RELATIONSHIPS[0].Gsid as string), options: { select: ['Name', 'ARR'] } });
		expect(get.items[0].json).toEqual({ Name: 'Acme Analytics', ARR: 55000 });
	});
});

describe('Person', () => {
	const upsert = (extra: IDataObject = {}) => ({ resource: 'person', operation: 'upsert', columns: autoMapColumns(), ...extra });

	it('Create or Update a new person with a company association: one PUT to the People API, the person and the association stored', async () => {
		const companies = { company: [{ companyId: HEROKU.Gsid, fields: { field: [{ name: 'Title', value: 'CTO' }, { name: 'IsPrimaryCompany', value: true }] } }] };
		const { items, error } = await runGainsight(ctx.sandbox, upsert({ companies }), { items: [{ Email: 'new.person@heroku.example', FirstName: 'New', LastName: 'Person' }] });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['PUT /v1/peoplemgmt/v1.0/people']);
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			Email: 'new.person@heroku.example',
			FirstName: 'New',
			LastName: 'Person',
			companies: [{ Company_ID: HEROKU.Gsid, Title: 'CTO', IsPrimaryCompany: true }],
		});
		const person = stored('Person').find((row) => row.Email === 'new.person@heroku.example')!;
		expect(items[0].json).toMatchObject({ Gsid: person.Gsid, Email: 'new.person@heroku.example' });
		expect(stored('Company_Person').filter((row) => row.Person_ID === person.Gsid)).toEqual([expect.objectContaining({ Company_ID: HEROKU.Gsid, Title: 'CTO' })]);
	});

	it('an existing email updates that person (Email is the resolution key): no second person', async () => {
		const jane = SEED_PEOPLE[0];
		const before = stored('Person').length;
		const { error } = await runGainsight(ctx.sandbox, upsert(), { items: [{ Email: String(jane.Email).toUpperCase(), Location: 'Paris, FR' }] });
		expect(error).toBeUndefined();
		expect(stored('Person')).toHaveLength(before);
		expect(stored('Person').find((row) => row.Gsid === jane.Gsid)?.Location).toBe('Paris, FR');
	});

	it('three people, the second with a company that does not exist: two written, one error item on its own item', async () => {
		const companies = { company: [{ companyId: '={{ $json.company }}' }] };
		const items = [
			{ Email: 'a@x.example', company: ACME.Gsid },
			{ Email: 'b@x.example', company: '1P02MRXML1GRDV44YOYPEBMABN5JYVTAAZZZ' },
			{ Email: 'c@x.example', company: HEROKU.Gsid },
		];
		const { items: out } = await runGainsight(ctx.sandbox, upsert({ companies, options: { fieldsToIgnore: 'company' } }), { items, continueOnFail: true });
		expect(out.map((item) => (item.json.error ? 'error' : item.json.Email))).toEqual(['a@x.example', 'error', 'c@x.example']);
		expect(stored('Person').map((row) => row.Email)).toEqual(expect.arrayContaining(['a@x.example', 'c@x.example']));
		expect(stored('Person').some((row) => row.Email === 'b@x.example')).toBe(false);
	});

	it('a bad association company GSID fails the item before any call', async () => {
		const companies = { company: [{ companyId: 'not-a-gsid' }] };
		const { error } = await runGainsight(ctx.sandbox, upsert({ companies }), { items: [{ Email: 'x@y.example' }] });
		expect(error?.message).toMatch(/"Company Associations › Company 1 › Company ID"/);
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('Get Many people and their company associations; Get and Delete a person', async () => {
		const jane = SEED_PEOPLE[0];
		const people = await runGainsight(ctx.sandbox, { resource: 'person', operation: 'getMany', returnAll: true, options: { select: ['Email'] } });
		expect(people.items.map((item) => item.json.Email)).toEqual(expect.arrayContaining(SEED_PEOPLE.map((row) => row.Email)));
		const conditions = { condition: [{ field: 'Person_ID', operator: 'EQ', value: jane.Gsid }] };
		const links = await runGainsight(ctx.sandbox, { resource: 'person', operation: 'getManyAssociations', returnAll: true, options: { select: ['Company_ID', 'Title'] }, conditions });
		expect(calls(ctx.sandbox).at(-1)).toBe('POST /v1/data/objects/query/Company_Person');
		expect(links.items.map((item) => item.json.Title).sort()).toEqual(['Advisor', 'VP Customer Success']);
		const get = await runGainsight(ctx.sandbox, { resource: 'person', operation: 'get', personId: locatorById(jane.Gsid as string), options: { select: ['Email'] } });
		expect(get.items[0].json).toEqual({ Email: jane.Email });
		await runGainsight(ctx.sandbox, { resource: 'person', operation: 'delete', personId: locatorById(jane.Gsid as string) });
		expect(calls(ctx.sandbox).at(-1)).toBe(`DELETE /v1/data/objects/Person/${jane.Gsid}`);
		expect(stored('Person').some((row) => row.Gsid === jane.Gsid)).toBe(false);
	});
});

describe('Trigger on any data object', () => {
	it('New usage rows of a custom object: nothing on the first poll, then each new row once', async () => {
		const watch = gainsightTrigger(ctx.sandbox, { resource: 'dataObject', objectName: usage, event: 'CreatedDate', options: { select: ['ExternalId__gc'] } });
		expect(await watch.poll()).toBeNull();
		expect(watch.staticData.poll).toMatchObject({ source: 'dataObject:CreatedDate:Usage__gc' });
		await runGainsight(ctx.sandbox, { resource: 'customObject', operation: 'insert', objectName: usage, columns: autoMapColumns() }, { items: usageRows(2) });
		expect(((await watch.poll())?.[0] ?? []).map((item) => item.json.ExternalId__gc)).toEqual(['U-0', 'U-1']);
		expect(await watch.poll()).toBeNull();
		expect(calls(ctx.sandbox).filter((call) => call.includes('query/Usage__gc')).length).toBeGreaterThan(0);
	});
});

describe('Custom Object pickers before an object is picked', () => {
	it('the mapper, the field lists and the record list are empty, not an error', async () => {
		const context = pickerContext(ctx.sandbox, { resource: 'customObject', operation: 'insert', objectName: { __rl: true, mode: 'list', value: '' } });
		expect(await getObjectFields.call(context)).toEqual({ fields: [] });
		expect(await getReadableFields.call(context)).toEqual([]);
		expect(await searchObjectRecords.call(context)).toEqual({ results: [] });
		expect(ctx.sandbox.log).toEqual([]);
	});
});
