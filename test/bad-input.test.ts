/**
 * A table of bad inputs across resources: each is refused with an error naming the item and the
 * field, and the sandbox receives no request. (More Company mapper and condition cases live in
 * company.input.test.ts.)
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_CTAS } from '../sandbox';
import { autoMapColumns, definedColumns, locatorById as byId, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const CTA = SEED_CTAS.find((cta) => cta.Name === 'Ext. API 12.31')!;
const GSID = '1S032PUJRW05J6NDZ5000000000000000000';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
/** IDs come from the items (fixed IDs with a bad shape are caught by n8n's own parameter check before the run). */
const ID = '={{ $json.id }}';

const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns() };
const update = (keys: string[]) => ({ resource: 'company', operation: 'update', columns: autoMapColumns(keys) });
const getMany = (extra: IDataObject) => ({ resource: 'company', operation: 'getMany', options: { select: ['Name'] }, ...extra });
const cond = (field: string, operator: string, value: unknown = 'x') => ({ field, operator, value });
const taskCreate = (additionalFields: IDataObject, name = 'Call') => ({
	resource: 'task',
	operation: 'create',
	ctaId: byId(CTA.Gsid),
	name,
	additionalFields: { OwnerEmail: 'athakur@gainsight.com', ...additionalFields },
});
const goalCreate = (additionalFields: IDataObject) => ({ resource: 'goal', operation: 'create', name: 'Adoption', additionalFields });

interface Case {
	parameters: IDataObject;
	items?: IDataObject[];
	credentials?: IDataObject;
	/** Texts the error message must contain: the item and the field. */
	says: string[];
}

