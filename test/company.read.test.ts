import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES } from '../sandbox';
import { COMPANY_FIELD_NAMES } from '../sandbox/schema/company';
import { calls, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
const DESCRIBE = 'GET /v1/meta/services/objects/Company/describe';
const QUERY = 'POST /v1/data/objects/query/Company';
const seeded = (name: string) => SEED_COMPANIES.find((company) => company.Name === name)!;
const ACME = seeded('Acme');
const get = (gsid: string, options: IDataObject = {}) => ({ resource: 'company', operation: 'get', companyId: { __rl: true, mode: 'id', value: gsid }, options });
const getMany = (parameters: IDataObject) => ({ resource: 'company', operation: 'getMany', ...parameters });
const condition = (field: string, operator: string, value = '', valueTo = '') => ({ field, operator, value, valueTo });
const queryBodies = () => ctx.sandbox.log.filter((entry) => entry.path === '/v1/data/objects/query/Company').map((entry) => entry.body as IDataObject);
const names = (out: Array<{ json: IDataObject }>) => out.map((item) => item.json.Name);

/** Puts `count` companies straight into the sandbox's store (as an insert would store them). */
function storeCompanies(count: number, fields: (index: number) => IDataObject) {
	const { store } = ctx.sandbox;
	for (let index = 0; index < count; index++) {
		const row: IDataObject = Object.fromEntries(COMPANY_FIELD_NAMES.map((field) => [field, null]));
		Object.assign(row, fields(index));
		row.Gsid = store.ids.next('company');
		row.CreatedDate = Date.UTC(2024, 0, 1);
		row.ModifiedDate = row.CreatedDate;
		store.companies.set(row.Gsid as string, row);
	}
}

describe('Company › Get', () => {
	it('gets the seeded Acme by its GSID: one item, Name Acme, paired', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, get(ACME.Gsid as string));
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([DESCRIBE, QUERY]);
		const [body] = queryBodies();
		expect(body.where).toEqual({ conditions: [{ name: 'Gsid', alias: 'A', value: [ACME.Gsid], operator: 'EQ' }] });
		expect(body.select).toEqual(expect.arrayContaining(['Gsid', 'Name', 'RenewalDate', 'ExternalId__gc']));
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(out[0].json).toMatchObject({ Gsid: ACME.Gsid, Name: 'Acme', ARR: 250000, RenewalDate: new Date(ACME.RenewalDate as number).toISOString(), ExternalId__gc: 'EXT-0001' });
	});

	it('one item per input item, each with its own GSID from an expression', async () => {
		const items = [{ id: seeded('IBM').Gsid }, { id: seeded('Heroku').Gsid }];
		const { items: out, error } = await runGainsight(ctx.sandbox, get('={{ $json.id }}', { select: ['Name'] }), { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([QUERY, QUERY]);
		expect(out.map((item) => [item.pairedItem, item.json])).toEqual([
			[{ item: 0 }, { Name: 'IBM' }],
			[{ item: 1 }, { Name: 'Heroku' }],
		]);
	});

	it('Fields to Return: only those fields, and no describe call', async () => {
		const { items: out } = await runGainsight(ctx.sandbox, get(ACME.Gsid as string, { select: ['Name', 'Region__gc'] }));
		expect(calls(ctx.sandbox)).toEqual([QUERY]);
		expect(queryBodies()[0].select).toEqual(['Name', 'Region__gc']);
		expect(out[0].json).toEqual({ Name: 'Acme', Region__gc: 'NA' });
	});

	it('Date Format, ISO 8601 by default: RenewalDate and the date-times come out as ISO text', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, get(ACME.Gsid as string));
		expect(error).toBeUndefined();
		expect(out[0].json.RenewalDate).toBe('2026-12-13T00:00:00.000Z');
		expect(out[0].json.LastReviewAt__gc).toBe('2024-01-10T15:30:00.000Z');
		expect(out[0].json.CreatedDate).toBe(new Date(ACME.CreatedDate as number).toISOString());
		expect(out[0].json.ARR).toBe(250000); // numbers that are not dates stay numbers
	});

	it('Date Format, Epoch Milliseconds: dates as Gainsight answers them; chosen fields without a number cost no describe', async () => {
		const { items: out } = await runGainsight(ctx.sandbox, get(ACME.Gsid as string, { dateFormat: 'epoch' }));
		expect(out[0].json.RenewalDate).toBe(ACME.RenewalDate);
		expect(out[0].json.CreatedDate).toBe(ACME.CreatedDate);
		ctx.sandbox.log.length = 0;
		await runGainsight(ctx.sandbox, get(ACME.Gsid as string, { select: ['RenewalDate'], dateFormat: 'epoch' }));
		expect(calls(ctx.sandbox)).toEqual([QUERY]);
		ctx.sandbox.log.length = 0;
		const { items: iso } = await runGainsight(ctx.sandbox, get(ACME.Gsid as string, { select: ['RenewalDate'] }));
		expect(calls(ctx.sandbox)).toEqual([QUERY, DESCRIBE]);
		expect(iso[0].json).toEqual({ RenewalDate: '2026-12-13T00:00:00.000Z' });
	});

	it('an unknown GSID fails the run naming the GSID', async () => {
		const unknown = '1P02ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ';
		const { error, items: out } = await runGainsight(ctx.sandbox, get(unknown));
		expect(out).toHaveLength(0);
		expect(error?.message).toContain(unknown);
		expect(error?.context?.itemIndex).toBe(0);
	});

	it('an unknown GSID under continueOnFail: an error item with the error code, the other item is read', async () => {
		const unknown = '1P02ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ';
		const items = [{ id: unknown }, { id: ACME.Gsid }];
		const { items: out, error } = await runGainsight(ctx.sandbox, get('={{ $json.id }}', { select: ['Name'] }), { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.error).toEqual(expect.stringContaining(unknown));
		expect(out[0].json.errorCode).toBe('GSOBJ_1011');
		expect(out[1].json).toEqual({ Name: 'Acme' });
	});

	it.each(['={{ "abc/../x" }}', '={{ "" }}', '={{ "short" }}', `={{ "${'A'.repeat(35)}!" }}`])('a bad GSID %j (from an expression): error naming "Company GSID" and the item, no request', async (gsid) => {
		const { error } = await runGainsight(ctx.sandbox, get(gsid));
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('Company GSID');
		expect(ctx.sandbox.log).toEqual([]);
	});
});

