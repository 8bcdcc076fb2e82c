/** Bad input is refused before any request, with the item and the field named. */
import type { IDataObject } from 'n8n-workflow';

import { autoMapColumns, calls, definedColumns, runGainsight, useSandbox, describeCall } from './support';

const ctx = useSandbox();
const autoMap = { resource: 'company', operation: 'insert', columns: autoMapColumns() };
const defineBelow = (value: IDataObject) => ({ resource: 'company', operation: 'insert', columns: definedColumns(value) });
const getMany = (...condition: IDataObject[]) => ({ resource: 'company', operation: 'getMany', options: { select: ['Name'] }, conditions: { condition } });
const storedByName = (name: string) => [...ctx.sandbox.store.companies.values()].filter((company) => company.Name === name);

async function expectRefused(parameters: IDataObject, items: IDataObject[], ...fragments: string[]) {
	const { items: out, error } = await runGainsight(ctx.sandbox, parameters, { items });
	expect(out).toHaveLength(0);
	expect(error).toBeDefined();
	for (const fragment of fragments) expect(error!.message).toContain(fragment);
	expect(ctx.sandbox.log).toEqual([]);
	return error!;
}

describe('Company › input checks (no request sent)', () => {
	it('Define Below: the fields set in the mapper become the record; fields left empty (null) are not sent', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			defineBelow({ Name: 'Defined Co', ARR: 123, Region__gc: '={{ "EM" + "EA" }}', Industry: null }),
		);
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0].body).toEqual({ records: [{ Name: 'Defined Co', ARR: 123, Region__gc: 'EMEA' }] });
		expect(out[0].json).toMatchObject({ Name: 'Defined Co', ARR: 123, Region__gc: 'EMEA' });
	});

	it('Define Below with a field name that is not a Gainsight name: names the item and the column', async () => {
		await expectRefused(defineBelow({ 'Company Name': 'A' }), [{}], 'Item 0', 'Columns › Company Name');
	});

	it('Define Below with no field at all: names the item and "Columns"', async () => {
		await expectRefused(defineBelow({ Name: null }), [{}], 'Item 0', 'Columns');
	});

	it('Map Automatically with a nested object value: names the item and the field', async () => {
		const items = [{ Name: 'Ok' }, { Name: 'Nested', Address: { city: 'Paris' } }];
		const error = await expectRefused(autoMap, items, 'Item 1', 'Address');
		expect(error.message).toContain('object');
	});

	it('Map Automatically with a list value: names the item and the field', async () => {
		await expectRefused(autoMap, [{ Name: 'Tags', Tags__gc: ['a', 'b'] }], 'Item 0', 'Tags__gc', 'list');
	});

	it('Map Automatically: "Fields to Ignore" drops a nested field, so the record is sent', async () => {
		const { error } = await runGainsight(ctx.sandbox, { ...autoMap, options: { fieldsToIgnore: 'Address, id' } }, {
			items: [{ id: 7, Name: 'Ignored', Address: { city: 'Paris' } }],
		});
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0].body).toEqual({ records: [{ Name: 'Ignored' }] });
	});

	it('Map Automatically with an input field name Gainsight cannot have: names the item and the field', async () => {
		await expectRefused(autoMap, [{ Name: 'Spaces', 'Renewal Date': '2025-01-01' }], 'Item 0', 'Renewal Date');
	});

	it('an empty record: names the item', async () => {
		const error = await expectRefused(autoMap, [{ Name: 'Fine' }, {}], 'Item 1');
		expect(error.message).toContain('no field');
	});

	it('a record whose every field is ignored: names the item', async () => {
		await expectRefused({ ...autoMap, options: { fieldsToIgnore: 'id' } }, [{ id: 1 }], 'Item 0', 'no field');
	});

	it('between without "Value To": names the item and the condition', async () => {
		const error = await expectRefused(getMany({ field: 'ARR', operator: 'BTW', value: '1', valueTo: '' }), [{}], 'Item 0', 'Condition 1', 'ARR');
		expect(error.message).toContain('Value To');
	});

	it('is null with a value (operator from an expression): names the item and the condition', async () => {
		const error = await expectRefused(
			getMany({ field: 'Name', operator: 'EQ', value: 'Acme' }, { field: 'Region__gc', operator: '={{ "IS_NULL" }}', value: 'EMEA' }),
			[{}],
			'Item 0',
			'Condition 2',
			'Region__gc',
		);
		expect(error.message).toContain('no value');
	});

	it('is null chosen in the UI over a value typed before: the hidden value is not sent (n8n drops it), nulls are found', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, getMany({ field: 'HealthScore__gc', operator: 'IS_NULL', value: '50' }));
		expect(error).toBeUndefined();
		expect((ctx.sandbox.log[0].body as { where: { conditions: IDataObject[] } }).where.conditions).toEqual([
			{ name: 'HealthScore__gc', alias: 'A', value: [], operator: 'IS_NULL' },
		]);
		expect(out.map((item) => item.json.Name).sort()).toEqual(['Duplicate Co', 'Duplicate Co', 'Marketive', 'Power Health Group', 'Superbiz Inc.']);
	});

	it('equals without a value: names the item and the condition', async () => {
		await expectRefused(getMany({ field: 'Name', operator: 'EQ', value: '' }), [{}], 'Item 0', 'Condition 1', 'Name');
	});

	it('"Value To" with an operator other than between (operator from an expression): names the item and the condition', async () => {
		await expectRefused(getMany({ field: 'ARR', operator: '={{ "GT" }}', value: '1', valueTo: '5' }), [{}], 'Item 0', 'Condition 1', 'Value To');
	});

	it('a condition without a field: names the item and the condition', async () => {
		await expectRefused(getMany({ field: '', operator: 'EQ', value: 'x' }), [{}], 'Item 0', 'Condition 1');
	});

	it('Combine Conditions without conditions: names the item and the field', async () => {
		await expectRefused({ resource: 'company', operation: 'getMany', options: { select: ['Name'] }, expression: 'A' }, [{}], 'Item 0', 'Combine Conditions');
	});

	it('the same sort field twice: names the item and Sort', async () => {
		await expectRefused(
			{
				resource: 'company',
				operation: 'getMany',
				options: { select: ['Name'], sort: { order: [{ field: 'Name', direction: 'asc' }, { field: 'Name', direction: 'desc' }] } },
			},
			[{}],
			'Item 0',
			'Sort',
		);
	});

	it('a bad item after good ones stops the run before any call (nothing half-written)', async () => {
		const before = ctx.sandbox.store.companies.size;
		await expectRefused(autoMap, [{ Name: 'A' }, { Name: 'B' }, { Name: 'C', Nested: { x: 1 } }], 'Item 2', 'Nested');
		expect(ctx.sandbox.store.companies.size).toBe(before);
	});

	it('continueOnFail with one bad item among 3: 2 written in one call, 1 error item with pairedItem', async () => {
		const items = [{ Name: 'Good A' }, { Name: 'Bad', Address: { city: 'Paris' } }, { Name: 'Good C' }];
		const { items: out, error } = await runGainsight(ctx.sandbox, autoMap, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.log[0].body).toEqual({ records: [{ Name: 'Good A' }, { Name: 'Good C' }] });
		expect(out).toHaveLength(3);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json.Name).toBe('Good A');
		expect(out[2].json.Name).toBe('Good C');
		expect(out[1].json.error).toEqual(expect.stringContaining('Item 1'));
		expect(out[1].json.error).toEqual(expect.stringContaining('Address'));
		expect(storedByName('Good A')).toHaveLength(1);
		expect(storedByName('Good C')).toHaveLength(1);
		expect(storedByName('Bad')).toHaveLength(0);
	});

	it('continueOnFail with a bad Get Many item: the other items are read', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({ field: 'Name', operator: '={{ $json.op }}', value: 'Acme' }),
			{ items: [{ op: 'EQ' }, { op: 'LIKE' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json).toEqual({ Name: 'Acme' });
		expect(out[1].json.error).toEqual(expect.stringContaining('Item 1'));
		expect(ctx.sandbox.log).toHaveLength(1);
	});

	it('a Date from an expression for a DATE field is sent as its day (YYYY-MM-DD), not refused as an object', async () => {
		const { error } = await runGainsight(ctx.sandbox, defineBelow({ Name: 'Dated', RenewalDate: '={{ new Date("2027-03-04T00:00:00Z") }}' }));
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['GET /v1/meta/services/objects/Company/describe', 'POST /v1/data/objects/Company']);
		const [record] = (ctx.sandbox.log[1].body as { records: IDataObject[] }).records;
		expect(record.RenewalDate).toBe('2027-03-04');
		expect(storedByName('Dated')[0].RenewalDate).toBe(Date.UTC(2027, 2, 4));
	});

	it('a Luxon day in a zone east of UTC keeps its day for a DATE field; a DATETIME field gets ISO text', async () => {
		const { error } = await runGainsight(
			ctx.sandbox,
			defineBelow({
				Name: 'Luxon',
				RenewalDate: '={{ DateTime.fromISO("2027-03-04T00:00:00", { zone: "Europe/Paris" }) }}',
				LastReviewAt__gc: '={{ DateTime.fromISO("2027-03-04T10:20:30Z") }}',
			}),
		);
		expect(error).toBeUndefined();
		const [record] = (ctx.sandbox.log[1].body as { records: IDataObject[] }).records;
		expect(record.RenewalDate).toBe('2027-03-04');
		expect(typeof record.LastReviewAt__gc).toBe('string');
		expect(storedByName('Luxon')[0].RenewalDate).toBe(Date.UTC(2027, 2, 4));
		expect(storedByName('Luxon')[0].LastReviewAt__gc).toBe(Date.UTC(2027, 2, 4, 10, 20, 30));
	});

	it('values typed by the mapper (a date picked, a number, a boolean, a picklist value) arrive converted', async () => {
		const schema = [
			{ id: 'Name', displayName: 'Name', type: 'string', required: true, display: true, defaultMatch: false },
			{ id: 'RenewalDate', displayName: 'RenewalDate', type: 'dateTime', required: false, display: true, defaultMatch: false },
			{ id: 'HealthScore__gc', displayName: 'HealthScore__gc', type: 'number', required: false, display: true, defaultMatch: false },
			{ id: 'IsStrategic__gc', displayName: 'IsStrategic__gc', type: 'boolean', required: false, display: true, defaultMatch: false },
			{ id: 'Stage', displayName: 'Stage', type: 'options', required: false, display: true, defaultMatch: false, options: [{ name: 'Adopting', value: 'Adopting' }] },
		];
		const columns = definedColumns({ Name: 'Typed', RenewalDate: '2027-03-04T00:00:00', HealthScore__gc: 77, IsStrategic__gc: true, Stage: 'Adopting' }, [], schema);
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns });
		expect(error).toBeUndefined();
		const [stored] = storedByName('Typed');
		expect(stored).toMatchObject({ RenewalDate: Date.UTC(2027, 2, 4), HealthScore__gc: 77, IsStrategic__gc: true, Stage: 'Adopting' });
	});
});
