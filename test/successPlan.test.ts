/**
 * Success Plan resource against the sandbox: a plan with its objectives (CTAs of type Objective) and
 * templates, per-item errors in a batch, closing a plan closes its objectives, reads by the list API.
 */
import type { IDataObject } from 'n8n-workflow';

import { getSuccessPlanStatusNames, getSuccessPlanTypeNames } from '../nodes/Gainsight/methods/cockpitOptions';
import { searchRelationships, searchSuccessPlans } from '../nodes/Gainsight/methods/listSearch';
import { SEED_COMPANIES, SEED_OBJECTIVES, SEED_RELATIONSHIPS, SEED_SUCCESS_PLANS, SEED_USERS } from '../sandbox';
import { calls, locatorById as byId, pickerContext, requestBodies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const ACME = SEED_COMPANIES.find((record) => record.Name === 'Acme')!;
const IBM = SEED_COMPANIES.find((record) => record.Name === 'IBM')!;
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;
const JULIA = SEED_USERS.find((user) => user.Email === 'jbrown@example.com')!;
const [ACME_PLAN] = SEED_SUCCESS_PLANS;

const plans = (name: string) => [...ctx.sandbox.store.successPlans.values()].filter((plan) => plan.Name === name);
const objectivesOf = (gsid: string) => [...ctx.sandbox.store.ctas.values()].filter((cta) => cta.SuccessPlanId === gsid);
const picklistName = (gsid: string | null) => (gsid ? ctx.sandbox.store.picklists.get(gsid)?.Name : undefined);

const create = (extra: IDataObject = {}) => ({
	resource: 'successPlan',
	operation: 'create',
	entityType: 'COMPANY',
	companyId: byId(String(IBM.Gsid)),
	name: '={{ $json.name }}',
	type: '={{ $json.type }}',
	status: 'Active',
	additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-09-30' },
	...extra,
});

describe('Success Plan › Create', () => {
	it('with objectives and a template: ?withObjectives=true, one plan, its objectives as Objective CTAs', async () => {
		const { items, error } = await runGainsight(
			ctx.sandbox,
			create({
				additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-09-30', Templates: 'Standard Onboarding' },
				objectives: { objective: [{ Name: 'Integrations live', DueDate: '2026-07-15' }, { Name: 'Admins trained', OwnerEmail: 'jbrown@example.com' }] },
			}),
			{ items: [{ name: 'IBM onboarding', type: 'Onboarding' }] },
		);
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/successPlan']);
		expect(ctx.sandbox.log[0].query).toEqual({ withObjectives: 'true' });
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			requests: [
				{
					record: {
						referenceId: 'n8n-item-0',
						CompanyId: IBM.Gsid,
						Name: 'IBM onboarding',
						SuccessPlanType: 'Onboarding',
						status: 'Active',
						Templates: ['Standard Onboarding'],
						Objectives: [{ Name: 'Integrations live', DueDate: '2026-07-15' }, { Name: 'Admins trained', OwnerEmail: 'jbrown@example.com' }],
						OwnerEmail: 'athakur@gainsight.com',
						DueDate: '2026-09-30',
					},
				},
			],
			lookups: { OwnerId: { fields: { OwnerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' } },
		});
		const [plan] = plans('IBM onboarding');
		expect(items[0].json.Gsid).toBe(plan.Gsid);
		expect(plan).toMatchObject({ CompanyId: IBM.Gsid, OwnerId: ANKUSH.Gsid, DueDate: '2026-09-30', IsClosed: false });
		expect([picklistName(plan.TypeId), picklistName(plan.StatusId)]).toEqual(['Onboarding', 'Active']);
		const objectives = objectivesOf(plan.Gsid);
		expect(objectives.map((cta) => [cta.Name, picklistName(cta.TypeId), cta.CompanyId]).sort()).toEqual(
			[
				['Admins trained', 'Objective', IBM.Gsid],
				['First value delivered', 'Objective', IBM.Gsid],
				['Integrations live', 'Objective', IBM.Gsid],
				['Kick-off completed', 'Objective', IBM.Gsid],
			].sort(),
		);
		expect(objectives.find((cta) => cta.Name === 'Admins trained')!.OwnerId).toBe(JULIA.Gsid);
		expect(objectives.find((cta) => cta.Name === 'Integrations live')).toMatchObject({ OwnerId: ANKUSH.Gsid, DueDate: '2026-07-15' });
	});

	it('without objectives no withObjectives; two plans in one call, a bad type fails its item only', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, create(), {
			items: [{ name: 'Plan A', type: 'Renewal' }, { name: 'Plan B', type: 'No Such Type' }, { name: 'Plan C', type: 'Adoption' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/successPlan']);
		expect(ctx.sandbox.log[0].query).toEqual({});
		expect(items.map((out) => out.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.Gsid).toBe(plans('Plan A')[0].Gsid);
		expect(items[1].json.error).toMatch(/Gainsight did not accept the success plan: Invalid SuccessPlanType: No Such Type/);
		expect(items[2].json.Gsid).toBe(plans('Plan C')[0].Gsid);
		expect(plans('Plan B')).toHaveLength(0);
	});

	it('a plan whose objective is refused is not written at all', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			create({ objectives: { objective: [{ Name: 'Owned by nobody', OwnerEmail: 'nobody@example.com' }] } }),
			{ items: [{ name: 'All or nothing', type: 'Onboarding' }], continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/Objective 1 \(Owned by nobody\): Owner not found/);
		expect(plans('All or nothing')).toHaveLength(0);
	});

	it('an objective without a name is refused before any request', async () => {
		const { error } = await runGainsight(ctx.sandbox, create({ objectives: { objective: [{ Name: '' }] } }), { items: [{ name: 'X', type: 'Onboarding' }] });
		expect(error?.message).toMatch(/Item 0: "Objectives › Objective 1 › Name" is empty/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});

describe('Success Plan › Lookups', () => {
	it('Create and Update send your own lookup rows with the plans and fill the field', async () => {
		const lookups = {
			lookup: [{ targetField: 'OwnerId', objectName: 'gsuser', matchFields: { match: [{ sourceField: 'ManagerEmail', matchField: 'Email' }] }, options: { lookupField: 'Gsid' } }],
		};
		const customFields = { field: [{ name: 'ManagerEmail', value: JULIA.Email }] };
		const { error } = await runGainsight(ctx.sandbox, create({ additionalFields: { DueDate: '2026-09-30' }, customFields, lookups }), { items: [{ name: 'Looked-up plan', type: 'Onboarding' }] });
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0].lookups).toMatchObject({ OwnerId: { fields: { ManagerEmail: 'Email' }, objectName: 'gsuser' } });
		expect(plans('Looked-up plan')[0].OwnerId).toBe(JULIA.Gsid);
		const update = await runGainsight(ctx.sandbox, { resource: 'successPlan', operation: 'update', successPlanId: byId(ACME_PLAN.Gsid), customFields, lookups });
		expect(update.error).toBeUndefined();
		expect(ctx.sandbox.store.successPlans.get(ACME_PLAN.Gsid)!.OwnerId).toBe(JULIA.Gsid);
	});
});

describe('Success Plan › Update, Get, Get Many', () => {
	it('Update sends the plan by Gsid; a closed status closes its open objectives', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'successPlan', operation: 'update', successPlanId: byId(ACME_PLAN.Gsid), updateFields: { status: 'Complete', Comments: 'Done' },
		});
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			requests: [{ record: { referenceId: 'n8n-item-0', Gsid: ACME_PLAN.Gsid, status: 'Complete', Comments: 'Done' } }],
		});
		expect(calls(ctx.sandbox)).toEqual(['PUT /v2/successPlan']);
		expect(items[0].json).toEqual({ Gsid: ACME_PLAN.Gsid, 'StatusId__gr.Name': 'Complete', Comments: 'Done' });
		const plan = ctx.sandbox.store.successPlans.get(ACME_PLAN.Gsid)!;
		expect(plan.IsClosed).toBe(true);
		expect(objectivesOf(ACME_PLAN.Gsid).map((cta) => cta.IsClosed)).toEqual(SEED_OBJECTIVES.map(() => true));
	});

	it('Get reads the list with Gsid EQ; Get Many with conditions by fieldName', async () => {
		const got = await runGainsight(ctx.sandbox, { resource: 'successPlan', operation: 'get', successPlanId: byId(ACME_PLAN.Gsid) });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ Gsid: ACME_PLAN.Gsid, Name: 'Acme adoption plan', 'CompanyId__gr.Name': 'Acme', 'TypeId__gr.Name': 'Adoption', 'StatusId__gr.Name': 'Active' });
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/successPlan/list']);
		ctx.sandbox.clearLog();
		const many = await runGainsight(ctx.sandbox, {
			resource: 'successPlan',
			operation: 'getMany',
			returnAll: true,
			conditions: { condition: [{ field: 'CompanyId', operator: 'EQ', value: String(ACME.Gsid) }] },
			options: { select: ['Name'] },
		});
		expect(many.error).toBeUndefined();
		expect(many.items.map((out) => out.json)).toEqual([{ Gsid: ACME_PLAN.Gsid, Name: 'Acme adoption plan' }]);
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			select: ['Gsid', 'Name'],
			where: { conditions: [{ fieldName: 'CompanyId', alias: 'A', value: [ACME.Gsid], operator: 'EQ' }] },
			pageSize: 1000,
			pageNumber: 1,
		});
	});

	it('the type and status pickers read the success plan configuration', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'successPlan', operation: 'create', entityType: 'COMPANY' });
		expect((await getSuccessPlanTypeNames.call(picker)).map((option) => option.value)).toEqual(['Onboarding', 'Renewal', 'Adoption']);
		expect((await getSuccessPlanStatusNames.call(picker)).map((option) => option.value)).toEqual(['Draft', 'Active', 'Complete', 'Cancelled']);
		expect(ctx.sandbox.log[0]).toMatchObject({ path: '/v2/successPlan/admin/picklist/lite', query: { category: 'SUCCESS_PLAN_TYPE', et: 'COMPANY' } });
	});

	it('the plan and relationship locators list by name, the plan with its company', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'successPlan', operation: 'update' });
		expect((await searchSuccessPlans.call(picker, 'acme')).results).toEqual([{ name: 'Acme adoption plan (Acme)', value: ACME_PLAN.Gsid }]);
		expect(requestBodies(ctx.sandbox)[0]).toMatchObject({ where: { conditions: [{ fieldName: 'Name', operator: 'CONTAINS', value: ['acme'] }] } });
		const relationships = await searchRelationships.call(picker, 'Acme');
		expect(relationships.results.map((result) => result.value).sort()).toEqual(
			SEED_RELATIONSHIPS.filter((row) => String(row.Name).startsWith('Acme')).map((row) => row.Gsid).sort(),
		);
	});
});
