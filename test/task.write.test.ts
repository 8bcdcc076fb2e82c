import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_CTAS, SEED_TASKS, SEED_USERS } from '../sandbox';
import { calls, locatorById as ctaById, requestBodies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!; // the article's CTA, company IBM
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;
const COVID_TASK = SEED_TASKS.find((task) => task.Name === 'Covid-task1')!; // open, due 2020-06-15, on EXT_CTA
const T1 = SEED_TASKS.find((task) => task.Name === 'T1')!; // open, due 2020-05-20, same CTA
const T2 = SEED_TASKS.find((task) => task.Name === 'T2')!; // closed, same CTA

const stored = (name: string) => [...ctx.sandbox.store.tasks.values()].filter((task) => task.Name === name);
const bodies = () => requestBodies(ctx.sandbox);

/** The node's parameters for "Create" with the task fields taken from each item by expressions. */
const createFromItems = (extra: IDataObject = {}) => ({
	resource: 'task',
	operation: 'create',
	ctaId: ctaById(EXT_CTA.Gsid),
	name: '={{ $json.name }}',
	additionalFields: { OwnerEmail: '={{ $json.owner }}', DueDate: '={{ $json.due }}', status: 'New', priority: 'High', ...extra },
});

const THREE = [
	{ name: 'Kick-off call', owner: 'athakur@gainsight.com', due: '2026-05-09' },
	{ name: 'Usage review', owner: 'nobody@example.com', due: '2026-05-10' },
	{ name: 'QBR prep', owner: 'mkandagatla@gainsight.com', due: '2026-05-11T16:30:00' },
];

describe('Task › Create', () => {
	it('three tasks, the second with an unknown owner email: two created, one error on item 1, three calls', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE, continueOnFail: true });
		expect(error).toBeUndefined();

		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/task', 'POST /v2/cockpit/task', 'POST /v2/cockpit/task']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json).toMatchObject({ Name: 'Kick-off call', Gsid: stored('Kick-off call')[0].Gsid });
		expect(items[2].json).toMatchObject({ Name: 'QBR prep', DueDate: '2026-05-11', Gsid: stored('QBR prep')[0].Gsid });
		expect(items[1].json.error).toMatch(/Gainsight did not accept the task: No match found for lookup \(OwnerEmail = "?nobody@example.com"?\)/);
		expect(items[1].json.Gsid).toBeUndefined();
		expect(stored('Usage review')).toHaveLength(0);
		expect(stored('Kick-off call')[0]).toMatchObject({ OwnerId: ANKUSH.Gsid, DueDate: '2026-05-09', Priority: 'High', CtaId: EXT_CTA.Gsid });
	});

	it("sends the article's body: one request with a referenceId per item, and the owner email as an OwnerId lookup", async () => {
		await runGainsight(ctx.sandbox, createFromItems(), { items: THREE.slice(0, 1) });
		expect(bodies()[0]).toEqual({
			requests: [
				{
					record: {
						referenceId: 'n8n-item-0',
						CtaId: EXT_CTA.Gsid,
						Name: 'Kick-off call',
						OwnerEmail: 'athakur@gainsight.com',
						DueDate: '2026-05-09',
						status: 'New',
						priority: 'High',
					},
				},
			],
			lookups: {
				OwnerId: { fields: { OwnerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
			},
		});
	});

	it('without Continue On Fail, the node fails naming item 1 and, one call at a time, item 2 is not sent', async () => {
		const { error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE, credentials: { concurrency: 1 } });
		expect(error?.message).toMatch(/No match found for lookup/);
		expect(calls(ctx.sandbox)).toHaveLength(2);
		expect(stored('QBR prep')).toHaveLength(0);
	});
	it('without Continue On Fail and 4 calls at once, the node still fails on item 1; item 2 went out with it', async () => {
		const { error } = await runGainsight(ctx.sandbox, createFromItems(), { items: THREE });
		expect(JSON.stringify(error)).toMatch(/"itemIndex":1|Item 1|item 1/i);
		// the first call goes alone, then items 1 and 2 together
		expect(calls(ctx.sandbox)).toHaveLength(3);
		expect(stored('QBR prep')).toHaveLength(1);
	});


	it('finds the company by name through a company lookup; a company that is not the CTA\'s is refused on that item only', async () => {
		const ibm = SEED_COMPANIES.find((company) => company.Name === 'IBM')!;
		const { items } = await runGainsight(
			ctx.sandbox,
			{ ...createFromItems(), additionalFields: { OwnerId: ANKUSH.Gsid, CompanyName: '={{ $json.company }}' } },
			{
				items: [
					{ name: 'With IBM', company: 'IBM' },
					{ name: 'With Acme', company: 'Acme' },
					{ name: 'With Nobody', company: 'No Such Company' },
				],
				continueOnFail: true,
			},
		);
		expect(bodies()[0].lookups).toEqual({
			CompanyId: { fields: { CompanyName: 'Name' }, lookupField: 'Gsid', objectName: 'company', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
		});
		expect(stored('With IBM')[0].CompanyId).toBe(ibm.Gsid);
		expect(items[1].json.error).toMatch(/is not the company of the CTA/);
		expect(items[2].json.error).toMatch(/No match found for lookup \(CompanyName = "?No Such Company"?\)/);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(stored('With Acme')).toHaveLength(0);
	});

	it('custom fields and the user\'s own lookups go into the record and `lookups` as given', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'task',
			operation: 'create',
			ctaId: { __rl: true, mode: 'list', value: EXT_CTA.Gsid, cachedResultName: EXT_CTA.Name },
			name: 'Custom task',
			additionalFields: { OwnerId: ANKUSH.Gsid },
			customFields: { field: [{ name: 'Region__gc', value: 'EMEA' }, { name: 'ReviewerEmail', value: 'jbrown@example.com' }] },
			lookups: {
				lookup: [
					{
						targetField: 'Reviewer__gc',
						objectName: 'gsuser',
						matchFields: { match: [{ sourceField: 'ReviewerEmail', matchField: 'Email' }] },
						options: { lookupField: 'Gsid', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
					},
				],
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ Region__gc: 'EMEA' });
		const task = stored('Custom task')[0];
		expect(task.Region__gc).toBe('EMEA');
		expect(task.Reviewer__gc).toBe(SEED_USERS.find((user) => user.Email === 'jbrown@example.com')!.Gsid);
	});

	it('a bad lookup configuration (COCKPIT_9703) fails every item with the same lookups after one call, not one call each', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{
				...createFromItems(),
				lookups: {
					lookup: [
						{
							targetField: 'Reviewer',
							objectName: 'gsuser',
							matchFields: { match: [{ sourceField: 'ReviewerEmail', matchField: 'Email' }] },
							options: { lookupField: 'Gsid', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
						},
					],
				},
				customFields: { field: [{ name: 'ReviewerEmail', value: 'jbrown@example.com' }] },
			},
			{ items: THREE, continueOnFail: true },
		);
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/task']);
		expect(items).toHaveLength(3);
		for (const item of items) {
			expect(item.json).toMatchObject({ errorCode: 'COCKPIT_9703', httpCode: 400 });
			expect(item.json.error).toMatch(/invalid filter configuration/);
		}
		expect(ctx.sandbox.store.tasks.size).toBe(SEED_TASKS.length);
	});

	it.each([
		['a due date that is not YYYY-MM-DD', { DueDate: '09/05/2026' }, /Item 0: "Due Date" is not a date: "09\/05\/2026"/],
		['an impossible day', { DueDate: '2026-02-30' }, /Item 0: "Due Date" is not a date/],
		['both owner ID and owner email', { OwnerId: ANKUSH.Gsid, OwnerEmail: 'athakur@gainsight.com' }, /"Owner Email" and "Owner ID" are both set/],
		['an owner email that is not one', { OwnerEmail: 'athakur' }, /Item 0: "Owner Email" is not an email address/],
		['an owner ID with a path in it', { OwnerId: '../../v1/users/1S01B8KR0ST6J5HC5NP2R0DD' }, /Item 0: "Owner ID" may contain only letters and digits/],
	])('%s is refused before any request', async (_what, additionalFields, message) => {
		const { error } = await runGainsight(ctx.sandbox, { ...createFromItems(), name: 'Bad', additionalFields });
		expect(error?.message).toMatch(message);
		expect(ctx.sandbox.log).toHaveLength(0);
	});

	it('an empty CTA or name from an expression is refused before any request, naming the item', async () => {
		const params = { resource: 'task', operation: 'create', ctaId: ctaById('={{ $json.cta }}'), name: '={{ $json.name }}' };
		const noCta = await runGainsight(ctx.sandbox, params, { items: [{ cta: EXT_CTA.Gsid, name: 'ok' }, { cta: '', name: 'x' }] });
		expect(noCta.error?.message).toMatch(/Item 1: "CTA" is empty/);
		const noName = await runGainsight(ctx.sandbox, params, { items: [{ cta: EXT_CTA.Gsid, name: ' ' }] });
		expect(noName.error?.message).toMatch(/Item 0: "Name" is empty/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});

	it('a date from an expression (Luxon) is sent as its day', async () => {
		await runGainsight(ctx.sandbox, createFromItems({ DueDate: "={{ DateTime.fromISO('2026-07-01T23:30:00', { zone: 'America/New_York' }) }}" }), {
			items: THREE.slice(0, 1),
		});
		expect(((bodies()[0].requests as IDataObject[])[0].record as IDataObject).DueDate).toBe('2026-07-01');
	});
});

