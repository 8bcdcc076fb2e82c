/**
 * Gainsight Trigger, polled as n8n polls it (n8n-core PollContext, static data saved between polls).
 * For each source (companies, goals, the tasks of a CTA) the three promises of a polling trigger:
 * the first poll does not flood, no record is emitted twice, none is missed at a shared boundary date.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_CTAS, SEED_GOALS } from '../sandbox';
import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { GainsightTrigger } from '../nodes/GainsightTrigger/GainsightTrigger.node';
import { DEFAULT_ACCESS_KEY } from '../sandbox';
import { runWorkflow } from './harness/engine';
import { autoMapColumns, callSandbox, calls, definedColumns, describeCall, gainsightTrigger, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const emitted = (result: Awaited<ReturnType<ReturnType<typeof gainsightTrigger>['poll']>>) => (result?.[0] ?? []).map((item) => item.json);
const names = (result: Awaited<ReturnType<ReturnType<typeof gainsightTrigger>['poll']>>) => emitted(result).map((json) => json.Name);
const company = (name: string) => [...ctx.sandbox.store.companies.values()].find((record) => record.Name === name)!;

async function insertCompanies(...records: IDataObject[]) {
	const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'insert', columns: autoMapColumns() }, { items: records });
	expect(error).toBeUndefined();
}

async function updateCompany(externalId: string, fields: IDataObject) {
	const columns = definedColumns({ ExternalId__gc: externalId, ...fields }, ['ExternalId__gc']);
	const { error } = await runGainsight(ctx.sandbox, { resource: 'company', operation: 'update', columns });
	expect(error).toBeUndefined();
}

describe('Gainsight Trigger › companies', () => {
	const watch = (extra: IDataObject = {}) => gainsightTrigger(ctx.sandbox, { resource: 'company', event: 'ModifiedDate', ...extra });

	it('"Fetch Test Event" returns the newest company and saves no state', async () => {
		await insertCompanies({ Name: 'Newest Co', ExternalId__gc: 'N-1' });
		const trigger = watch({ options: { select: ['Name'] } });
		expect(names(await trigger.poll('manual'))).toEqual(['Newest Co']);
		expect(trigger.staticData).toEqual({});
	});

	it('first poll emits nothing (no flood of the seeded companies); later polls emit each new or updated company once', async () => {
		const trigger = watch();
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData.poll).toMatchObject({ source: 'company:ModifiedDate:' });
		expect(await trigger.poll()).toBeNull();

		await insertCompanies({ Name: 'After 1', ExternalId__gc: 'A-1' }, { Name: 'After 2', ExternalId__gc: 'A-2' });
		const first = await trigger.poll();
		expect(names(first)).toEqual(['After 1', 'After 2']);
		expect(emitted(first)[0]).toMatchObject({ Gsid: company('After 1').Gsid, ExternalId__gc: 'A-1', Region__gc: null });
		expect(await trigger.poll()).toBeNull();

		await updateCompany('EXT-0003', { Employees: 350001 });
		expect(names(await trigger.poll())).toEqual(['IBM']);
		expect(await trigger.poll()).toBeNull();
	});

	it('records that share the boundary date: the ones emitted are not emitted again, one written later with the same date is', async () => {
		const trigger = watch();
		await trigger.poll();
		await insertCompanies({ Name: 'Same 1', ExternalId__gc: 'S-1' }, { Name: 'Same 2', ExternalId__gc: 'S-2' }, { Name: 'Same 3', ExternalId__gc: 'S-3' });
		const at = company('Same 1').ModifiedDate;
		expect(company('Same 3').ModifiedDate).toBe(at); // one insert call: one date for all three
		expect(names(await trigger.poll())).toEqual(['Same 1', 'Same 2', 'Same 3']);
		expect(trigger.staticData.poll).toMatchObject({ boundary: at, idsAtBoundary: ['Same 1', 'Same 2', 'Same 3'].map((name) => company(name).Gsid) });

		// Telenet is updated in the same millisecond, after the poll read
		company('Telenet').ModifiedDate = at;
		expect(names(await trigger.poll())).toEqual(['Telenet']);
		expect(await trigger.poll()).toBeNull();
		// the read asks Gainsight for ModifiedDate >= the boundary (not >), oldest first
		const body = ctx.sandbox.log.at(-1)!.body as { where: { conditions: IDataObject[] }; orderBy: IDataObject };
		expect(body.where.conditions).toEqual([{ name: 'ModifiedDate', alias: 'A', operator: 'GTE', value: [new Date(at as number).toISOString()] }]);
		expect(body.orderBy).toEqual({ ModifiedDate: 'asc' });
	});

	it('the first poll also counts the other companies at the newest date as before activation', async () => {
		await insertCompanies({ Name: 'Pre 1', ExternalId__gc: 'P-1' }, { Name: 'Pre 2', ExternalId__gc: 'P-2' });
		const trigger = watch();
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
	});

	it('"New" (CreatedDate) ignores updates; conditions filter what is emitted', async () => {
		const trigger = watch({
			event: 'CreatedDate',
			conditions: { condition: [{ field: 'Region__gc', operator: 'EQ', value: 'EMEA' }] },
			options: { select: ['Name', 'Region__gc'] },
		});
		await trigger.poll();
		await insertCompanies({ Name: 'In EMEA', Region__gc: 'EMEA', ExternalId__gc: 'R-1' }, { Name: 'In NA', Region__gc: 'NA', ExternalId__gc: 'R-2' });
		await updateCompany('EXT-0003', { Employees: 1 });
		const result = await trigger.poll();
		const createdAt = new Date(company('In EMEA').CreatedDate as number).toISOString();
		expect(emitted(result)).toEqual([{ Gsid: company('In EMEA').Gsid, CreatedDate: createdAt, Name: 'In EMEA', Region__gc: 'EMEA' }]);
		// the read, then the describe that tells which fields are dates (the records hold numbers)
		expect(calls(ctx.sandbox).slice(-2)).toEqual(['POST /v1/data/objects/query/Company', 'GET /v1/meta/services/objects/Company/describe']);
		const body = ctx.sandbox.log.at(-2)!.body as { where: IDataObject };
		expect(body.where).toMatchObject({ expression: '(A) AND B' });
	});

	it('Date Format: ISO 8601 by default (one describe, only for a poll that emits), epoch milliseconds as Gainsight answers them when asked', async () => {
		const iso = watch({ options: { select: ['Name'] } });
		await iso.poll();
		ctx.sandbox.log.length = 0;
		expect(await iso.poll()).toBeNull();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company']);
		await updateCompany('EXT-0001', { Employees: 2 });
		const [changed] = emitted(await iso.poll());
		expect(changed.ModifiedDate).toBe(new Date(company('Acme').ModifiedDate as number).toISOString());

		const epoch = watch({ options: { select: ['Name'], dateFormat: 'epoch' } });
		await epoch.poll();
		await updateCompany('EXT-0001', { Employees: 3 });
		ctx.sandbox.log.length = 0;
		const [raw] = emitted(await epoch.poll());
		expect(raw.ModifiedDate).toBe(company('Acme').ModifiedDate);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company']);
	});

	it('bad conditions fail the poll before any call, naming the field', async () => {
		const trigger = watch({ conditions: { condition: [{ field: 'Name', operator: 'EQ', value: 'Acme' }] }, expression: 'A OR B' });
		await expect(trigger.poll()).rejects.toThrow(/Combine Conditions/);
		expect(ctx.sandbox.log).toEqual([]);
	});

	it('the first poll finds the newest date with a read of Gsid and the date only, then the records at that date', async () => {
		const trigger = watch();
		await trigger.poll();
		expect(calls(ctx.sandbox)).toEqual([
			'POST /v1/data/objects/query/Company',
			'GET /v1/meta/services/objects/Company/describe',
			'POST /v1/data/objects/query/Company',
		]);
		expect(ctx.sandbox.log[0].body).toMatchObject({ select: ['Gsid', 'ModifiedDate'], orderBy: { ModifiedDate: 'desc' }, limit: 1 });
	});

	it("reuses the object's fields for 10 minutes: a poll with conditions and every field costs its read, not a describe as well", async () => {
		const trigger = watch({ conditions: { condition: [{ field: 'Region__gc', operator: 'EQ', value: 'EMEA' }] } });
		await trigger.poll();
		expect(calls(ctx.sandbox).filter((call) => call === describeCall('Company'))).toHaveLength(1);
		for (const name of ['Kept 1', 'Kept 2']) {
			await insertCompanies({ Name: name, Region__gc: 'EMEA', ExternalId__gc: name });
			ctx.sandbox.clearLog();
			const [record] = emitted(await trigger.poll());
			expect(record).toMatchObject({ Name: name, Region__gc: 'EMEA', CreatedDate: new Date(company(name).CreatedDate as number).toISOString() });
			expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/Company']);
		}
		// ten minutes on, Gainsight is asked again: a field added since shows up
		const now = Date.now.bind(Date);
		const later = jest.spyOn(Date, 'now').mockImplementation(() => now() + 11 * 60_000);
		try {
			ctx.sandbox.clearLog();
			expect(await trigger.poll()).toBeNull();
			expect(calls(ctx.sandbox)).toEqual([describeCall('Company'), 'POST /v1/data/objects/query/Company']);
		} finally {
			later.mockRestore();
		}
	});

	it('changing what it watches starts over with a new baseline (no flood)', async () => {
		const trigger = watch();
		await trigger.poll();
		await insertCompanies({ Name: 'Before switch', ExternalId__gc: 'B-1' });
		trigger.setParameters({ resource: 'company', event: 'CreatedDate' });
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData.poll).toMatchObject({ source: 'company:CreatedDate:' });
	});
});

describe('Gainsight Trigger › tasks of a CTA', () => {
	const watch = () => gainsightTrigger(ctx.sandbox, { resource: 'task', event: 'ModifiedDate', ctaId: byId(EXT_CTA.Gsid) });
	const task = (name: string) => [...ctx.sandbox.store.tasks.values()].find((record) => record.Name === name)!;

	async function createTasks(...taskNames: string[]) {
		const { error } = await runGainsight(
			ctx.sandbox,
			{ resource: 'task', operation: 'create', ctaId: byId(EXT_CTA.Gsid), name: '={{ $json.name }}', additionalFields: { OwnerEmail: 'athakur@gainsight.com', DueDate: '2026-05-09' } },
			{ items: taskNames.map((name) => ({ name })) },
		);
		expect(error).toBeUndefined();
	}

	it('"Fetch Test Event" returns the newest task of the CTA', async () => {
		await createTasks('Newest task');
		const result = await watch().poll('manual');
		expect(emitted(result)).toEqual([expect.objectContaining({ Name: 'Newest task', Gsid: task('Newest task').Gsid, CTAId: EXT_CTA.Gsid })]);
	});

	it('first poll emits none of the existing tasks; new and updated tasks once each; a task sharing the boundary date is not missed', async () => {
		const trigger = watch();
		expect(await trigger.poll()).toBeNull();
		expect(calls(ctx.sandbox).every((call) => call.startsWith(`GET /v2/cockpit/task/list/${EXT_CTA.Gsid}`))).toBe(true);
		expect(ctx.sandbox.log[0].query).toMatchObject({ includes: 'CreatedDate,ModifiedDate' });
		expect(await trigger.poll()).toBeNull();

		await createTasks('Follow-up A', 'Follow-up B');
		expect(names(await trigger.poll())).toEqual(['Follow-up A', 'Follow-up B']);
		expect(await trigger.poll()).toBeNull();

		// a task of the CTA changed in the same millisecond as the last one emitted
		const covid = [...ctx.sandbox.store.tasks.values()].find((record) => record.Name === 'Covid-task1')!;
		covid.ModifiedDate = task('Follow-up B').ModifiedDate;
		expect(names(await trigger.poll())).toEqual(['Covid-task1']);
		expect(await trigger.poll()).toBeNull();

		const { error } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'update', taskId: byId(task('Follow-up A').Gsid), updateFields: { Name: 'Follow-up A (done)' } });
		expect(error).toBeUndefined();
		expect(names(await trigger.poll())).toEqual(['Follow-up A (done)']);
		expect(await trigger.poll()).toBeNull();
	});
});

describe('Gainsight Trigger › goals', () => {
	const watch = () => gainsightTrigger(ctx.sandbox, { resource: 'goal', event: 'ModifiedDate' });
	const goalNamed = (name: string) => [...ctx.sandbox.store.goals.values()].find((record) => record.Name === name)!;

	async function createGoal(Name: string) {
		const answer = await callSandbox(ctx.sandbox, 'POST', '/v1/csgoal/external/create', {
			requests: [{ record: { Name, StatusName: 'Not Started', DueDate: '2026-12-31', CompanyId: SEED_GOALS[0].CompanyId } }],
		});
		expect(answer.result).toBe(true);
	}

	it('"Fetch Test Event" returns the newest goal', async () => {
		await createGoal('Newest goal');
		expect(names(await watch().poll('manual'))).toEqual(['Newest goal']);
	});

	it('first poll emits none of the seeded goals; new and updated goals once each; none missed at a shared date', async () => {
		const trigger = watch();
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();

		await createGoal('Goal A');
		await createGoal('Goal B');
		expect(names(await trigger.poll())).toEqual(['Goal A', 'Goal B']);
		expect(await trigger.poll()).toBeNull();
		const body = ctx.sandbox.log.at(-1)!.body as IDataObject;
		expect(body).toMatchObject({ where: { conditions: [{ name: 'ModifiedDate', operator: 'GTE' }] }, orderBy: { ModifiedDate: 'asc' } });

		goalNamed(SEED_GOALS[2].Name).ModifiedDate = goalNamed('Goal B').ModifiedDate;
		expect(names(await trigger.poll())).toEqual([SEED_GOALS[2].Name]);
		expect(await trigger.poll()).toBeNull();

		await callSandbox(ctx.sandbox, 'PUT', `/v1/goals/${goalNamed('Goal A').Gsid}`, { CompletionPercentage: 50 });
		expect(emitted(await trigger.poll())).toEqual([expect.objectContaining({ Name: 'Goal A', CompletionPercentage: 50 })]);
		expect(await trigger.poll()).toBeNull();
	});
});

describe('Gainsight Trigger in a workflow', () => {
	it('"Test workflow" runs the trigger\'s manual poll through the engine and feeds its sample to the next node', async () => {
		const result = await runWorkflow({
			nodes: [
				{ name: 'Watch', type: 'gainsightTrigger', parameters: { resource: 'company', event: 'ModifiedDate', options: { select: ['Name', 'Region__gc'] } } },
				{ name: 'Get', type: 'gainsight', parameters: { resource: 'company', operation: 'get', companyId: byId('={{ $json.Gsid }}'), options: { select: ['Name'] } } },
			],
			nodeTypes: [new GainsightTrigger(), new Gainsight()],
			credentialTypes: [new GainsightApi()],
			credentials: { gainsightApi: { domain: ctx.sandbox.url, apiKey: DEFAULT_ACCESS_KEY } },
		});
		expect(result.error).toBeUndefined();
		expect(result.outputs.Watch[0]).toHaveLength(1);
		expect(result.outputs.Get[0].map((item) => item.json)).toEqual([{ Name: result.outputs.Watch[0][0].json.Name }]);
	});

	it('"Fetch Test Event" with nothing to show: a clear error, not an empty success', async () => {
		const trigger = gainsightTrigger(ctx.sandbox, {
			resource: 'company',
			conditions: { condition: [{ field: 'Name', operator: 'EQ', value: 'No such company' }] },
			options: { select: ['Name'] },
		});
		await expect(trigger.poll('manual')).rejects.toThrow('Gainsight has no record for this trigger yet');
	});
});

describe('Gainsight Trigger › CTAs', () => {
	const watch = (event: string) => gainsightTrigger(ctx.sandbox, { resource: 'cta', event });
	const ctaNamed = (name: string) => [...ctx.sandbox.store.ctas.values()].find((record) => record.Name === name)!;
	const IBM_ID = EXT_CTA.CompanyId;

	async function createCtas(...ctaNames: string[]) {
		const { error } = await runGainsight(
			ctx.sandbox,
			{
				resource: 'cta', operation: 'create', entityType: 'COMPANY', companyId: byId(IBM_ID), name: '={{ $json.name }}', type: 'Risk',
				reason: 'Budget', additionalFields: { OwnerEmail: 'athakur@gainsight.com' },
			},
			{ items: ctaNames.map((name) => ({ name })) },
		);
		expect(error).toBeUndefined();
	}

	async function updateCta(name: string, updateFields: IDataObject, operation = 'update') {
		const params = operation === 'close' ? { status: 'Closed Success' } : { updateFields };
		const { error } = await runGainsight(ctx.sandbox, { resource: 'cta', operation, ctaId: byId(ctaNamed(name).Gsid), ...params });
		expect(error).toBeUndefined();
	}

	it('"Fetch Test Event" returns the newest CTA, read from the CTA list', async () => {
		await createCtas('Newest CTA');
		const result = await watch('ModifiedDate').poll('manual');
		expect(emitted(result)).toEqual([expect.objectContaining({ Gsid: ctaNamed('Newest CTA').Gsid, Name: 'Newest CTA', 'TypeId__gr.Name': 'Risk' })]);
		expect(calls(ctx.sandbox).at(-1)).toBe('POST /v2/cockpit/cta/list');
	});

	it('New or Updated: nothing at first, then each new or changed CTA once; the read asks for ModifiedDate on or after the boundary\'s day', async () => {
		const trigger = watch('ModifiedDate');
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
		await createCtas('CTA one', 'CTA two');
		expect(names(await trigger.poll())).toEqual(['CTA one', 'CTA two']);
		expect(await trigger.poll()).toBeNull();
		const body = ctx.sandbox.log.at(-1)!.body as { where: { conditions: IDataObject[] } };
		const day = new Date((trigger.staticData.poll as { boundary: number }).boundary).toISOString().slice(0, 10);
		expect(body.where.conditions).toEqual([{ fieldName: 'ModifiedDate', alias: 'A', operator: 'GTE', value: [day] }]);
		await updateCta('CTA one', { Comments: 'Called' });
		expect(names(await trigger.poll())).toEqual(['CTA one']);
		expect(await trigger.poll()).toBeNull();
	});

	it('New ignores updates', async () => {
		const trigger = watch('CreatedDate');
		await trigger.poll();
		await createCtas('Brand new');
		await updateCta('Renewal risk - Heroku', { Comments: 'Changed' });
		expect(names(await trigger.poll())).toEqual(['Brand new']);
		expect(trigger.staticData.poll).toMatchObject({ source: 'cta:CreatedDate:' });
	});

	it('Closed: a new open CTA or an update is not emitted; the close is, once', async () => {
		const trigger = watch('closed');
		expect(await trigger.poll()).toBeNull();
		await createCtas('Soon closed');
		await updateCta('Soon closed', { Comments: 'Still open' });
		expect(await trigger.poll()).toBeNull();
		await updateCta('Soon closed', {}, 'close');
		expect(emitted(await trigger.poll())).toEqual([expect.objectContaining({ Name: 'Soon closed', IsClosed: true, 'StatusId__gr.Name': 'Closed Success' })]);
		expect(await trigger.poll()).toBeNull();
		const body = ctx.sandbox.log.at(-1)!.body as { where: { conditions: IDataObject[]; expression: string } };
		expect(body.where.conditions[1]).toEqual({ fieldName: 'IsClosed', alias: 'B', operator: 'EQ', value: [true] });
		expect(body.where.expression).toBe('A AND B');
		expect(trigger.staticData.poll).toMatchObject({ source: 'cta:closed:' });
	});
});
