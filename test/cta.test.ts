/**
 * CTA resource against the sandbox: what reaches the CTA API, what comes out per item, and what the
 * sandbox holds after. Create batches 25 a call and reports each item's error on its own item; the
 * "skip if an open CTA exists" option reads once and keeps a scheduled run from opening a CTA twice.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	getCtaClosedStatusNames, getCtaPlaybooks, getCtaPriorityNames, getCtaReasonNames, getCtaStatusNames, getCtaTypeNames,
} from '../nodes/Gainsight/methods/cockpitOptions';
import { SEED_COMPANIES, SEED_CTAS, SEED_OBJECTIVES, SEED_RELATIONSHIPS, SEED_USERS, SHAPE_AXES, seedPicklist, type Cta } from '../sandbox';
import { calls, locatorById as byId, pickerContext, requestBodies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const company = (name: string) => SEED_COMPANIES.find((record) => record.Name === name)!;
const ACME = company('Acme');
const HEROKU = company('Heroku');
const KLM = company('KLM Software');
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;
const JULIA = SEED_USERS.find((user) => user.Email === 'jbrown@example.com')!;
/** Open: Heroku, Risk, Low Health Score. */
const HEROKU_RISK = SEED_CTAS.find((cta) => cta.Name === 'Renewal risk - Heroku')!;
const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
/** Company playbook for Risk CTAs, three task templates due 7, 14 and 21 days after creation. */
const RISK_PLAYBOOK = '1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA';

