import { searchCompanies } from '../nodes/Gainsight/methods/listSearch';
import { fieldLabels } from '../nodes/Gainsight/methods/fieldLabels';
import { getReadableFields } from '../nodes/Gainsight/methods/loadOptions';
import { getObjectFields } from '../nodes/Gainsight/methods/resourceMapping';
import { autoMapColumns, calls, companies, definedColumns, pickerContext, runGainsight, useSandbox, describeCall } from './support';

const ctx = useSandbox();

describe('Company locator', () => {
	it('lists companies by name (contains, any case) with the GSID as value, one Company read per search', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'company', operation: 'get' });
		const all = await searchCompanies.call(picker);
		expect(all.results.length).toBe(ctx.sandbox.store.companies.size);
		const found = await searchCompanies.call(picker, 'klm');
		const klm = [...ctx.sandbox.store.companies.values()].find((company) => company.Name === 'KLM Software')!;
		expect(found.results).toEqual([{ name: 'KLM Software', value: klm.Gsid }]);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'POST /v1/data/objects/query/Company']);
		expect((await searchCompanies.call(picker, 'no such company')).results).toEqual([]);
	});

	it('pages by 100 with a pagination token', async () => {
		await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: companies(150) });
		const picker = pickerContext(ctx.sandbox, { resource: 'company', operation: 'delete' });
		const first = await searchCompanies.call(picker, 'Company ');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await searchCompanies.call(picker, 'Company ', first.paginationToken as string);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
	});

	it('a company picked from the list is what Get reads', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'company', operation: 'get' });
		const [ibm] = (await searchCompanies.call(picker, 'IBM')).results;
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'company',
			operation: 'get',
			companyId: { __rl: true, mode: 'list', value: ibm.value, cachedResultName: ibm.name },
			options: { select: 'Name' },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ Name: 'IBM' }]);
	});
});

describe('Company fields in the resource mapper (describe API)', () => {
	const fieldsFor = async (operation: string) => {
		const picker = pickerContext(ctx.sandbox, { resource: 'company', operation });
		return (await getObjectFields.call(picker)).fields;
	};

	it('Insert: every createable field with its label, type, required flag and picklist values; custom __gc fields as in the tenant', async () => {
		const fields = await fieldsFor('insert');
		const byId = Object.fromEntries(fields.map((field) => [field.id, field]));
		expect(calls(ctx.sandbox)).toEqual(['GET /v1/meta/services/objects/Company/describe']);
		expect(byId.Gsid).toBeUndefined();
		expect(byId.CreatedDate).toBeUndefined();
		expect(byId.Name).toMatchObject({ displayName: 'Name', type: 'string', required: true, display: true, canBeUsedToMatch: false });
		expect(byId.ARR).toMatchObject({ displayName: 'ARR', type: 'number', required: false });
		expect(byId.RenewalDate).toMatchObject({ type: 'dateTime' });
		expect(byId.IsStrategic__gc).toMatchObject({ type: 'boolean' });
		expect(byId.Stage.type).toBe('options');
		expect(byId.Stage.options?.map((option) => option.value)).toEqual(['New Customer', 'Kicked Off', 'Launched', 'Adopting', 'Will Churn', 'Churned']);
		// the label only, as n8n writes IDs: "External Id (ExternalId__gc)" was cut off in the mapper's column
		expect(byId.ExternalId__gc).toMatchObject({ displayName: 'External ID', type: 'string' });
		expect(fields.filter((field) => field.id.endsWith('__gc')).map((field) => field.id)).toEqual([
			'ExternalId__gc', 'Region__gc', 'HealthScore__gc', 'IsStrategic__gc', 'LastReviewAt__gc', 'SupportEmail__gc',
		]);
	});

	it('Update: nothing is required, and the text/GSID/number/email fields (Gsid too) can be matched on', async () => {
		const fields = await fieldsFor('update');
		expect(fields.every((field) => !field.required)).toBe(true);
		const matchable = fields.filter((field) => field.canBeUsedToMatch).map((field) => field.id);
		expect(matchable).toEqual(expect.arrayContaining(['Gsid', 'Name', 'ExternalId__gc', 'SupportEmail__gc', 'Employees']));
		expect(matchable).not.toContain('RenewalDate');
		expect(matchable).not.toContain('ARR');
	});

	it('Upsert with matching columns set in the mapper: keys=matching columns, the other fields written', async () => {
		const columns = definedColumns({ ExternalId__gc: 'EXT-0001', Employees: 901 }, ['ExternalId__gc']);
		const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'upsert', columns });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company', 'PUT /v1/data/objects/Company', describeCall('Company')]);
		expect(ctx.sandbox.log[1].query).toEqual({ keys: 'ExternalId__gc' });
		const acme = [...ctx.sandbox.store.companies.values()].find((company) => company.ExternalId__gc === 'EXT-0001')!;
		expect(acme.Employees).toBe(901);
	});
});

describe('Company field pickers (Fields to Return, Conditions, Sort)', () => {
	it('name each field by its label as n8n writes IDs, with the API name and type under it', async () => {
		const options = await getReadableFields.call(pickerContext(ctx.sandbox, { resource: 'company', operation: 'getMany' }));
		const byValue = Object.fromEntries(options.map((option) => [option.value, option]));
		expect(byValue.ExternalId__gc).toMatchObject({ name: 'External ID', description: 'ExternalId__gc · STRING' });
		expect(byValue.Gsid.name).toBe('GSID');
		expect(options.map((option) => option.name).filter((name) => /\bId\b|\(/.test(name))).toEqual([]);
		expect(options.map((option) => option.name)).toEqual([...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b)));
	});

	it('give the API name too only where two fields share a label, or a field has none', () => {
		const labels = fieldLabels([
			{ fieldName: 'Region', label: 'Region' },
			{ fieldName: 'Region__gc', label: 'Region' },
			{ fieldName: 'Owner_Id__gc', label: 'Owner Id' },
			{ fieldName: 'NoLabel__gc' },
		]);
		expect(Object.fromEntries(labels)).toEqual({ Region: 'Region', Region__gc: 'Region (Region__gc)', Owner_Id__gc: 'Owner ID', NoLabel__gc: 'NoLabel__gc' });
	});
});
