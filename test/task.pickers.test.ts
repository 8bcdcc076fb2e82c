import { SEED_CTAS, SEED_OBJECTIVES, SEED_PLAYBOOKS, SEED_TASKS } from '../sandbox';
import { searchCtas, searchPlaybooks, searchTasks } from '../nodes/Gainsight/methods/listSearch';
import { getCtaTypes, getReadableFields, getWritableFields } from '../nodes/Gainsight/methods/loadOptions';
import { calls, pickerContext, useSandbox } from './support';

const ctx = useSandbox();

describe('Pickers for tasks and playbooks', () => {
	it('the CTA list shows each CTA with its company, filtered by name, with the GSID as value', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'task', operation: 'create' });
		const all = await searchCtas.call(picker);
		expect(all.results).toHaveLength(SEED_CTAS.length + SEED_OBJECTIVES.length); // a success plan's objectives are CTAs too
		const ext = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
		const found = await searchCtas.call(picker, 'ext. api');
		expect(found.results).toEqual([{ name: 'Ext. API 12.31 (IBM)', value: ext.Gsid }]);
		expect(calls(ctx.sandbox)).toEqual(['POST /v2/cockpit/cta/list', 'POST /v2/cockpit/cta/list']);
		expect(ctx.sandbox.log[1].headers.accesskey).toBeDefined();
	});

	it('the task list pages by 100 with a pagination token', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'task', operation: 'update' });
		const first = await searchTasks.call(picker, 'Onboarding step');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await searchTasks.call(picker, 'Onboarding step', first.paginationToken as string);
		expect(second.results[0].name).not.toBe(first.results[0].name);
		const covid = SEED_TASKS.find((task) => task.Name === 'Covid-task1')!;
		expect((await searchTasks.call(picker, 'covid')).results.map((result) => result.value)).toEqual([covid.Gsid]);
	});

	it('the playbook picker lists every playbook configuration and filters by name', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'playbook', operation: 'get' });
		const all = await searchPlaybooks.call(picker);
		expect(all.results).toHaveLength(SEED_PLAYBOOKS.length);
		const first = SEED_PLAYBOOKS[0];
		const found = await searchPlaybooks.call(picker, first.name.slice(0, 5).toUpperCase());
		expect(found.results.map((result) => result.value)).toContain(first.gsid);
	});

	it("a task's custom field picker lists the cs_task fields that can be written", async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'task', operation: 'create' });
		const fields = (await getWritableFields.call(picker)).map((option) => option.value);
		expect(fields).toEqual(expect.arrayContaining(['Name', 'DueDate', 'OwnerId']));
		expect(fields).not.toContain('CreatedDate');
		expect(ctx.sandbox.log[0].path).toBe('/v1/meta/services/objects/cs_task/describe');
	});

	it('the CTA type picker of the playbook filter lists the CTA types the playbooks name', async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'playbook', operation: 'getMany' });
		const types = (await getCtaTypes.call(picker)).map((option) => option.value);
		const expected = [...new Set(SEED_PLAYBOOKS.map((playbook) => playbook.typeName).filter((name) => name !== 'ALL_CTA_TYPE'))].sort();
		expect(types).toEqual(expected);
		expect(types).toEqual(expect.arrayContaining(['Risk', 'Expansion']));
	});

	it("the task search's field pickers list the read view's fields (001's names)", async () => {
		const picker = pickerContext(ctx.sandbox, { resource: 'task', operation: 'search' });
		const fields = (await getReadableFields.call(picker)).map((option) => option.value);
		expect(fields).toEqual(expect.arrayContaining(['CTAId', 'Status', 'DueDate', 'OwnerName']));
		expect(ctx.sandbox.log[0].path).toBe('/v1/meta/services/objects/Task/describe');
	});
});