const OWNER_LOOKUP = { OwnerId: { fields: { OwnerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' } };

const ctas = () => [...ctx.sandbox.store.ctas.values()];
const named = (name: string) => ctas().filter((cta) => cta.Name === name);
const tasksOf = (cta: Cta) => [...ctx.sandbox.store.tasks.values()].filter((task) => task.CtaId === cta.Gsid);
const picklistName = (gsid: string | null) => (gsid ? ctx.sandbox.store.picklists.get(gsid)?.Name : undefined);

/** Create from items: company by GSID, name, owner and due date from each item. */
const create = (extra: IDataObject = {}, additionalFields: IDataObject = {}) => ({
	resource: 'cta',
	operation: 'create',
	entityType: 'COMPANY',
	companyId: byId('={{ $json.company }}'),
	name: '={{ $json.name }}',
	type: 'Risk',
	reason: 'Low Health Score',
	priority: 'High',
	additionalFields: { OwnerEmail: '={{ $json.owner }}', DueDate: '2026-06-30', ...additionalFields },
	...extra,
});

const item = (co: { Gsid?: unknown }, name: string, owner = 'athakur@gainsight.com') => ({ company: co.Gsid, name, owner });

describe('CTA › Create', () => {
	it("sends the items in one requests[] call with a referenceId each, names for type, reason and priority, and the owner's email as a lookup", async () => {
		const { items, error } = await runGainsight(ctx.sandbox, create({}, { PlaybookId: RISK_PLAYBOOK, Comments: 'Health dropped' }), {
			items: [item(ACME, 'Acme health drop'), item(KLM, 'KLM health drop', 'jbrown@example.com')],
		});
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta']);
		const record = (itemIndex: number, CompanyId: unknown, Name: string, OwnerEmail: string) => ({
			record: {
				referenceId: `n8n-item-${itemIndex}`, CompanyId, Name, type: 'Risk', reason: 'Low Health Score', priority: 'High', OwnerEmail,
				DueDate: '2026-06-30', PlaybookId: RISK_PLAYBOOK, Comments: 'Health dropped',
			},
		});
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			requests: [record(0, ACME.Gsid, 'Acme health drop', 'athakur@gainsight.com'), record(1, KLM.Gsid, 'KLM health drop', 'jbrown@example.com')],
			lookups: OWNER_LOOKUP,
		});
		const [acme] = named('Acme health drop');
		expect(items.map((out) => out.json.Gsid)).toEqual([acme.Gsid, named('KLM health drop')[0].Gsid]);
		expect(items.map((out) => out.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(acme).toMatchObject({ CompanyId: ACME.Gsid, OwnerId: ANKUSH.Gsid, DueDate: '2026-06-30', IsClosed: false, PlaybookId: RISK_PLAYBOOK, Comments: 'Health dropped' });
		expect([picklistName(acme.TypeId), picklistName(acme.ReasonId), picklistName(acme.PriorityId), picklistName(acme.StatusId)]).toEqual(['Risk', 'Low Health Score', 'High', 'New']);
		// the playbook's tasks came with it, owned by the CTA's owner
		expect(tasksOf(acme).map((task) => [task.Name, task.OwnerId, task.PlaybookId])).toEqual([
			['Call the sponsor', ANKUSH.Gsid, RISK_PLAYBOOK],
			['Escalate internally', ANKUSH.Gsid, RISK_PLAYBOOK],
			['Recovery plan', ANKUSH.Gsid, RISK_PLAYBOOK],
		]);
		expect(tasksOf(named('KLM health drop')[0]).every((task) => task.OwnerId === JULIA.Gsid)).toBe(true);
	});

	describe.each(SHAPE_AXES.batch)('a batch with one bad item (sandbox batch shape %s)', (batch) => {
		it('writes the others and puts the error on that item only, in one call', async () => {
			ctx.sandbox.configure({ shapes: { batch } });
			const { items, error } = await runGainsight(ctx.sandbox, create(), {
				items: [item(ACME, 'Good 1'), item(HEROKU, 'Bad owner', 'nobody@example.com'), item(KLM, 'Good 2')],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta']);
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({ Name: 'Good 1', Gsid: named('Good 1')[0].Gsid });
			expect(items[2].json).toMatchObject({ Name: 'Good 2', Gsid: named('Good 2')[0].Gsid });
			expect(items[1].json.error).toMatch(/Gainsight did not accept the CTA: No match found for lookup \(OwnerEmail = "?nobody@example.com"?\)/);
			expect(items.map((out) => out.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(named('Bad owner')).toHaveLength(0);
		});
	});

	it('without Continue On Fail the node fails naming the bad item, and says what it already wrote', async () => {
		const { error } = await runGainsight(ctx.sandbox, create(), { items: [item(ACME, 'Good 1'), item(HEROKU, 'Bad owner', 'nobody@example.com')] });
		expect(error?.message).toMatch(/No match found for lookup.*\(1 of 2 items were written before it\)/);
		expect(named('Good 1')).toHaveLength(1);
	});

	it('sends 25 CTAs a call: 30 items are 2 calls', async () => {
		const many = Array.from({ length: 30 }, (_, index) => item(SEED_COMPANIES[index % 5], `Bulk ${index}`));
		const { items, error } = await runGainsight(ctx.sandbox, create(), { items: many });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta', 'POST /v2/cockpit/cta']);
		expect(requestBodies(ctx.sandbox).map((body) => (body.requests as unknown[]).length)).toEqual([25, 5]);
		expect(items).toHaveLength(30);
		expect(ctas().filter((cta) => cta.Name.startsWith('Bulk '))).toHaveLength(30);
	});

	it('a relationship CTA sends RelationshipId and EntityType, and takes the relationship\'s company', async () => {
		const relationship = SEED_RELATIONSHIPS[0];
		const { error } = await runGainsight(ctx.sandbox, {
			...create(),
			entityType: 'RELATIONSHIP',
			relationshipId: byId(String(relationship.Gsid)),
			companyId: undefined,
		}, { items: [item(ACME, 'Relationship risk')] });
		expect(error).toBeUndefined();
		const record = ((requestBodies(ctx.sandbox)[0].requests as IDataObject[])[0].record as IDataObject);
		expect(record).toMatchObject({ EntityType: 'RELATIONSHIP', RelationshipId: relationship.Gsid });
		expect(record.CompanyId).toBeUndefined();
		expect(named('Relationship risk')[0]).toMatchObject({ EntityType: 'RELATIONSHIP', RelationshipId: relationship.Gsid, CompanyId: relationship.CompanyId });
	});

	it.each([
		['no type', { type: '={{ $json.none }}' }, {}, /Item 0: "Type" is empty/],
		['a due date that is not one', {}, { DueDate: '31/12/2026' }, /Item 0: "Due Date" is not a date/],
		['both owner ID and owner email', {}, { OwnerId: ANKUSH.Gsid }, /"Owner Email" and "Owner ID" are both set/],
		['a company GSID with a path in it', { companyId: byId('={{ "../v1/users" }}') }, {}, /Item 0: "Company" may contain only letters and digits/],
	])('%s is refused before any request', async (_what, extra, additionalFields, message) => {
		const { error } = await runGainsight(ctx.sandbox, create(extra, additionalFields), { items: [item(ACME, 'Bad')] });
		expect(error?.message).toMatch(message);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});

describe('CTA › Create and Update › Lookups', () => {
	const managerLookup = {
		lookup: [{ targetField: 'OwnerId', objectName: 'gsuser', matchFields: { match: [{ sourceField: 'ManagerEmail', matchField: 'Email' }] }, options: { lookupField: 'Gsid' } }],
	};

	it('your own lookup rows go with the CTAs, in the article\'s lookups shape, and fill the field', async () => {
		const { error } = await runGainsight(ctx.sandbox, {
			...create({ customFields: { field: [{ name: 'ManagerEmail', value: '={{ $json.manager }}' }] }, lookups: managerLookup }),
			additionalFields: { DueDate: '2026-06-30' },
		}, { items: [{ company: ACME.Gsid, name: 'Looked-up owner', manager: JULIA.Email }] });
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0].lookups).toEqual({
			OwnerId: { fields: { ManagerEmail: 'Email' }, lookupField: 'Gsid', objectName: 'gsuser', multiMatchOption: 'FIRSTMATCH', onNoMatch: 'ERROR' },
		});
		expect(named('Looked-up owner')[0].OwnerId).toBe(JULIA.Gsid);
	});

	it('Update takes them too', async () => {
		const { error } = await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'update', ctaId: byId(HEROKU_RISK.Gsid), customFields: { field: [{ name: 'ManagerEmail', value: JULIA.Email }] }, lookups: managerLookup,
		});
		expect(error).toBeUndefined();
		expect(ctx.sandbox.store.ctas.get(HEROKU_RISK.Gsid)!.OwnerId).toBe(JULIA.Gsid);
	});
});

describe('CTA › Create › skip if an open CTA exists', () => {
	const skipping = () => create({ options: { skipIfOpen: true } });
	const RUN = [
		item(HEROKU, 'Heroku again'), // Heroku has an open Risk / Low Health Score CTA
		item(ACME, 'Acme first'),
		item(ACME, 'Acme second'), // same company, type and reason as the item before
		item(KLM, 'KLM again'), // KLM's Risk / Low Health Score CTA is closed
	];

	it('one read for the batch; the item with an open twin and the later duplicate are skipped and marked, the others created', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, skipping(), { items: RUN });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta/list', 'POST /v2/cockpit/cta']);
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			select: ['Gsid', 'CompanyId', 'RelationshipId', 'TypeId__gr.Name', 'ReasonId__gr.Name'],
			where: {
				conditions: [
					{ fieldName: 'IsClosed', alias: 'A', value: [false], operator: 'EQ' },
					{ fieldName: 'CompanyId', alias: 'B', value: [HEROKU.Gsid], operator: 'EQ' },
					{ fieldName: 'CompanyId', alias: 'C', value: [ACME.Gsid], operator: 'EQ' },
					{ fieldName: 'CompanyId', alias: 'D', value: [KLM.Gsid], operator: 'EQ' },
				],
				expression: 'A AND (B OR C OR D)',
			},
			pageSize: 1000,
			pageNumber: 1,
		});
		expect((requestBodies(ctx.sandbox)[1].requests as IDataObject[]).map((request) => (request.record as IDataObject).Name)).toEqual(['Acme first', 'KLM again']);
		expect(items.map((out) => out.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(items[0].json).toMatchObject({ skipped: true, existingCtaId: HEROKU_RISK.Gsid, Name: 'Heroku again' });
		expect(items[1].json).toMatchObject({ Gsid: named('Acme first')[0].Gsid });
		expect(items[2].json).toMatchObject({ skipped: true, duplicateOfItem: 1, existingCtaId: named('Acme first')[0].Gsid });
		expect(items[3].json.Gsid).toBe(named('KLM again')[0].Gsid);
		expect(named('Heroku again')).toHaveLength(0);
		expect(named('Acme second')).toHaveLength(0);
	});

	it('the same run an hour later opens nothing: one read, no create, every item skipped', async () => {
		await runGainsight(ctx.sandbox, skipping(), { items: RUN });
		const before = ctas().length;
		ctx.sandbox.clearLog();
		const { items, error } = await runGainsight(ctx.sandbox, skipping(), { items: RUN });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta/list']);
		expect(items.every((out) => out.json.skipped === true)).toBe(true);
		expect(ctas()).toHaveLength(before);
	});

	it('a different reason is not a duplicate', async () => {
		const { items } = await runGainsight(ctx.sandbox, { ...skipping(), reason: 'Budget' }, { items: [item(HEROKU, 'Heroku budget')] });
		expect(items[0].json.skipped).toBeUndefined();
		expect(named('Heroku budget')).toHaveLength(1);
	});

	it('without the option a duplicate is created (the sandbox, like the API as documented, allows it)', async () => {
		await runGainsight(ctx.sandbox, create(), { items: [item(HEROKU, 'Heroku again')] });
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta']);
		expect(named('Heroku again')).toHaveLength(1);
	});
});

describe('CTA › Update and Close', () => {
	async function acmeWithPlaybook(): Promise<Cta> {
		const { error } = await runGainsight(ctx.sandbox, create({}, { PlaybookId: RISK_PLAYBOOK }), { items: [item(ACME, 'Acme recovery')] });
		expect(error).toBeUndefined();
		ctx.sandbox.clearLog();
		return named('Acme recovery')[0];
	}

	it('sends the CTA by Gsid with the fields changed; no cascade key unless one is chosen', async () => {
		const cta = await acmeWithPlaybook();
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'update', ctaId: byId(cta.Gsid), updateFields: { status: 'Work In Progress', Comments: 'Called the sponsor' },
		});
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['PUT /v2/cockpit/cta']);
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			requests: [{ record: { referenceId: 'n8n-item-0', Gsid: cta.Gsid, status: 'Work In Progress', Comments: 'Called the sponsor' } }],
		});
		expect(items[0].json).toEqual({ Gsid: cta.Gsid, 'StatusId__gr.Name': 'Work In Progress', Comments: 'Called the sponsor' });
		expect(picklistName(named('Acme recovery')[0].StatusId)).toBe('Work In Progress');
	});

	it.each([
		['ALL_OPEN_TASKS', 10],
		['NO', 0],
	])('due date cascade %s moves the open tasks by the same days (%i)', async (criteria, days) => {
		const cta = await acmeWithPlaybook();
		const before = tasksOf(cta).map((task) => task.DueDate);
		const { error } = await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'update', ctaId: byId(cta.Gsid), dueDate: '2026-07-10', dueDateCriteria: criteria,
		});
		expect(error).toBeUndefined();
		expect(((requestBodies(ctx.sandbox)[0].requests as IDataObject[])[0].record as IDataObject).dueDateCriteria).toBe(criteria);
		const shift = (day: string) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
		expect(tasksOf(named('Acme recovery')[0]).map((task) => task.DueDate)).toEqual(before.map(shift));
	});

	it('a cascade is sent only with what it cascades: none without a new due date or owner, none unless one is chosen', async () => {
		const cta = await acmeWithPlaybook();
		await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'update', ctaId: byId(cta.Gsid), dueDateCriteria: 'ALL_OPEN_TASKS', updateFields: { Comments: 'No move' }, options: { ownerCriteria: 'OWNER' },
		});
		await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'update', ctaId: byId(cta.Gsid), dueDate: '2026-07-20' });
		const records = requestBodies(ctx.sandbox).map((body) => (body.requests as IDataObject[])[0].record as IDataObject);
		expect(records).toEqual([
			{ referenceId: 'n8n-item-0', Gsid: cta.Gsid, Comments: 'No move' },
			{ referenceId: 'n8n-item-0', Gsid: cta.Gsid, DueDate: '2026-07-20' },
		]);
	});

	it('owner cascade: the tasks of the previous owner go to the new one', async () => {
		const cta = await acmeWithPlaybook();
		const { error } = await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'update', ctaId: byId(cta.Gsid), updateFields: { OwnerEmail: 'jbrown@example.com' }, options: { ownerCriteria: 'OWNER' },
		});
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0].lookups).toEqual(OWNER_LOOKUP);
		expect(named('Acme recovery')[0].OwnerId).toBe(JULIA.Gsid);
		expect(tasksOf(cta).every((task) => task.OwnerId === JULIA.Gsid)).toBe(true);
	});

	it('an update of an unknown CTA fails that item; an empty update is refused before any request', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'cta', operation: 'update', ctaId: byId('={{ $json.cta }}'), updateFields: { Comments: 'x' } },
			{ items: [{ cta: EXT_CTA.Gsid }, { cta: '1S01000000000000000000000000000000ZZ' }], continueOnFail: true },
		);
		expect(items[0].json.Gsid).toBe(EXT_CTA.Gsid);
		expect(items[1].json.error).toMatch(/CTA not found/);
		ctx.sandbox.clearLog();
		const empty = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'update', ctaId: byId(EXT_CTA.Gsid), updateFields: {} });
		expect(empty.error?.message).toMatch(/Item 0: "Update Fields" sets no field/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});

	it('Close sets a closed status (and a closing comment): the CTA is closed', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'cta', operation: 'close', ctaId: byId(HEROKU_RISK.Gsid), status: 'Closed Lost', Comments: 'Churned',
		});
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			requests: [{ record: { referenceId: 'n8n-item-0', Gsid: HEROKU_RISK.Gsid, status: 'Closed Lost', Comments: 'Churned' } }],
		});
		expect(items[0].json).toEqual({ Gsid: HEROKU_RISK.Gsid, 'StatusId__gr.Name': 'Closed Lost', Comments: 'Churned' });
		const closed = ctx.sandbox.store.ctas.get(HEROKU_RISK.Gsid)!;
		expect(closed.IsClosed).toBe(true);
		expect(closed.ClosedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(picklistName(closed.StatusId)).toBe('Closed Lost');
	});
});

