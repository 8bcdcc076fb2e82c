import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_CTAS, SEED_GOALS, SEED_GOAL_TEMPLATES, SEED_METRICS, SEED_SUCCESS_PLANS, SEED_USERS } from '../sandbox';
import { getGoalTemplates, getWritableFields } from '../nodes/Gainsight/methods/loadOptions';
import { searchGoals } from '../nodes/Gainsight/methods/listSearch';
import { calls, locatorById as byId, pickerContext, requestBodies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const company = (name: string) => SEED_COMPANIES.find((row) => row.Name === name)!;
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;
const ADOPTION = SEED_GOAL_TEMPLATES[0];
const WAU_GOAL = SEED_GOALS[0]; // Acme, 2 metrics
const stored = (name: string) => [...ctx.sandbox.store.goals.values()].filter((goal) => goal.Name === name);
const bodies = () => requestBodies(ctx.sandbox);

/** Create with name, status and company name taken from each item. */
const createFromItems = (additionalFields: IDataObject = {}) => ({
	resource: 'goal',
	operation: 'create',
	name: '={{ $json.name }}',
	status: '={{ $json.status }}',
	additionalFields: { CompanyName: '={{ $json.company }}', DueDate: '={{ $json.due }}', ...additionalFields },
});

const THREE = [
	{ name: 'Grow seats', status: 'Not Started', company: 'IBM', due: '2026-09-30' },
	{ name: 'Win back', status: 'In Progress', company: 'No Such Company', due: '2026-10-31' },
	{ name: 'Renew early', status: 'At Risk', company: 'Heroku', due: '2026-11-30T12:00:00' },
];

describe('Goal › Create', () => {
	it('three goals by company name, the second with a company that does not exist: two created, a clear error on item 1 only', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(Array(3).fill('POST /v1/csgoal/external/create'));
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json).toMatchObject({ Gsid: stored('Grow seats')[0].Gsid, Name: 'Grow seats', Status: 'Not Started', TargetDate: '2026-09-30' });
		expect(items[1].json.error).toMatch(/Gainsight did not accept the goal: No match found for lookup \(CompanyName = "?No Such Company"?\)/);
		expect(items[1].json.Gsid).toBeUndefined();
		expect(stored('Win back')).toHaveLength(0);
		// A tenant's own status name, given by expression, is sent as is.
		expect(stored('Renew early')[0]).toMatchObject({ Status: 'At Risk', CompanyId: company('Heroku').Gsid, TargetDate: '2026-11-30' });
		expect(stored('Grow seats')[0].CompanyId).toBe(company('IBM').Gsid);
	});

	it("sends the article's body: one goal a call, a referenceId, the record, the association and a CompanyId lookup", async () => {
		const cta = SEED_CTAS[0];
		const [planA, planB] = SEED_SUCCESS_PLANS;
		await runGainsight(
			ctx.sandbox,
			createFromItems({
				Description: 'Seats from 500 to 900',
				EntityType: 'COMPANY',
				OwnerEmail: 'athakur@gainsight.com',
				TemplateId: ADOPTION.id,
				associatedCtaIds: cta.Gsid,
				associatedSuccessPlanIds: `${planA.Gsid}, ${planB.Gsid}`,
			}),
			{ items: THREE.slice(0, 1) },
		);
		expect(bodies()).toEqual([
			{
				requests: [
					{
						record: {
							referenceId: 'n8n-item-0',
							Name: 'Grow seats',
							StatusName: 'Not Started',
							CompanyName: 'IBM',
							DueDate: '2026-09-30',
							Description: 'Seats from 500 to 900',
							EntityType: 'COMPANY',
							OwnerEmail: 'athakur@gainsight.com',
							TemplateId: ADOPTION.id,
						},
						association: { CTA: [cta.Gsid], SP: [planA.Gsid, planB.Gsid] },
					},
				],
				lookups: {
					OwnerId: { fields: { OwnerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
					CompanyId: { fields: { CompanyName: 'Name' }, lookupField: 'Gsid', objectName: 'company', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
				},
			},
		]);
		expect(stored('Grow seats')[0]).toMatchObject({ OwnerId: ANKUSH.Gsid, TemplateId: ADOPTION.id, Associations: { CTA: [cta.Gsid], SP: [planA.Gsid, planB.Gsid] } });
	});

	it('without Continue On Fail, the node fails on the missing company of item 1 and, one call at a time, item 2 is not sent', async () => {
		const { error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE, credentials: { concurrency: 1 } });
		expect(error?.message).toMatch(/No match found for lookup \(CompanyName = "?No Such Company"?\)/);
		expect(calls(ctx.sandbox)).toHaveLength(2);
		expect(stored('Renew early')).toHaveLength(0);
	});
	it('without Continue On Fail and 4 calls at once, the node still fails on item 1; item 2 went out with it', async () => {
		const { error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE });
		expect(JSON.stringify(error)).toMatch(/"itemIndex":1|Item 1|item 1/i);
		// the first call goes alone, then items 1 and 2 together
		expect(calls(ctx.sandbox)).toHaveLength(3);
		expect(stored('Renew early')).toHaveLength(1);
	});


	it('company by GSID and custom __gc fields go into the record; no lookups are sent when none is needed', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'goal',
			operation: 'create',
			name: 'Custom goal',
			status: 'Achieved',
			additionalFields: { CompanyId: company('Acme').Gsid },
			customFields: { field: [{ name: 'Region__gc', value: 'EMEA' }] },
		});
		expect(error).toBeUndefined();
		expect(bodies()[0]).toEqual({
			requests: [{ record: { referenceId: 'n8n-item-0', Name: 'Custom goal', StatusName: 'Achieved', CompanyId: company('Acme').Gsid, Region__gc: 'EMEA' } }],
		});
		expect(items[0].json).toMatchObject({ Gsid: stored('Custom goal')[0].Gsid, Region__gc: 'EMEA' });
		expect(stored('Custom goal')[0].Region__gc).toBe('EMEA');
	});

	it('a status the tenant does not have is refused by Gainsight on that item, naming the status', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			createFromItems(),
			{ items: [THREE[0], { ...THREE[2], status: 'Abandoned' }], continueOnFail: true },
		);
		expect(items[0].json.Gsid).toBeDefined();
		expect(items[1].json.error).toMatch(/Invalid status: "?Abandoned"?/);
		expect(items[1].json.errorCode).toBe('GOAL_1002');
	});

	it.each([
		['no company', { name: 'G', status: 'Not Started' }, {}, /Item 0: "Company ID" is not set/],
		['an empty name', { name: ' ', status: 'Not Started' }, { CompanyId: company('Acme').Gsid }, /Item 0: "Name" is empty/],
		['a bad due date', { name: 'G', status: 'Missed' }, { CompanyId: company('Acme').Gsid, DueDate: 'next week' }, /Item 0: "Due Date" is not a date/],
		['a bad CTA GSID', { name: 'G', status: 'Missed' }, { CompanyId: company('Acme').Gsid, associatedCtaIds: 'abc' }, /Item 0: "Associated CTA IDs › 1"/],
		['both owner id and email', { name: 'G', status: 'Missed' }, { CompanyId: company('Acme').Gsid, OwnerId: ANKUSH.Gsid, OwnerEmail: 'a@b.co' }, /"Owner Email" and "Owner ID" are both set/],
	])('refuses %s before any request', async (_case, item, additionalFields, message) => {
		const { error } = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'create', ...item, additionalFields });
		expect(error?.message).toMatch(message);
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('a bad item under Continue On Fail is an error item; the good items are still created', async () => {
		const { items } = await runGainsight(ctx.sandbox, createFromItems(), {
			items: [{ ...THREE[0], due: 'soon' }, THREE[2]],
			continueOnFail: true,
		});
		expect(items[0].json.error).toMatch(/Item 0: "Due Date" is not a date/);
		expect(items[1].json.Gsid).toBe(stored('Renew early')[0].Gsid);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/csgoal/external/create']);
	});
});