describe('Company › Get Many', () => {
	it('conditions Region__gc EQ EMEA and HealthScore__gc GT 50: the matching seeded companies, in the article\'s body shape', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({ conditions: { condition: [condition('Region__gc', 'EQ', 'EMEA'), condition('HealthScore__gc', 'GT', '50')] } }),
		);
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([DESCRIBE, QUERY]);
		const [body] = queryBodies();
		expect(body.where).toEqual({
			conditions: [
				{ name: 'Region__gc', alias: 'A', value: ['EMEA'], operator: 'EQ' },
				{ name: 'HealthScore__gc', alias: 'B', value: ['50'], operator: 'GT' },
			],
		});
		expect(body).toMatchObject({ limit: 50, offset: 0 });
		expect(names(out).sort()).toEqual(['IBM', 'KLM Software']);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('expression A OR B combines the conditions', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({
				conditions: { condition: [condition('Region__gc', 'EQ', 'APAC'), condition('Industry', 'EQ', 'Telecom')] },
				expression: 'a or b',
				options: { select: ['Name'] },
			}),
		);
		expect(error).toBeUndefined();
		expect((queryBodies()[0].where as IDataObject).expression).toBe('A OR B');
		expect(names(out).sort()).toEqual(['Duplicate Co', 'Marketive', 'Telenet']);
	});

	it('an expression naming an unknown condition (A AND Z): error naming Combine Conditions and the item, no request', async () => {
		const { error } = await runGainsight(
			ctx.sandbox,
			getMany({
				conditions: { condition: [condition('Region__gc', 'EQ', 'APAC'), condition('Industry', 'EQ', 'Telecom')] },
				expression: 'A AND Z',
			}),
		);
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('Combine Conditions');
		expect(error?.message).toContain('Z');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it.each(['A AND', '(A OR B', 'A B', 'A OR B)'])('a malformed expression %j: error naming Combine Conditions, no request', async (expression) => {
		const { error } = await runGainsight(
			ctx.sandbox,
			getMany({ conditions: { condition: [condition('Region__gc', 'EQ', 'APAC'), condition('Industry', 'EQ', 'Telecom')] }, expression }),
		);
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('Combine Conditions');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('sort by ARR descending', async () => {
		const { items: out } = await runGainsight(
			ctx.sandbox,
			getMany({ returnAll: true, options: { select: ['Name', 'ARR'], sort: { order: [{ field: 'ARR', direction: 'desc' }] } } }),
		);
		expect(queryBodies()[0].orderBy).toEqual({ ARR: 'desc' });
		const arrs = out.map((item) => item.json.ARR as number);
		expect(arrs).toHaveLength(SEED_COMPANIES.length);
		expect(arrs).toEqual([...arrs].sort((a, b) => b - a));
		expect(out[0].json.Name).toBe('IBM');
	});

	it('select: only the chosen fields come back, and no describe call is made', async () => {
		const { items: out } = await runGainsight(
			ctx.sandbox,
			getMany({ options: { select: ['Name', 'Region__gc'] }, conditions: { condition: [condition('Name', 'EQ', 'Heroku')] } }),
		);
		expect(calls(ctx.sandbox)).toEqual([QUERY]);
		expect(queryBodies()[0].select).toEqual(['Name', 'Region__gc']);
		expect(out.map((item) => item.json)).toEqual([{ Name: 'Heroku', Region__gc: 'NA' }]);
	});

	it('limit 2: the call asks for 2 and 2 items come out', async () => {
		const { items: out } = await runGainsight(ctx.sandbox, getMany({ limit: 2, options: { select: ['Name'] } }));
		expect(queryBodies()).toHaveLength(1);
		expect(queryBodies()[0]).toMatchObject({ limit: 2, offset: 0 });
		expect(out).toHaveLength(2);
	});

	it('no match is an empty result, not an error', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({ options: { select: ['Name'] }, conditions: { condition: [condition('Name', 'EQ', 'Nobody Inc.')] } }),
		);
		expect(error).toBeUndefined();
		expect(out).toEqual([]);
		expect(calls(ctx.sandbox)).toEqual([QUERY]);
	});

	it('Date Format, ISO 8601 by default: RenewalDate is an ISO string, with the describe the read made anyway', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, getMany({ conditions: { condition: [condition('Name', 'EQ', 'Acme')] } }));
		expect(error).toBeUndefined();
		expect(out).toHaveLength(1);
		expect(out[0].json.RenewalDate).toBe('2026-12-13T00:00:00.000Z');
		expect(out[0].json.OriginalContractDate).toBe('2017-12-14T00:00:00.000Z');
		expect(calls(ctx.sandbox).filter((call) => call === DESCRIBE)).toHaveLength(1);
	});

	it('between, is null and in (on a number: the operator table gives text no IN): values sent as the API wants them', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({
				returnAll: true,
				options: { select: ['Name'] },
				conditions: {
					condition: [
						condition('RenewalDate', 'BTW', '2025-01-01', '2026-06-01'),
						condition('HealthScore__gc', 'IS_NOT_NULL'),
						condition('Employees', 'IN', '480, 120,2200'),
					],
				},
			}),
		);
		expect(error).toBeUndefined();
		expect((queryBodies()[0].where as { conditions: IDataObject[] }).conditions.map((c) => c.value)).toEqual([
			['2025-01-01', '2026-06-01'],
			[],
			['480', '120', '2200'],
		]);
		expect(names(out).sort()).toEqual(['Heroku', 'KLM Software', 'Telenet']);
	});

	it('one query per input item, the records paired to the item that asked for them', async () => {
		const items = [{ region: 'APAC' }, { region: 'na' }];
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({ returnAll: true, options: { select: ['Name'] }, conditions: { condition: [condition('Region__gc', 'EQ', '={{ $json.region }}')] } }),
			{ items },
		);
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([QUERY, QUERY]);
		expect(queryBodies().map((body) => (body.where as { conditions: IDataObject[] }).conditions[0].value)).toEqual([['APAC'], ['na']]);
		const byItem = (index: number) => out.filter((item) => (item.pairedItem as { item: number }).item === index).map((item) => item.json.Name);
		expect(byItem(0).sort()).toEqual(['Duplicate Co', 'Marketive']);
		expect(byItem(1).sort()).toEqual(['Acme', 'Heroku', 'Power Health Group', 'Superbiz Inc.']);
		expect(out).toHaveLength(6);
	});

	it('a field of a related record (CSM__gr.Email) can be selected', async () => {
		const { items: out, error } = await runGainsight(
			ctx.sandbox,
			getMany({ options: { select: ['Name', 'CSM__gr.Email'] }, conditions: { condition: [condition('Name', 'EQ', 'Acme')] } }),
		);
		expect(error).toBeUndefined();
		expect(out.map((item) => item.json)).toEqual([{ Name: 'Acme', 'CSM__gr.Email': 'ssmith@example.com' }]);
	});

	it('limit 6000: error naming Limit (at most 5000) and the item, no request', async () => {
		const { error } = await runGainsight(ctx.sandbox, getMany({ limit: 6000 }));
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('Limit');
		expect(error?.message).toContain('5000');
		expect(ctx.sandbox.log).toEqual([]);
	});

	const bulkRead = (credentials: IDataObject) =>
		runGainsight(ctx.sandbox, getMany({ returnAll: true, options: { select: ['Name', 'ExternalId__gc'] }, conditions: { condition: [condition('Industry', 'EQ', 'Bulk')] } }), {
			credentials,
		});
	const offsetsRead = () => queryBodies().map((body) => [body.offset, body.limit]);

	it('Return All past 5000, one call at a time: 12,000 matching companies come in 3 calls (offsets 0, 5000, 10000), each record once', async () => {
		storeCompanies(12_000, (index) => ({ Name: `Bulk ${index}`, Industry: 'Bulk', ExternalId__gc: `B-${index}` }));
		const { items: out, error } = await bulkRead({ concurrency: 1 });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([QUERY, QUERY, QUERY]);
		expect(offsetsRead()).toEqual([
			[0, 5000],
			[5000, 5000],
			[10000, 5000],
		]);
		expect(out).toHaveLength(12_000);
		expect(new Set(out.map((item) => item.json.ExternalId__gc)).size).toBe(12_000);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	}, 30_000);

	it('Return All past 5000 with Concurrent Calls 4: still one page after another (the answers carry no total), so no call is spent past the end: 12,000 in 3 calls', async () => {
		storeCompanies(12_000, (index) => ({ Name: `Bulk ${index}`, Industry: 'Bulk', ExternalId__gc: `B-${index}` }));
		const { items: out, error } = await bulkRead({ concurrency: 4 });
		expect(error).toBeUndefined();
		expect(queryBodies().map((body) => body.offset as number)).toEqual([0, 5000, 10000]);
		expect(ctx.sandbox.log.map((entry) => entry.othersInFlight)).toEqual([0, 0, 0]);
		expect(out.map((item) => item.json.ExternalId__gc)).toEqual(Array.from({ length: 12_000 }, (_, index) => `B-${index}`));
	}, 30_000);

	it('Return All with exactly 5000 matches, one call at a time: the second call finds nothing and the 5000 come out', async () => {
		storeCompanies(5000, (index) => ({ Name: `Exact ${index}`, Industry: 'Bulk' }));
		const { items: out, error } = await bulkRead({ concurrency: 1 });
		expect(error).toBeUndefined();
		expect(queryBodies().map((body) => body.offset)).toEqual([0, 5000]);
		expect(out).toHaveLength(5000);
	}, 30_000);

	it('limit 5000 with 6,000 matches reads one page of 5000', async () => {
		storeCompanies(6000, (index) => ({ Name: `Page ${index}`, Industry: 'Page' }));
		const { items: out } = await runGainsight(
			ctx.sandbox,
			getMany({ limit: 5000, options: { select: ['Name'] }, conditions: { condition: [condition('Industry', 'EQ', 'Page')] } }),
		);
		expect(queryBodies().map((body) => [body.offset, body.limit])).toEqual([[0, 5000]]);
		expect(out).toHaveLength(5000);
	}, 30_000);
});