describe('CTA › Get and Get Many', () => {
	it('Get reads the CTA list with Gsid EQ and the default fields, names through __gr', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'get', ctaId: byId(HEROKU_RISK.Gsid) });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta/list']);
		expect(requestBodies(ctx.sandbox)[0]).toMatchObject({
			where: { conditions: [{ fieldName: 'Gsid', alias: 'A', value: [HEROKU_RISK.Gsid], operator: 'EQ' }], expression: 'A' },
			pageSize: 1,
			pageNumber: 1,
		});
		expect(items[0].json).toMatchObject({
			Gsid: HEROKU_RISK.Gsid, Name: 'Renewal risk - Heroku', 'CompanyId__gr.Name': 'Heroku', 'TypeId__gr.Name': 'Risk',
			'ReasonId__gr.Name': 'Low Health Score', 'StatusId__gr.Name': 'Work In Progress', IsClosed: false,
		});
	});

	it('Get of a GSID that no CTA has is an error item', async () => {
		const { items } = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'get', ctaId: byId('1S01000000000000000000000000000000ZZ') }, { continueOnFail: true });
		expect(items[0].json).toMatchObject({ error: expect.stringMatching(/No CTA has the GSID/), httpCode: 404 });
	});

	it('Get Many sends the conditions with fieldName and an expression', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, {
			resource: 'cta',
			operation: 'getMany',
			returnAll: true,
			conditions: { condition: [{ field: 'TypeId__gr.Name', operator: 'EQ', value: 'Risk' }, { field: 'IsClosed', operator: 'EQ', value: 'false' }] },
			expression: 'A AND B',
			options: { select: ['Name', 'CompanyId__gr.Name'] },
		});
		expect(error).toBeUndefined();
		expect(requestBodies(ctx.sandbox)[0]).toEqual({
			select: ['Gsid', 'Name', 'CompanyId__gr.Name'],
			where: {
				conditions: [
					{ fieldName: 'TypeId__gr.Name', alias: 'A', value: ['Risk'], operator: 'EQ' },
					{ fieldName: 'IsClosed', alias: 'B', value: ['false'], operator: 'EQ' },
				],
				expression: 'A AND B',
			},
			pageSize: 1000,
			pageNumber: 1,
		});
		expect(items.map((out) => out.json.Name).sort()).toEqual(['Ext. API 12.31', 'Renewal risk - Heroku']);
	});

	it('Return All pages past 1,000 by pageNumber; a Limit asks for just that many', async () => {
		for (let n = 0; n < 1200; n++) {
			const gsid = `1S01PAGE${String(n).padStart(28, '0')}`;
			ctx.sandbox.store.ctas.set(gsid, { ...EXT_CTA, Gsid: gsid, Name: `Paged ${n}` });
		}
		const total = SEED_CTAS.length + SEED_OBJECTIVES.length + 1200;
		const { items, error } = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'getMany', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(total);
		expect(requestBodies(ctx.sandbox).map((body) => [body.pageSize, body.pageNumber])).toEqual([[1000, 1], [1000, 2]]);
		ctx.sandbox.clearLog();
		const limited = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'getMany', limit: 50 });
		expect(limited.items).toHaveLength(50);
		expect(requestBodies(ctx.sandbox).map((body) => [body.pageSize, body.pageNumber])).toEqual([[50, 1]]);
	});

	it('a field the CTA list does not know is COCKPIT_5101, with its advice', async () => {
		const { error } = await runGainsight(ctx.sandbox, { resource: 'cta', operation: 'getMany', limit: 5, options: { select: ['NoSuchField'] } });
		expect(error?.message).toMatch(/COCKPIT_5101/);
		expect((error as { description?: string }).description).toMatch(/A selected field does not exist/);
	});
});