describe('Goal › Get, Update, Search', () => {
	it('gets a goal by GSID', async () => {
		const { items } = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'get', goalId: byId(WAU_GOAL.Gsid) });
		expect(calls(ctx.sandbox)).toEqual([`GET /v1/goals/${WAU_GOAL.Gsid}`]);
		expect(items[0].json).toMatchObject({ Gsid: WAU_GOAL.Gsid, Name: WAU_GOAL.Name, CompanyName: 'Acme' });
	});

	it("updates with 004's GoalInput body (Status, TargetDate) and outputs the goal Gainsight answers", async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'goal',
			operation: 'update',
			goalId: byId(WAU_GOAL.Gsid),
			updateFields: { Status: 'Achieved', TargetDate: '2026-01-15T09:00:00', OwnerId: ANKUSH.Gsid },
		});
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([`PUT /v1/goals/${WAU_GOAL.Gsid}`]);
		expect(bodies()[0]).toEqual({ Status: 'Achieved', TargetDate: '2026-01-15', OwnerId: ANKUSH.Gsid });
		expect(items[0].json).toMatchObject({ Gsid: WAU_GOAL.Gsid, Status: 'Achieved', TargetDate: '2026-01-15', OwnerId: ANKUSH.Gsid });
	});

	it('an update with no field, or a bad goal GSID, is refused before any request', async () => {
		const none = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'update', goalId: byId(WAU_GOAL.Gsid), updateFields: {} });
		expect(none.error?.message).toMatch(/Item 0: "Update Fields" sets no field/);
		const bad = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'get', goalId: byId('={{ $json.id }}') }, { items: [{ id: 'nope' }] });
		expect(bad.error?.message).toMatch(/Item 0: "Goal"/);
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('an unknown goal is an error on its item only', async () => {
		const missing = `${WAU_GOAL.Gsid.slice(0, -4)}ZZZZ`;
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'goal', operation: 'get', goalId: '={{ $json.id }}' },
			{ items: [{ id: missing }, { id: WAU_GOAL.Gsid }], continueOnFail: true },
		);
		expect(items[0].json.error).toBeDefined();
		expect(items[1].json.Gsid).toBe(WAU_GOAL.Gsid);
	});

	it('search pages with limit/offset until a short page under Return All', async () => {
		const template = ctx.sandbox.store.goals.get(WAU_GOAL.Gsid)!;
		for (let index = 0; index < 2100; index++) {
			const gsid = ctx.sandbox.store.ids.next('goal');
			ctx.sandbox.store.goals.set(gsid, { ...template, Gsid: gsid, Name: `Bulk goal ${index}`, Status: 'Missed' });
		}
		const { items } = await runGainsight(ctx.sandbox, {
			resource: 'goal',
			operation: 'search',
			returnAll: true,
			conditions: { condition: [{ field: 'Status', operator: 'EQ', value: 'Missed' }] },
		});
		expect(items).toHaveLength(2100);
		expect(calls(ctx.sandbox)).toEqual(Array(3).fill('POST /v1/goals/search'));
		expect(bodies().map((body) => [body.limit, body.offset])).toEqual([
			[1000, 0],
			[1000, 1000],
			[1000, 2000],
		]);
		expect(bodies()[0].where).toMatchObject({ conditions: [{ name: 'Status', operator: 'EQ', value: ['Missed'] }] });
	});

	it('search with a limit stops there; fields to return and sort are sent as chosen', async () => {
		const { items } = await runGainsight(ctx.sandbox, {
			resource: 'goal',
			operation: 'search',
			limit: 2,
			options: { select: ['Name', 'Status'], sort: { order: [{ field: 'Name', direction: 'desc' }] } },
		});
		expect(items.map((item) => item.json)).toEqual([
			{ Name: 'Renewal readiness', Status: 'Not Started' },
			{ Name: 'Increase weekly active users', Status: 'In Progress' },
		]);
		expect(bodies()).toEqual([{ select: ['Name', 'Status'], orderBy: { Name: 'desc' }, limit: 2, offset: 0 }]);
	});
});

