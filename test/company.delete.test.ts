import { SEED_COMPANIES } from '../sandbox';
import { calls, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
const del = (gsid: string) => ({ resource: 'company', operation: 'delete', companyId: { __rl: true, mode: 'id', value: gsid } });
const seeded = (name: string) => SEED_COMPANIES.find((company) => company.Name === name)!.Gsid as string;
const UNKNOWN = '1P02ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ';

describe('Company › Delete', () => {
	it('deletes the seeded Acme: DELETE with the GSID in the path, {gsid, deleted: true} out, gone from the store', async () => {
		const acme = seeded('Acme');
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(ctx.sandbox, del(acme));
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([`DELETE /v1/data/objects/Company/${acme}`]);
		expect(ctx.sandbox.log[0].status).toBe(200);
		expect(out).toEqual([{ json: { Gsid: acme, deleted: true }, pairedItem: { item: 0 } }]);
		expect(ctx.sandbox.store.companies.has(acme)).toBe(false);
		expect(ctx.sandbox.store.companies.size).toBe(before - 1);
	});

	it('a GSID per item (expression): one DELETE each, in item order, each output paired', async () => {
		const items = [{ id: seeded('IBM') }, { id: seeded('Telenet') }, { id: ` ${seeded('Heroku')} ` }];
		const { items: out, error } = await runGainsight(ctx.sandbox, del('={{ $json.id }}'), { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([
			`DELETE /v1/data/objects/Company/${seeded('IBM')}`,
			`DELETE /v1/data/objects/Company/${seeded('Telenet')}`,
			`DELETE /v1/data/objects/Company/${seeded('Heroku')}`,
		]);
		expect(out.map((item) => [item.pairedItem, item.json.Gsid, item.json.deleted])).toEqual([
			[{ item: 0 }, seeded('IBM'), true],
			[{ item: 1 }, seeded('Telenet'), true],
			[{ item: 2 }, seeded('Heroku'), true],
		]);
		for (const name of ['IBM', 'Telenet', 'Heroku']) expect(ctx.sandbox.store.companies.has(seeded(name))).toBe(false);
		expect(ctx.sandbox.store.companies.has(seeded('Acme'))).toBe(true);
	});

	it('an unknown GSID under continueOnFail: an error item (with Gainsight\'s code), the other item is deleted', async () => {
		const items = [{ id: UNKNOWN }, { id: seeded('KLM Software') }];
		const { items: out, error } = await runGainsight(ctx.sandbox, del('={{ $json.id }}'), { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(out).toHaveLength(2);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.deleted).toBeUndefined();
		expect(typeof out[0].json.error).toBe('string');
		expect(out[0].json.errorCode).toBe('GSOBJ_1011');
		expect(typeof out[0].json.requestId).toBe('string');
		expect(out[1].json).toEqual({ Gsid: seeded('KLM Software'), deleted: true });
		expect(ctx.sandbox.store.companies.has(seeded('KLM Software'))).toBe(false);
	});

	it('an unknown GSID without continueOnFail fails the run on that item', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, del(UNKNOWN));
		expect(out).toHaveLength(0);
		expect(error).toBeDefined();
		expect(error!.message).toContain('GSOBJ_1011');
		expect(error!.context?.itemIndex).toBe(0);
		expect(calls(ctx.sandbox)).toEqual([`DELETE /v1/data/objects/Company/${UNKNOWN}`]);
	});

	it('deleting the same company twice: the second item fails (continueOnFail), the first succeeded', async () => {
		const acme = seeded('Acme');
		const { items: out } = await runGainsight(ctx.sandbox, del(acme), { items: [{}, {}], continueOnFail: true });
		expect(out[0].json).toEqual({ Gsid: acme, deleted: true });
		expect(out[1].json.errorCode).toBe('GSOBJ_1011');
		expect(calls(ctx.sandbox)).toHaveLength(2);
	});

	it.each(['abc/../x', '../Company', `${seeded('Acme').slice(0, 35)}?`])(
		'a bad GSID %j: error naming "Company GSID" and the item, no request, nothing deleted',
		async (gsid) => {
			const before = ctx.sandbox.store.companies.size;
			// typed literally, n8n's own check of the locator's "By ID" pattern stops the run; from an expression, the node's
			const literal = await runGainsight(ctx.sandbox, del(gsid));
			expect(literal.error?.message).toContain('workflow has issues');
			const { error } = await runGainsight(ctx.sandbox, del(`={{ ${JSON.stringify(gsid)} }}`));
			expect(error?.message).toContain('Item 0');
			expect(error?.message).toContain('Company GSID');
			expect(ctx.sandbox.log).toEqual([]);
			expect(ctx.sandbox.store.companies.size).toBe(before);
		},
	);

	it('a bad GSID on item 1 stops the run before any DELETE (even item 0\'s)', async () => {
		const items = [{ id: seeded('Acme') }, { id: 'not a gsid' }];
		const { error } = await runGainsight(ctx.sandbox, del('={{ $json.id }}'), { items });
		expect(error?.message).toContain('Item 1');
		expect(ctx.sandbox.log).toEqual([]);
		expect(ctx.sandbox.store.companies.has(seeded('Acme'))).toBe(true);
	});
});