describe('Task › Update', () => {
	const update = (dueDateCriteria: string, DueDate = '2020-06-25') => ({
		resource: 'task',
		operation: 'update',
		taskId: ctaById(COVID_TASK.Gsid),
		dueDate: DueDate,
		dueDateCriteria,
		updateFields: { Name: 'Covid-task1---update1' },
	});

	it("sends the article's body: gsid, the fields and dueDateCriteria, one task a call", async () => {
		const { items, error } = await runGainsight(ctx.sandbox, update('OPEN_TASKS_AND_CTA'));
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['PUT /v2/cockpit/task']);
		expect(bodies()[0]).toEqual({
			requests: [
				{
					record: {
						referenceId: 'n8n-item-0',
						gsid: COVID_TASK.Gsid,
						dueDateCriteria: 'OPEN_TASKS_AND_CTA',
						DueDate: '2020-06-25',
						Name: 'Covid-task1---update1',
					},
				},
			],
		});
		expect(items[0].json).toEqual({ Gsid: COVID_TASK.Gsid, DueDate: '2020-06-25', Name: 'Covid-task1---update1' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it.each([
		['ALL_OPEN_TASKS', { t1: '2020-05-30', cta: EXT_CTA.DueDate }],
		['OPEN_TASKS_AND_CTA', { t1: '2020-05-30', cta: '2020-06-10' }],
		['NO', { t1: T1.DueDate, cta: EXT_CTA.DueDate }],
	])('cascade %s moves what it says (due date +10 days)', async (criteria, expected) => {
		const { error } = await runGainsight(ctx.sandbox, update(criteria));
		expect(error).toBeUndefined();
		const { tasks, ctas } = ctx.sandbox.store;
		expect(tasks.get(COVID_TASK.Gsid)!.DueDate).toBe('2020-06-25');
		expect(tasks.get(T1.Gsid)!.DueDate).toBe(expected.t1);
		expect(tasks.get(T2.Gsid)!.DueDate).toBe(T2.DueDate); // closed tasks never move
		expect(ctas.get(EXT_CTA.Gsid)!.DueDate).toBe(expected.cta);
		expect(ctx.sandbox.store.dueDateCascades).toHaveLength(1);
		expect(ctx.sandbox.store.dueDateCascades[0].criteria).toBe(criteria);
	});

	it('without a new due date no cascade is sent (it says what moves with the due date), whatever the cascade field holds', async () => {
		const { error } = await runGainsight(ctx.sandbox, { ...update('OPEN_TASKS_AND_CTA'), dueDate: '', updateFields: { Description: 'Notes only' } });
		expect(error).toBeUndefined();
		expect(bodies()[0]).toEqual({ requests: [{ record: { referenceId: 'n8n-item-0', gsid: COVID_TASK.Gsid, Description: 'Notes only' } }] });
		expect(ctx.sandbox.store.dueDateCascades).toHaveLength(0);
	});

	it("a new due date without a cascade chosen sends Gainsight's default, All Open Tasks", async () => {
		const { dueDateCriteria: _chosen, ...withoutCascade } = update('NO');
		const { error } = await runGainsight(ctx.sandbox, withoutCascade);
		expect(error).toBeUndefined();
		expect(((bodies()[0].requests as IDataObject[])[0].record as IDataObject).dueDateCriteria).toBe('ALL_OPEN_TASKS');
	});

	it('an update with no field is refused before any request', async () => {
		const { error } = await runGainsight(ctx.sandbox, { ...update('NO'), dueDate: '', updateFields: {} });
		expect(error?.message).toMatch(/Item 0: "Update Fields" sets no field/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});

	it('an unknown task is an error item with Gainsight\'s message; the next item is still updated', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{ ...update('NO'), taskId: '={{ $json.task }}' },
			{ items: [{ task: '1S032PUJRW05J6NDZ5000000000000000000' }, { task: COVID_TASK.Gsid }], continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/Task not found/);
		expect(items[1].json.Gsid).toBe(COVID_TASK.Gsid);
		expect(ctx.sandbox.store.tasks.get(COVID_TASK.Gsid)!.Name).toBe('Covid-task1---update1');
	});
});
