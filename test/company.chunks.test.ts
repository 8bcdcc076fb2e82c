import type { IDataObject } from 'n8n-workflow';

import { calls, companies, runGainsight, useSandbox, autoMapColumns } from './support';

const ctx = useSandbox();
// epoch dates: this test counts the write calls, which the ISO default's describe would join
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { dateFormat: 'epoch' } };
const inserted = () => [...ctx.sandbox.store.companies.values()].filter((company) => String(company.ExternalId__gc).startsWith('T-'));
const okCalls = () => ctx.sandbox.log.filter((entry) => entry.status === 200);
const sentOk = () => okCalls().flatMap((entry) => (entry.body as { records: IDataObject[] }).records);

function withBad(count: number, bad: Record<number, IDataObject>): IDataObject[] {
	return companies(count).map((company, index) => ({ ...company, ...(bad[index] ?? {}) }));
}

describe('Company › Insert › a bad record inside a chunk', () => {
	it('item 17 of 50 has RenewalDate 13-45-2020: 49 stored, item 17 an error item naming RenewalDate, all 50 paired in order', async () => {
		const items = withBad(50, { 17: { RenewalDate: '13-45-2020' } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();

		expect(inserted()).toHaveLength(49);
		expect(inserted().some((company) => company.ExternalId__gc === 'T-17')).toBe(false);
		// the good 49 were sent exactly once in a call that succeeded
		expect(sentOk().map((record) => record.ExternalId__gc).sort()).toEqual(
			items.filter((_, index) => index !== 17).map((item) => item.ExternalId__gc).sort(),
		);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', 'POST /v1/data/objects/Company']);
		expect(ctx.sandbox.log[0].status).toBe(400);

		expect(out).toHaveLength(50);
		expect(out.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
		const bad = out[17].json;
		expect(bad.Gsid).toBeUndefined();
		expect(bad.error).toEqual(expect.stringContaining('RenewalDate'));
		expect(bad.error).toEqual(expect.stringContaining('13-45-2020'));
		expect(bad.field).toBe('RenewalDate');
		expect(bad.errorCode).toBe('GSOBJ_1006');
		expect(typeof bad.requestId).toBe('string');
		out.forEach((item, index) => {
			if (index === 17) return;
			expect(item.json.error).toBeUndefined();
			expect(item.json.Name).toBe(`Company ${index}`);
			expect(item.json.Gsid).toMatch(/^[0-9A-Z]{36}$/);
		});
	});

	it('without continueOnFail the run fails with an error that names RenewalDate and the value', async () => {
		const items = withBad(50, { 17: { RenewalDate: '13-45-2020' } });
		const { error } = await runGainsight(ctx.sandbox, insert, { items });
		expect(error).toBeDefined();
		expect(error!.message).toContain('RenewalDate');
		expect(error!.message).toContain('13-45-2020');
		expect(error!.context?.itemIndex).toBe(17);
	});

	it('two bad records on different fields among 50: 48 stored, both error items name their own field', async () => {
		const items = withBad(50, { 5: { RenewalDate: '13-45-2020' }, 31: { Employees: 'many' } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();

		expect(inserted()).toHaveLength(48);
		expect(sentOk()).toHaveLength(48);
		expect(new Set(sentOk().map((record) => record.ExternalId__gc)).size).toBe(48);
		expect(out).toHaveLength(50);
		expect(out.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
		expect(out[5].json).toMatchObject({ field: 'RenewalDate' });
		expect(out[5].json.error).toEqual(expect.stringContaining('RenewalDate'));
		expect(out[31].json).toMatchObject({ field: 'Employees' });
		expect(out[31].json.error).toEqual(expect.stringContaining('Employees'));
		expect(out.filter((item) => item.json.error)).toHaveLength(2);
	});

	it('two records with the same bad value: both are error items, the 48 others are stored once', async () => {
		const items = withBad(50, { 3: { RenewalDate: '13-45-2020' }, 40: { RenewalDate: '13-45-2020' } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(inserted()).toHaveLength(48);
		expect(sentOk()).toHaveLength(48);
		expect(calls(ctx.sandbox).length).toBeLessThanOrEqual(2 * 2 * Math.ceil(Math.log2(50)) + 1);
		expect(out[3].json.field).toBe('RenewalDate');
		expect(out[40].json.field).toBe('RenewalDate');
		expect(out.filter((item) => item.json.error)).toHaveLength(2);
	});

	it('a bad record in the second chunk of 120: the other chunks are written once, 119 stored', async () => {
		const items = withBad(120, { 77: { SupportEmail__gc: 'not-an-email' } });
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(inserted()).toHaveLength(119);
		expect(sentOk()).toHaveLength(119);
		expect(out).toHaveLength(120);
		expect(out.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
		expect(out[77].json.field).toBe('SupportEmail__gc');
		expect(ctx.sandbox.log.every((entry) => (entry.body as { records: unknown[] }).records.length <= 50)).toBe(true);
	});

	it('when Gainsight names the field in another spelling (renewaldate → RenewalDate), the chunk is halved until the bad record stands alone', async () => {
		const items = companies(50).map((company, index) => (index === 17 ? { ...company, renewaldate: '13-45-2020' } : company));
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(inserted()).toHaveLength(49);
		expect(sentOk()).toHaveLength(49);
		expect(calls(ctx.sandbox).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(50)) + 1);
		expect(out).toHaveLength(50);
		expect(out.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
		expect(out[17].json.error).toEqual(expect.stringContaining('RenewalDate'));
		expect(out.filter((item) => item.json.error)).toHaveLength(1);
	});

	it('a missing required field (Name) on item 9: reported on item 9 only', async () => {
		const items = companies(20).map((company, index) => {
			if (index !== 9) return company;
			const { Name: _name, ...rest } = company;
			return rest;
		});
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(inserted()).toHaveLength(19);
		expect(out).toHaveLength(20);
		expect(out[9].json.error).toEqual(expect.stringContaining('Name'));
		expect(out.filter((item) => item.json.error)).toHaveLength(1);
		expect(out.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
	});
});