const CASES: Array<[string, Case]> = [
	// dates
	['task due date 2026-02-30', { parameters: taskCreate({ DueDate: '2026-02-30' }), says: ['Item 0', 'Due Date'] }],
	['task due date in words', { parameters: taskCreate({ DueDate: 'next tuesday' }), says: ['Item 0', 'Due Date'] }],
	['task due date 13th month from an item', { parameters: taskCreate({ DueDate: '={{ $json.due }}' }), items: [{ due: '2026-05-09' }, { due: '2026-13-01' }], says: ['Item 1', 'Due Date'] }],
	['a 10 MB task due date (the message stays short)', { parameters: taskCreate({ DueDate: '={{ $json.due }}' }), items: [{ due: TEN_MB }], says: ['Item 0', 'Due Date'] }],
	['goal due date not a date', { parameters: goalCreate({ DueDate: '31/31/2026' }), says: ['Item 0', 'Due Date'] }],
	// update keys
	['4 update keys', { parameters: update(['Name', 'ExternalId__gc', 'Industry', 'ARR']), items: [{ Name: 'A', ExternalId__gc: 'E', Industry: 'I', ARR: 1 }], says: ['Item 0', 'at most 3'] }],
	['no update key', { parameters: update([]), items: [{ Name: 'A' }], says: ['Item 0', 'key'] }],
	['update key missing from the item', { parameters: update(['ExternalId__gc']), items: [{ Name: 'A' }], says: ['Item 0', 'ExternalId__gc'] }],
	['the same update key twice', { parameters: update(['Name', 'Name']), items: [{ Name: 'A' }], says: ['Item 0', 'twice'] }],
	// missing required fields
	['task without a name (empty from the item)', { parameters: taskCreate({}, '={{ $json.name }}'), items: [{ name: 'A' }, { name: '' }], says: ['Item 1', 'Name'] }],
	['task without a CTA (empty from the item)', { parameters: { ...taskCreate({}), ctaId: byId('={{ $json.cta }}') }, items: [{ cta: '' }], says: ['Item 0', 'CTA'] }],
	['company insert with an empty item', { parameters: insert, items: [{}], says: ['Item 0'] }],
	['goal without a name (blank from the item)', { parameters: { ...goalCreate({}), name: '={{ $json.name }}' }, items: [{ name: '   ' }], says: ['Item 0', 'Name'] }],
	// JSON that is not an object, wrong types
	['mapped field holding a JSON object', { parameters: insert, items: [{ Name: 'A', Industry: { nested: true } }], says: ['Item 0', 'Industry'] }],
	['mapped field holding a list', { parameters: insert, items: [{ Name: 'A', ARR: [1, 2] }], says: ['Item 0', 'ARR'] }],
	['columns given as text, not an object', { parameters: { resource: 'company', operation: 'insert', columns: definedColumns('oops' as unknown as IDataObject) }, says: ['Item 0', 'Columns'] }],
	['limit as text', { parameters: getMany({ limit: '={{ "ten" }}' }), says: ['Item 0', 'Limit'] }],
	['limit 2.5', { parameters: getMany({ limit: 2.5 }), says: ['Item 0', 'Limit'] }],
	['limit 0', { parameters: getMany({ limit: 0 }), says: ['Item 0', 'Limit'] }],
	['more than 5000 as a limit', { parameters: getMany({ limit: 5001 }), says: ['Item 0', 'Limit', '5000'] }],
	// a 10 MB string
	['a 10 MB company name', { parameters: insert, items: [{ Name: TEN_MB }], says: ['Item 0', 'Name', 'longer than'] }],
	['a 10 MB task name', { parameters: taskCreate({}, '={{ $json.name }}'), items: [{ name: TEN_MB }], says: ['Item 0', 'Name', 'longer than'] }],
	// GSIDs that would change the path
	['company GSID with /', { parameters: { resource: 'company', operation: 'delete', companyId: byId(ID) }, items: [{ id: 'abc/def' }], says: ['Item 0', 'Company'] }],
	['task GSID with ..', { parameters: { resource: 'task', operation: 'get', taskId: byId(ID) }, items: [{ id: '..' }], says: ['Item 0', 'Task'] }],
	['task GSID with ?', { parameters: { resource: 'task', operation: 'update', taskId: byId(ID), updateFields: { Name: 'N' } }, items: [{ id: `${GSID}?x=1` }], says: ['Item 0', 'Task'] }],
	['goal GSID with #', { parameters: { resource: 'goal', operation: 'get', goalId: byId(ID) }, items: [{ id: `${GSID}#top` }], says: ['Item 0', 'Goal'] }],
	['goal metrics GSID with ../', { parameters: { resource: 'goal', operation: 'getMetrics', goalId: byId(ID) }, items: [{ id: '../templates' }], says: ['Item 0', 'Goal'] }],
	['CTA GSID with / (task list)', { parameters: { resource: 'task', operation: 'getMany', ctaId: byId(ID), returnAll: true }, items: [{ id: 'x/../../admin' }], says: ['Item 0', 'CTA'] }],
	['playbook ID with #', { parameters: { resource: 'playbook', operation: 'get', playbookId: ID }, items: [{ id: 'abc#def' }], says: ['Item 0', 'Playbook'] }],
	// conditions
	['Combine Conditions with an unknown alias', { parameters: getMany({ conditions: { condition: [cond('Name', 'EQ'), cond('Industry', 'EQ')] }, expression: 'A AND C' }), says: ['Item 0', 'Combine Conditions', 'C'] }],
	['Combine Conditions that does not parse', { parameters: getMany({ conditions: { condition: [cond('Name', 'EQ'), cond('Industry', 'EQ')] }, expression: 'A AND (B' }), says: ['Item 0', 'Combine Conditions'] }],
	['condition field that is not a field name', { parameters: getMany({ conditions: { condition: [cond('Name; drop', 'EQ')] } }), says: ['Item 0', 'Condition 1', 'field name'] }],
	['unknown operator from an expression', { parameters: getMany({ conditions: { condition: [cond('Name', '={{ "LIKE" }}')] } }), says: ['Item 0', 'Condition 1', 'must be one of'] }],
	// the domain (a credential field): refused before any call
	['domain with a path', { parameters: getMany({}), credentials: { domain: 'acme.gainsightcloud.com/v1' }, says: ['domain'] }],
	['domain with a query', { parameters: getMany({}), credentials: { domain: 'https://acme.gainsightcloud.com?x=1' }, says: ['domain'] }],
	['domain with credentials', { parameters: getMany({}), credentials: { domain: 'https://user:pw@acme.gainsightcloud.com' }, says: ['user name or password'] }],
	['a non-Gainsight host over http', { parameters: getMany({}), credentials: { domain: 'http://evil.example.com' }, says: ['http://'] }],
];

describe('Bad input: refused before any request, naming the item and the field', () => {
	it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

	it.each(CASES)('%s', async (_label, { parameters, items, credentials, says }) => {
		const { items: out, error } = await runGainsight(ctx.sandbox, parameters, { items: items ?? [{}], credentials });
		expect(error).toBeDefined();
		expect(out).toHaveLength(0);
		for (const fragment of says) expect(error!.message).toContain(fragment);
		expect(error!.message.length).toBeLessThan(1000);
		expect(ctx.sandbox.log).toEqual([]);
	});
});
