import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_USERS } from '../sandbox';
import { ARTICLE_CSM_LOOKUPS, calls, runGainsight, useSandbox, CSM_LOOKUP_ROW, autoMapColumns, describeCall } from './support';

const ctx = useSandbox();
const user = (first: string, last: string) => SEED_USERS.find((u) => u.FirstName === first && u.LastName === last)!;
const company = (name: string) => SEED_COMPANIES.find((c) => c.Name === name)!;
const storedByName = (name: string) => [...ctx.sandbox.store.companies.values()].filter((c) => c.Name === name);

/** The CSM lookup row; `lookupField`, `multiMatchOption` and `onNoMatch` go in the row's Options, as the panel holds them. */
const csmLookup = ({ lookupField, multiMatchOption, onNoMatch, ...row }: IDataObject = {}) => ({
	...CSM_LOOKUP_ROW,
	...row,
	options: {
		...(CSM_LOOKUP_ROW.options as IDataObject),
		...(lookupField === undefined ? {} : { lookupField }),
		...(multiMatchOption === undefined ? {} : { multiMatchOption }),
		...(onNoMatch === undefined ? {} : { onNoMatch }),
	},
});
const parentLookup = {
	targetField: 'ParentCompany',
	objectName: 'company',
	matchFields: { match: [{ sourceField: 'ParentCompanyName', matchField: 'Name' }] },
	options: { lookupField: 'Gsid', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
};
const insertWith = (...lookup: IDataObject[]) => ({
	resource: 'company',
	operation: 'insert',
	columns: autoMapColumns(),
	lookups: { lookup },
});


describe('Company › Lookups', () => {
	it('insert with a CSM lookup sends `lookups` exactly in the article\'s shape, and the stored CSM is the user\'s GSID', async () => {
		const items = [
			{ Name: 'Lookup Co', CSMFirstName: 'Steve', CSMLastName: 'Smith' },
			{ Name: 'Lookup Two', CSMFirstName: 'Julia', CSMLastName: 'Brown' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, insertWith(csmLookup()), { items });
		expect(error).toBeUndefined();

		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.log[0].body).toEqual({ records: items, lookups: ARTICLE_CSM_LOOKUPS });

		expect(storedByName('Lookup Co')[0].CSM).toBe(user('Steve', 'Smith').Gsid);
		expect(storedByName('Lookup Two')[0].CSM).toBe(user('Julia', 'Brown').Gsid);
		expect(out.map((item) => [item.pairedItem, item.json.CSM])).toEqual([
			[{ item: 0 }, user('Steve', 'Smith').Gsid],
			[{ item: 1 }, user('Julia', 'Brown').Gsid],
		]);
	});

	it('the article\'s two lookups (CSM → gsuser, ParentCompany → company) together', async () => {
		const items = [{ Name: 'Child Co', CSMFirstName: 'Joe', CSMLastName: 'Roberts', ParentCompanyName: 'Telenet' }];
		const { error } = await runGainsight(ctx.sandbox, insertWith(csmLookup(), parentLookup), { items });
		expect(error).toBeUndefined();
		expect((ctx.sandbox.log[0].body as IDataObject).lookups).toEqual({
			...ARTICLE_CSM_LOOKUPS,
			ParentCompany: {
				fields: { ParentCompanyName: 'Name' },
				lookupField: 'Gsid',
				objectName: 'company',
				multiMatchOption: 'FIRSTMATCH',
				onNoMatch: 'ERROR',
			},
		});
		expect(storedByName('Child Co')[0]).toMatchObject({ CSM: user('Joe', 'Roberts').Gsid, ParentCompany: company('Telenet').Gsid });
	});

	it('update with a lookup sends keys and lookups, and sets the CSM of the matched company', async () => {
		const { error } = await runGainsight(
			ctx.sandbox,
			{ ...insertWith(csmLookup()), operation: 'update', columns: autoMapColumns(['ExternalId__gc']) },
			{ items: [{ ExternalId__gc: 'EXT-0002', CSMFirstName: 'Mark', CSMLastName: 'Lehmann' }] },
		);
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0]).toMatchObject({ method: 'PUT', query: { keys: 'ExternalId__gc' } });
		expect((ctx.sandbox.log[0].body as IDataObject).lookups).toEqual(ARTICLE_CSM_LOOKUPS);
		expect(ctx.sandbox.store.companies.get(company('Heroku').Gsid as string)!.CSM).toBe(user('Mark', 'Lehmann').Gsid);
	});

	it('a lookup whose record field is not in the record: error naming the item and the field, before any request', async () => {
		const items = [
			{ Name: 'Fine', CSMFirstName: 'Steve', CSMLastName: 'Smith' },
			{ Name: 'No last name', CSMFirstName: 'Steve' },
		];
		const { error, items: out } = await runGainsight(ctx.sandbox, insertWith(csmLookup()), { items });
		expect(out).toHaveLength(0);
		expect(error?.message).toContain('Item 1');
		expect(error?.message).toContain('CSMLastName');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('a lookup target that the record also sets directly: error naming the item and the field, no request', async () => {
		const items = [{ Name: 'Both', CSM: user('Steve', 'Smith').Gsid, CSMFirstName: 'Steve', CSMLastName: 'Smith' }];
		const { error } = await runGainsight(ctx.sandbox, insertWith(csmLookup()), { items });
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('CSM');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('two lookups on the same target: error naming the item and the target, no request', async () => {
		const items = [{ Name: 'Twice', CSMFirstName: 'Steve', CSMLastName: 'Smith' }];
		const { error } = await runGainsight(ctx.sandbox, insertWith(csmLookup(), csmLookup()), { items });
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('CSM');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('a lookup without match fields: error naming the lookup, no request', async () => {
		const { error } = await runGainsight(ctx.sandbox, insertWith(csmLookup({ matchFields: {} })), { items: [{ Name: 'X' }] });
		expect(error?.message).toContain('Item 0');
		expect(error?.message).toContain('Lookups › Lookup 1');
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('an empty Lookup Field falls back to Gsid', async () => {
		const items = [{ Name: 'Default field', CSMFirstName: 'Steve', CSMLastName: 'Smith' }];
		const { error } = await runGainsight(ctx.sandbox, insertWith(csmLookup({ lookupField: '' })), { items });
		expect(error).toBeUndefined();
		expect((ctx.sandbox.log[0].body as IDataObject).lookups).toEqual(ARTICLE_CSM_LOOKUPS);
	});

	it('no match with "Report an Error" (continueOnFail): that item is an error item naming the source field; the others are stored', async () => {
		const items = [
			{ Name: 'Good 1', CSMFirstName: 'Steve', CSMLastName: 'Smith' },
			{ Name: 'Nobody', CSMFirstName: 'No', CSMLastName: 'Body' },
			{ Name: 'Good 2', CSMFirstName: 'Julia', CSMLastName: 'Brown' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, insertWith(csmLookup()), { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json.error).toEqual(expect.stringContaining('CSMFirstName'));
		expect(out[0].json.CSM).toBe(user('Steve', 'Smith').Gsid);
		expect(out[2].json.CSM).toBe(user('Julia', 'Brown').Gsid);
		expect(storedByName('Nobody')).toHaveLength(0);
		expect(storedByName('Good 1')).toHaveLength(1);
		expect(storedByName('Good 2')).toHaveLength(1);
	});

	it('no match with "Leave Empty": the record is stored with an empty CSM', async () => {
		const items = [{ Name: 'Orphan', CSMFirstName: 'No', CSMLastName: 'Body' }];
		const { items: out, error } = await runGainsight(ctx.sandbox, insertWith(csmLookup({ onNoMatch: 'NULLABLE' })), { items });
		expect(error).toBeUndefined();
		expect((ctx.sandbox.log[0].body as { lookups: { CSM: IDataObject } }).lookups.CSM.onNoMatch).toBe('NULLABLE');
		expect(out[0].json.CSM).toBeNull();
		expect(storedByName('Orphan')[0].CSM).toBeNull();
	});

	it('several matches with "Report an Error" (MARKASERROR): the item fails, with "Use the First Match" it takes the oldest user', async () => {
		const byFirstName = { matchFields: { match: [{ sourceField: 'CSMFirstName', matchField: 'FirstName' }] } };
		const items = [{ Name: 'Marked', CSMFirstName: 'Mark' }];
		const strict = await runGainsight(ctx.sandbox, insertWith(csmLookup({ ...byFirstName, multiMatchOption: 'MARKASERROR' })), {
			items,
			continueOnFail: true,
		});
		expect((ctx.sandbox.log[0].body as { lookups: { CSM: IDataObject } }).lookups.CSM.multiMatchOption).toBe('MARKASERROR');
		expect(strict.items[0].json.error).toEqual(expect.stringContaining('CSMFirstName'));
		expect(storedByName('Marked')).toHaveLength(0);

		const first = await runGainsight(ctx.sandbox, insertWith(csmLookup(byFirstName)), { items });
		expect(first.error).toBeUndefined();
		expect(first.items[0].json.CSM).toBe(user('Mark', 'Taylor').Gsid);
	});

	// Product bug: Gainsight names a failed lookup by its first source field and value only
	// (CSMFirstName = "Mark"); transport/batch.ts namedRecords() takes every record of the chunk
	// with that field value for a failed one, so the good "Mark Taylor" record is never written.
	it('a failed lookup does not take down another record that shares the first source value (Mark Taylor vs Mark Nobody)', async () => {
		const items = [
			{ Name: 'Taylor Co', CSMFirstName: 'Mark', CSMLastName: 'Taylor' },
			{ Name: 'Nobody Co', CSMFirstName: 'Mark', CSMLastName: 'Nobody' },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, insertWith(csmLookup()), { items, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(out[1].json.error).toEqual(expect.stringContaining('CSMFirstName'));
		expect(out[0].json.error).toBeUndefined();
		expect(out[0].json.CSM).toBe(user('Mark', 'Taylor').Gsid);
		expect(storedByName('Taylor Co')).toHaveLength(1);
	});

	it('items with different lookup settings are sent in separate calls, each with its own lookups', async () => {
		const lookupPerItem = {
			...insertWith(),
			lookups: {
				lookup: [
					csmLookup({ onNoMatch: '={{ $json.strict ? "ERROR" : "NULLABLE" }}' }),
				],
			},
		};
		const items = [
			{ Name: 'Strict', CSMFirstName: 'Steve', CSMLastName: 'Smith', strict: true },
			{ Name: 'Lenient', CSMFirstName: 'No', CSMLastName: 'Body', strict: false },
		];
		const { items: out, error } = await runGainsight(ctx.sandbox, { ...lookupPerItem, options: { fieldsToIgnore: 'strict' } }, { items });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company', 'POST /v1/data/objects/Company', describeCall('Company')]);
		const sent = ctx.sandbox.log.filter((entry) => entry.method === 'POST').map((entry) => entry.body as { records: IDataObject[]; lookups: { CSM: IDataObject } });
		expect(sent.map((body) => [body.records.map((r) => r.Name), body.lookups.CSM.onNoMatch])).toEqual([
			[['Strict'], 'ERROR'],
			[['Lenient'], 'NULLABLE'],
		]);
		expect(out.map((item) => [item.pairedItem, item.json.Name])).toEqual([
			[{ item: 0 }, 'Strict'],
			[{ item: 1 }, 'Lenient'],
		]);
	});
});
