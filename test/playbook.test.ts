import { SEED_RELATIONSHIP_TYPE_ID } from '../sandbox';
import { calls, runGainsight, useSandbox } from './support';

const ctx = useSandbox();
const getMany = (filters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	resource: 'playbook',
	operation: 'getMany',
	returnAll: true,
	filters,
	...extra,
});
const names = (items: Array<{ json: Record<string, unknown> }>) => items.map((item) => item.json.Name).sort();

describe('Playbook › Get Many', () => {
	it('sends the filters as the article\'s query parameters and returns the matching playbooks, paired', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, getMany({ active: true, entityType: 'COMPANY', ctaTypes: ['Risk', 'Expansion'] }));
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['GET /v2/cockpit/admin/playbook']);
		expect(ctx.sandbox.log[0].query).toEqual({ active: 'true', et: 'COMPANY', type: 'Risk,Expansion' });
		expect(names(items)).toEqual(
			['Company All PB', 'Covid Email Tasks', 'Covid Tasks', 'Global All PB', 'NPS® Promoter', 'PB for Risk from Company', 'mkRiskCompanyPb'].sort(),
		);
		expect(items.every((item) => JSON.stringify(item.pairedItem) === JSON.stringify({ item: 0 }))).toBe(true);
		expect(names(items)).not.toContain('Legacy Churn PB');
	});

	it('relationship playbooks by relationship type ID; with Active Only off, inactive ones come too', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			getMany({ active: false, entityType: 'RELATIONSHIP', entityId: SEED_RELATIONSHIP_TYPE_ID }),
		);
		expect(ctx.sandbox.log[0].query).toEqual({ et: 'RELATIONSHIP', entityId: SEED_RELATIONSHIP_TYPE_ID });
		expect(names(items)).toEqual(expect.arrayContaining(['Relationship Onboarding PB', 'Relationship Expansion PB (retired)']));
	});

	it('Limit cuts the list', async () => {
		const { items } = await runGainsight(ctx.sandbox, getMany({}, { returnAll: false, limit: 2 }));
		expect(items).toHaveLength(2);
		expect(ctx.sandbox.log[0].query).toEqual({});
	});
});

describe('Playbook › Get', () => {
	it('returns one playbook with its task templates', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, { resource: 'playbook', operation: 'get', playbookId: '1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA' });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['GET /v1/playbooks/1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA']);
		expect(items).toHaveLength(1);
		expect(JSON.stringify(items[0].json)).toContain('Escalate internally');
	});

	it('an unknown playbook is an error item under continueOnFail', async () => {
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'playbook', operation: 'get', playbookId: '1I0012M2PCTA9UHOTW000000000000000000' },
			{ continueOnFail: true },
		);
		expect(items).toHaveLength(1);
		expect(String(items[0].json.error)).toMatch(/not found/i);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('a GSID with a path in it is refused before any request, naming the item and the field', async () => {
		const { error } = await runGainsight(ctx.sandbox, { resource: 'playbook', operation: 'get', playbookId: '../admin/playbook' });
		expect(error?.message).toMatch(/Item 0: "Playbook" may contain only letters and digits/);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});
