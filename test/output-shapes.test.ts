/**
 * One record shape per resource: what a write outputs for a record uses the keys the resource's
 * reads output for the same record, with the same values, so `{{ $json.Status }}` after a create
 * means what it means after a get. Each case writes one record, reads it back, and compares.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_CTAS, SEED_RELATIONSHIP_TYPES, SEED_USERS } from '../sandbox';
import { definedColumns, locatorById as byId, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const ACME_GSID = String(SEED_COMPANIES.find((company) => company.Name === 'Acme')!.Gsid);
const IBM_GSID = String(SEED_COMPANIES.find((company) => company.Name === 'IBM')!.Gsid);
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;
const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
const RISK_PLAYBOOK = '1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA';

async function run(parameters: IDataObject): Promise<IDataObject[]> {
	const { items, error } = await runGainsight(ctx.sandbox, parameters);
	expect(error).toBeUndefined();
	return items.map((item) => item.json);
}

/** Every key the write output has, the read has too (but `writeOnly`: inputs no read answers), with the same value. */
function expectSameShape(written: IDataObject, read: IDataObject, writeOnly: string[] = []) {
	const keys = Object.keys(written).filter((key) => !writeOnly.includes(key));
	expect(keys.filter((key) => !Object.hasOwn(read, key))).toEqual([]);
	expect(Object.fromEntries(keys.map((key) => [key, read[key]]))).toEqual(Object.fromEntries(keys.map((key) => [key, written[key]])));
}