describe('Goal › Templates and Metrics', () => {
	it('lists the active templates, or all of them', async () => {
		const active = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'getTemplates' });
		expect(active.items.map((item) => item.json.name)).toEqual(SEED_GOAL_TEMPLATES.filter((t) => t.isActive).map((t) => t.name));
		const all = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'getTemplates', includeInactive: true });
		expect(all.items).toHaveLength(SEED_GOAL_TEMPLATES.length);
		expect(calls(ctx.sandbox)).toEqual(['GET /v1/goals/templates', 'GET /v1/goals/templates']);
	});

	it("lists a goal's metrics, one item each", async () => {
		const { items } = await runGainsight(ctx.sandbox, { resource: 'goal', operation: 'getMetrics', goalId: byId(WAU_GOAL.Gsid) });
		expect(calls(ctx.sandbox)).toEqual([`GET /v1/goals/${WAU_GOAL.Gsid}/metrics`]);
		expect(items.map((item) => item.json.Name)).toEqual(SEED_METRICS.filter((m) => m.GoalId === WAU_GOAL.Gsid).map((m) => m.Name));
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it("adds a metric with 004's GoalMetricInput body; numbers given as text are read as numbers", async () => {
		const { items, error } = await runGainsight(
			ctx.sandbox,
			{
				resource: 'goal',
				operation: 'addMetric',
				goalId: byId(WAU_GOAL.Gsid),
				metricName: 'Seats used',
				targetValue: '={{ $json.target }}',
				additionalFields: { CurrentValue: 412, Unit: 'seats' },
			},
			{ items: [{ target: '900' }] },
		);
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([`POST /v1/goals/${WAU_GOAL.Gsid}/metrics`]);
		expect(bodies()[0]).toEqual({ Name: 'Seats used', TargetValue: 900, CurrentValue: 412, Unit: 'seats' });
		expect(items[0].json).toMatchObject({ Name: 'Seats used', GoalId: WAU_GOAL.Gsid, TargetValue: 900, CurrentValue: 412, Unit: 'seats' });
	});

	it('a target value that is not a number is refused before any request', async () => {
		const { error } = await runGainsight(
			ctx.sandbox,
			{ resource: 'goal', operation: 'addMetric', goalId: byId(WAU_GOAL.Gsid), metricName: 'X', targetValue: '={{ $json.target }}' },
			{ items: [{ target: 'lots' }] },
		);
		expect(error?.message).toMatch(/Item 0: "Target Value" must be a number/);
		expect(calls(ctx.sandbox)).toEqual([]);
	});
});

describe('Goal pickers', () => {
	it('the template picker lists active templates by name with their category', async () => {
		const options = await getGoalTemplates.call(pickerContext(ctx.sandbox, { resource: 'goal', operation: 'create' }));
		expect(options).toContainEqual({ name: 'Adoption Goal (Adoption)', value: ADOPTION.id, description: ADOPTION.description });
		expect(options.map((option) => option.name)).not.toContain('Legacy Onboarding (Onboarding)');
	});

	it('the goal locator searches goals on Name; custom field pickers describe cs_goal', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'goal', operation: 'create' });
		const found = await searchGoals.call(picker, 'weekly');
		expect(found.results).toEqual([{ name: `${WAU_GOAL.Name} (Acme)`, value: WAU_GOAL.Gsid }]);
		await getWritableFields.call(picker);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/goals/search', 'GET /v1/meta/services/objects/cs_goal/describe']);
	});
});
