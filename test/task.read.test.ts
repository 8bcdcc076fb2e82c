import type { IDataObject, IPairedItemData } from 'n8n-workflow';

import { BIG_CTA_TASK_COUNT, SEED_CTAS, SEED_TASKS } from '../sandbox';
import { calls, locatorById as byId, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const BIG_CTA = SEED_CTAS.find((cta) => cta.Name === 'Big onboarding')!; // 2,500 tasks
const EXT_CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
const COVID_TASK = SEED_TASKS.find((task) => task.Name === 'Covid-task1')!;
const queries = () => ctx.sandbox.log.map((entry) => entry.query);

describe('Task › Get Many (tasks of a CTA)', () => {
	it(`Return All pages through a CTA with ${BIG_CTA_TASK_COUNT} tasks, 1000 a page (pn/ps)`, async () => {
		const { items, error } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'getMany', ctaId: byId(BIG_CTA.Gsid), returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(BIG_CTA_TASK_COUNT);
		expect(new Set(items.map((item) => item.json.Gsid)).size).toBe(BIG_CTA_TASK_COUNT);
		expect(calls(ctx.sandbox)).toEqual(Array(3).fill(`GET /v2/cockpit/task/list/${BIG_CTA.Gsid}`));
		expect(queries()).toEqual([
			{ pn: '1', ps: '1000' },
			{ pn: '2', ps: '1000' },
			{ pn: '3', ps: '1000' },
		]);
		expect(items.every((item) => (item.pairedItem as IPairedItemData).item === 0)).toBe(true);
	});

	it('Limit 1200 reads two pages and returns 1200 tasks; extra fields go as `includes`', async () => {
		const { items } = await runGainsight(ctx.sandbox, {
			resource: 'task',
			operation: 'getMany',
			ctaId: byId(BIG_CTA.Gsid),
			returnAll: false,
			limit: 1200,
			options: { includes: 'Description, Order' },
		});
		expect(items).toHaveLength(1200);
		expect(queries()).toEqual([
			{ pn: '1', ps: '1000', includes: 'Description,Order' },
			{ pn: '2', ps: '1000', includes: 'Description,Order' },
		]);
		expect(items[0].json).toHaveProperty('Description');
	});

	it('a small Limit asks for one page of that size', async () => {
		const { items } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'getMany', ctaId: byId(EXT_CTA.Gsid), limit: 2 });
		expect(items.map((item) => item.json.Name)).toEqual(['T1', 'T2']);
		expect(queries()).toEqual([{ pn: '1', ps: '2' }]);
	});

	it('one list per input item, each output paired with its item', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'task', operation: 'getMany', ctaId: byId('={{ $json.cta }}'), returnAll: true },
			{ items: [{ cta: EXT_CTA.Gsid }, { cta: EXT_CTA.Gsid }] },
		);
		const perCta = SEED_TASKS.filter((task) => task.CtaId === EXT_CTA.Gsid).length;
		expect(items).toHaveLength(2 * perCta);
		expect(items.map((item) => (item.pairedItem as IPairedItemData).item)).toEqual([...Array(perCta).fill(0), ...Array(perCta).fill(1)]);
	});

	it('an extra field name with a space or quote is refused before any request', async () => {
		const { error } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'getMany', ctaId: byId(EXT_CTA.Gsid), options: { includes: 'Due Date' } });
		expect(error?.message).toMatch(/Item 0: "Extra Fields to Return › 1" is not a Gainsight field name/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});

describe('Task › Get', () => {
	it('returns the task by GSID', async () => {
		const { items } = await runGainsight(ctx.sandbox, { resource: 'task', operation: 'get', taskId: byId(COVID_TASK.Gsid) });
		expect(calls(ctx.sandbox)).toEqual([`GET /v1/tasks/${COVID_TASK.Gsid}`]);
		expect(items[0].json).toMatchObject({ Gsid: COVID_TASK.Gsid, Name: 'Covid-task1', CTAId: EXT_CTA.Gsid });
	});

	it('an unknown task is an error item under Continue On Fail', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'task', operation: 'get', taskId: byId('1S032PUJRW05J6NDZ5000000000000000000') },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/Task not found/);
		expect(items[0].json.httpCode).toBe(404);
	});
});

describe('Task › Search', () => {
	const search = (extra: IDataObject) => ({ resource: 'task', operation: 'search', ...extra });

	it('conditions and an expression go into `where`; the matching tasks come back', async () => {
		const { items, error } = await runGainsight(
			ctx.sandbox,
			search({
				returnAll: true,
				conditions: {
					condition: [
						{ field: 'CTAId', operator: 'EQ', value: EXT_CTA.Gsid },
						{ field: 'Status', operator: 'EQ', value: 'Open' },
						{ field: 'Name', operator: 'EQ', value: 'T1' },
					],
				},
				expression: 'A AND (B OR C)',
				options: { select: ['Gsid', 'Name', 'Status'] },
			}),
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.Name).sort()).toEqual(['Covid-task1', 'T1']);
		expect(ctx.sandbox.log[0].body).toEqual({
			select: ['Gsid', 'Name', 'Status'],
			where: {
				conditions: [
					{ name: 'CTAId', alias: 'A', value: [EXT_CTA.Gsid], operator: 'EQ' },
					{ name: 'Status', alias: 'B', value: ['Open'], operator: 'EQ' },
					{ name: 'Name', alias: 'C', value: ['T1'], operator: 'EQ' },
				],
				expression: 'A AND (B OR C)',
			},
			limit: 1000,
			offset: 0,
		});
	});

	it('Return All: the first page, then the pages its totalCount announces, side by side; every task once', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			search({ returnAll: true, conditions: { condition: [{ field: 'CTAId', operator: 'EQ', value: BIG_CTA.Gsid }] } }),
		);
		expect(items).toHaveLength(BIG_CTA_TASK_COUNT);
		const pages = ctx.sandbox.log.map((entry) => [(entry.body as IDataObject).limit, (entry.body as IDataObject).offset] as number[]);
		expect(pages[0]).toEqual([1000, 0]);
		expect(pages.slice(1).sort((a, b) => a[1] - b[1])).toEqual([
			[1000, 1000],
			[1000, 2000],
		]);
		expect(new Set(items.map((item) => item.json.Gsid)).size).toBe(BIG_CTA_TASK_COUNT);
		expect((ctx.sandbox.log[0].body as IDataObject).select).toBeUndefined();
	});

	it('an expression naming an unknown condition is refused before any request', async () => {
		const { error } = await runGainsight(
			ctx.sandbox,
			search({ conditions: { condition: [{ field: 'Name', operator: 'EQ', value: 'T1' }] }, expression: 'A OR B' }),
		);
		expect(error?.message).toMatch(/Item 0: "Combine Conditions" refers to "B"/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});