describe('One output shape per resource: a write outputs the keys and values its reads give', () => {
	it('Company: Create, then Get', async () => {
		const [created] = await run({
			resource: 'company',
			operation: 'insert',
			columns: definedColumns({ Name: 'Shape Co', ExternalId__gc: 'SHAPE-1', Industry: 'Software', ARR: 1234, RenewalDate: '2027-03-31' }),
		});
		const [read] = await run({ resource: 'company', operation: 'get', companyId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
		expect(read.RenewalDate).toBe('2027-03-31T00:00:00.000Z');
	});

	it('Relationship: Create, then Get', async () => {
		const record = { Name: 'Acme Shapes', CompanyId: ACME_GSID, TypeId: String(SEED_RELATIONSHIP_TYPES[0].Gsid), ExternalId__gc: 'REL-SHAPE' };
		const [created] = await run({ resource: 'relationship', operation: 'insert', columns: definedColumns(record) });
		const [read] = await run({ resource: 'relationship', operation: 'get', relationshipId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
	});

	it('Custom Object: Create, then Get', async () => {
		const objectName = { __rl: true, mode: 'name', value: 'Usage__gc' };
		const record = { Name: 'Shape usage', Company__gc: ACME_GSID, UsageDate__gc: '2026-05-01', Logins__gc: 7, ExternalId__gc: 'U-SHAPE' };
		const [created] = await run({ resource: 'customObject', operation: 'insert', objectName, columns: definedColumns(record) });
		const [read] = await run({ resource: 'customObject', operation: 'get', objectName, recordId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
	});

	it('Person: Create or Update, then Get', async () => {
		const [created] = await run({
			resource: 'person',
			operation: 'upsert',
			columns: definedColumns({ Email: 'shape.person@acme.example', FirstName: 'Shape', LastName: 'Person' }),
		});
		const [read] = await run({ resource: 'person', operation: 'get', personId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
	});

	it('Task: Create, then Get, Search and Get Many (of its CTA)', async () => {
		const [created] = await run({
			resource: 'task',
			operation: 'create',
			ctaId: byId(EXT_CTA.Gsid),
			name: 'Shape task',
			additionalFields: { OwnerId: ANKUSH.Gsid, DueDate: '2026-06-01', priority: 'High', status: 'Open', type: 'Call', Description: 'Same keys' },
		});
		expect(created).toMatchObject({ CTAId: EXT_CTA.Gsid, Status: 'Open', Priority: 'High', Type: 'Call' });
		const [read] = await run({ resource: 'task', operation: 'get', taskId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
		const [found] = await run({
			resource: 'task',
			operation: 'search',
			limit: 1,
			conditions: { condition: [{ field: 'Gsid', operator: 'EQ', value: String(created.Gsid) }] },
		});
		expectSameShape(created, found);
		const listed = (await run({ resource: 'task', operation: 'getMany', ctaId: byId(EXT_CTA.Gsid), returnAll: true })).find(
			(task) => task.Gsid === created.Gsid,
		)!;
		const { Description: _notListed, OwnerId: _listedByName, CompanyId: _noCompany, ...listedFields } = created;
		expectSameShape(listedFields, listed);
	});

	it('Goal: Create, then Get', async () => {
		const [created] = await run({
			resource: 'goal',
			operation: 'create',
			name: 'Shape goal',
			status: 'In Progress',
			additionalFields: { CompanyId: IBM_GSID, OwnerId: ANKUSH.Gsid, DueDate: '2026-09-30', Description: 'Same keys' },
		});
		expect(created).toMatchObject({ Status: 'In Progress', TargetDate: '2026-09-30' });
		const [read] = await run({ resource: 'goal', operation: 'get', goalId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
	});

	it('CTA: Create, then Get', async () => {
		const [created] = await run({
			resource: 'cta',
			operation: 'create',
			entityType: 'COMPANY',
			companyId: byId(ACME_GSID),
			name: 'Shape CTA',
			type: 'Risk',
			reason: 'Low Health Score',
			priority: 'High',
			additionalFields: { OwnerId: ANKUSH.Gsid, DueDate: '2026-06-30', PlaybookId: RISK_PLAYBOOK },
		});
		expect(created).toMatchObject({ 'TypeId__gr.Name': 'Risk', 'ReasonId__gr.Name': 'Low Health Score', 'PriorityId__gr.Name': 'High' });
		const [read] = await run({
			resource: 'cta',
			operation: 'get',
			ctaId: byId(String(created.Gsid)),
			options: { select: ['Name', 'CompanyId', 'TypeId__gr.Name', 'ReasonId__gr.Name', 'PriorityId__gr.Name', 'OwnerId', 'DueDate', 'PlaybookId'] },
		});
		expectSameShape(created, read);
	});

	it('Success Plan: Create, then Get', async () => {
		const [created] = await run({
			resource: 'successPlan',
			operation: 'create',
			entityType: 'COMPANY',
			companyId: byId(IBM_GSID),
			name: 'Shape plan',
			type: 'Onboarding',
			status: 'Active',
			additionalFields: { OwnerId: ANKUSH.Gsid, DueDate: '2026-09-30', StartDate: '2026-05-01' },
		});
		expect(created).toMatchObject({ 'TypeId__gr.Name': 'Onboarding', 'StatusId__gr.Name': 'Active' });
		const [read] = await run({ resource: 'successPlan', operation: 'get', successPlanId: byId(String(created.Gsid)) });
		expectSameShape(created, read);
	});

	it('Timeline Activity: Create, then Get Many by its External ID', async () => {
		const [created] = await run({
			resource: 'timeline',
			operation: 'create',
			entityType: 'COMPANY',
			companyId: byId(ACME_GSID),
			TypeName: 'Call',
			Subject: 'Shape call',
			Author: ANKUSH.Email,
			externalId: 'shape-call-1',
			additionalFields: { Notes: '<p>Same keys</p>', ActivityDate: '2026-05-09T14:30:00Z' },
		});
		const [read] = await run({
			resource: 'timeline',
			operation: 'getMany',
			limit: 1,
			conditions: { condition: [{ field: 'ExternalId', operator: 'EQ', value: 'shape-call-1' }] },
		});
		// the author is given by e-mail; reads give the user's GSID (AuthorId) and, read through it, the e-mail (Author)
		expectSameShape(created, read);
		expect(read).toMatchObject({ AuthorId: ANKUSH.Gsid, Author: ANKUSH.Email });
		expect(read.ActivityDate).toBe('2026-05-09T14:30:00.000Z');
	});

	it('Playbook: Get Many, then Get of the same playbook', async () => {
		const listed = (await run({ resource: 'playbook', operation: 'getMany', returnAll: true, filters: {} })).find((playbook) => playbook.Gsid === RISK_PLAYBOOK)!;
		expect(listed).toMatchObject({ Gsid: RISK_PLAYBOOK, Name: 'PB for Risk from Company', EntityType: 'COMPANY', TypeName: 'Risk', IsActive: true });
		const [read] = await run({ resource: 'playbook', operation: 'get', playbookId: byId(RISK_PLAYBOOK) });
		expectSameShape(listed, read);
	});
});