describe('CTA › pickers from the tenant configuration', () => {
	it('types (not Objective), reasons of the chosen type, statuses, closed statuses, priorities, playbooks of the type', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'cta', operation: 'create', entityType: 'COMPANY', type: 'Expansion' });
		const names = async (method: () => Promise<Array<{ value: unknown }>>) => (await method()).map((option) => option.value);
		expect(await names(() => getCtaTypeNames.call(picker))).toEqual(['Risk', 'Expansion', 'Lifecycle', 'Activity']);
		expect(await names(() => getCtaReasonNames.call(picker))).toEqual(['Upsell', 'Cross-sell']);
		expect(await names(() => getCtaStatusNames.call(picker))).toEqual(['New', 'Open', 'Work In Progress', 'Closed Success', 'Closed Lost']);
		expect(await names(() => getCtaClosedStatusNames.call(picker))).toEqual(['Closed Success', 'Closed Lost']);
		expect(await names(() => getCtaPriorityNames.call(picker))).toEqual(['Low', 'Medium', 'High']);
		expect(ctx.sandbox.log[0]).toMatchObject({ method: 'GET', path: '/v2/cockpit/admin/picklist/lite', query: { category: 'CTA_TYPE', et: 'COMPANY' } });
		const playbooks = await getCtaPlaybooks.call(picker);
		expect(playbooks.map((option) => option.name)).toEqual(expect.arrayContaining(['NPS® Promoter (Expansion)', 'Company All PB (ALL_CTA_TYPE)']));
		expect(playbooks.map((option) => option.name).some((name) => name.includes('(Risk)'))).toBe(false);
		expect(ctx.sandbox.log.at(-1)).toMatchObject({ path: '/v2/cockpit/admin/playbook', query: { active: 'true', et: 'COMPANY', type: 'Expansion' } });
	});

	it('an inactive status is not offered, and a reason is checked against the type by the API', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'cta', operation: 'create', entityType: 'COMPANY' });
		expect((await getCtaStatusNames.call(picker)).map((option) => option.value)).not.toContain('Retired Status');
		const { items } = await runGainsight(ctx.sandbox, { ...create(), reason: 'Upsell' }, { items: [item(ACME, 'Wrong reason')], continueOnFail: true });
		expect(items[0].json.error).toMatch(/Invalid reason Upsell for type Risk/);
		expect(seedPicklist('CTA_REASON', 'Upsell', 'Expansion').Name).toBe('Upsell');
	});
});
