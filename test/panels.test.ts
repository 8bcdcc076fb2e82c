/**
 * What the panels show, read from the node descriptions as n8n's editor reads them: the fields each
 * operation displays (displayOptions against its resource and operation), in order.
 */
import type { INode, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { GainsightTrigger } from '../nodes/GainsightTrigger/GainsightTrigger.node';

const node = new Gainsight().description;
const trigger = new GainsightTrigger().description;

const resources = (node.properties.find((property) => property.name === 'resource')!.options ?? []) as INodePropertyOptions[];
const operationPicker = (resource: string) =>
	node.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))!;
const operationsOf = (resource: string) => (operationPicker(resource).options ?? []) as INodePropertyOptions[];

/** The top-level fields shown for one resource and operation (the other parameters at their defaults). */
function panel(resource: string, operation: string): INodeProperties[] {
	return node.properties.filter((property) => {
		if (property.name === 'resource' || property.name === 'operation') return false;
		const show = property.displayOptions?.show ?? {};
		const resourceShown = !show.resource || show.resource.includes(resource);
		const operationShown = !show.operation || show.operation.includes(operation);
		return resourceShown && operationShown && !!show.resource;
	});
}

const every = resources.flatMap((resource) => operationsOf(String(resource.value)).map((operation) => [String(resource.value), operation] as const));
const reads = every.filter(([, operation]) => ['getMany', 'search', 'getManyAssociations'].includes(String(operation.value)));

describe('Query panels (Get Many, Search): Return All, Limit, the filters, one Options collection', () => {
	it.each(reads.map(([resource, operation]) => [resource, String(operation.value)]))('%s › %s', (resource, operation) => {
		const fields = panel(resource, operation).filter((field) => field.name !== 'objectName' && field.name !== 'ctaId');
		const names = fields.map((field) => field.name);
		expect(names.slice(0, 2)).toEqual(['returnAll', 'limit']);
		// the filters: Conditions + Combine Conditions, or (playbooks) a Filters collection; Options last where there are any
		expect(['options', 'filters']).toContain(names.at(-1));
		expect(names).not.toContain('select');
		expect(names).not.toContain('sort');
		const combine = fields.find((field) => field.name === 'expression');
		if (combine) {
			expect(combine.displayName).toBe('Combine Conditions');
			expect(names.indexOf('expression')).toBe(names.indexOf('conditions') + 1);
		}
		const options = fields.at(-1)!;
		const optionNames = ((options.options ?? []) as INodeProperties[]).map((option) => option.displayName);
		expect(optionNames).toEqual([...optionNames].sort());
		if (names.includes('conditions') && !['task', 'playbook'].includes(resource)) expect(optionNames).toContain('Fields to Return');
	});

	it('data-object Get Many offers Date Format, Fields to Return and Sort in its Options', () => {
		const options = panel('company', 'getMany').find((field) => field.name === 'options')!;
		expect((options.options as INodeProperties[]).map((option) => option.displayName)).toEqual(['Date Format', 'Fields to Return', 'Sort']);
	});

	it.each(every.filter(([, operation]) => operation.value === 'get').map(([resource]) => resource))('%s › get: Fields to Return, where there is one, is in Options', (resource) => {
		const fields = panel(resource, 'get');
		expect(fields.map((field) => field.name)).not.toContain('select');
		const options = fields.find((field) => field.name === 'options');
		const nested = ((options?.options ?? []) as INodeProperties[]).map((option) => option.name);
		if (['company', 'customObject', 'person', 'relationship', 'cta', 'successPlan'].includes(resource)) expect(nested).toContain('select');
	});

	it('the trigger: Combine Conditions after Conditions, Fields to Return and Date Format in Options', () => {
		const names = trigger.properties.map((property) => property.name);
		expect(names.indexOf('expression')).toBe(names.indexOf('conditions') + 1);
		expect(trigger.properties.find((property) => property.name === 'expression')!.displayName).toBe('Combine Conditions');
		expect(names).not.toContain('select');
		const options = trigger.properties.find((property) => property.name === 'options')!;
		expect((options.options as INodeProperties[]).map((option) => option.displayName)).toEqual(['Date Format', 'Fields to Return']);
	});
});

describe('Lookup rows', () => {
	it('list their fields in the order a person fills them', () => {
		const lookups = panel('company', 'insert').find((field) => field.name === 'lookups')!;
		const [row] = lookups.options as Array<{ values: INodeProperties[] }>;
		// what to fill, where to look, what must match; then Options (n8n's scanner wants five or more values alphabetical)
		expect(row.values.map((field) => field.displayName)).toEqual(['Target Field', 'Look Up In', 'Match On', 'Options']);
		const options = row.values.find((field) => field.name === 'options')!;
		expect((options.options as INodeProperties[]).map((field) => field.displayName)).toEqual(['If None Match', 'If Several Match', 'Lookup Field']);
	});
});

describe('Operation names and actions, as n8n names them', () => {
	it('Company: Create (value insert, so saved workflows keep working), Create or Update, Delete, Get, Get Many, Update', () => {
		expect(operationsOf('company').map(({ name, value, action }) => [name, value, action])).toEqual([
			['Create', 'insert', 'Create a company'],
			['Create or Update', 'upsert', 'Create or update a company'],
			['Delete', 'delete', 'Delete a company'],
			['Get', 'get', 'Get a company'],
			['Get Many', 'getMany', 'Get many companies'],
			['Update', 'update', 'Update a company'],
		]);
	});

	it.each(every.map(([resource, operation]) => [resource, operation.name, operation]))('%s › %s', (resource, _name, operation) => {
		const { name, value, action, description } = operation as INodePropertyOptions & { action: string };
		expect(name).not.toMatch(/Insert|List/);
		// one record in the action ("Create a company"), many for Get Many and Search ("Get many companies")
		if (['Create', 'Create or Update', 'Delete', 'Get', 'Update', 'Close'].includes(name)) expect(action).toMatch(/^(Create|Create or update|Delete|Get|Update|Close) an? /);
		if (name === 'Get Many') expect(action).toMatch(/^Get many /);
		// n8n's community-package scanner (node-param-description-wrong-for-upsert) takes no other words for an upsert
		if (value === 'upsert') expect(description).toBe('Create a new record, or update the current one if it already exists (upsert)');
		// the other writes say how many records a call takes: up to 50 for data objects
		if (['insert', 'create', 'update', 'close'].includes(String(value))) expect(description).toMatch(/(up to 50|25|one) a call/);
		if (['company', 'relationship', 'customObject'].includes(String(resource)) && ['insert', 'update'].includes(String(value))) {
			expect(description).toMatch(/up to 50 a call/);
		}
	});
});

/** A subtitle as n8n's canvas evaluates it: the expression with the node's parameters as $parameter. */
function subtitleOf(subtitle: string, parameters: INodeParameters): unknown {
	const at: INode = { id: '1', name: 'N', type: 'x', typeVersion: 1, position: [0, 0], parameters };
	const nodeTypes = { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never;
	const workflow = new Workflow({ nodes: [at], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(at, subtitle, 'internal', {}, undefined, '');
}

describe('The trigger in the nodes panel and on the canvas', () => {
	/** n8n's node creator (useActionsGeneration: triggersCategory): the first property shown as "Event", "Events" or "Trigger On" gives the actions. */
	const actionsProperty = trigger.properties.find((property) => ['event', 'events', 'trigger on'].includes(property.displayName.toLowerCase()))!;

	it('lists one action per watched object, naming it', () => {
		expect(actionsProperty.name).toBe('resource');
		// in name order, as n8n's scanner wants an options list
		expect((actionsProperty.options as INodePropertyOptions[]).map((option) => option.action)).toEqual([
			'On new or updated company',
			'On new or updated CTA',
			'On new or updated goal',
			'On new or updated record of another object',
			'On new or updated task of a CTA',
		]);
	});

	it('the event an action sets up by default is the one its name says', () => {
		const events = trigger.properties.filter((property) => property.name === 'event');
		expect(events.every((event) => event.default === 'ModifiedDate')).toBe(true);
	});

	it.each([
		[{ resource: 'company', event: 'ModifiedDate' }, 'New or Updated Company'],
		[{ resource: 'company', event: 'CreatedDate' }, 'New Company'],
		[{ resource: 'cta', event: 'closed' }, 'Closed CTA'],
		[{ resource: 'goal', event: 'ModifiedDate' }, 'New or Updated Goal'],
		[{ resource: 'task', event: 'CreatedDate' }, 'New Task'],
		[{ resource: 'dataObject', event: 'ModifiedDate', objectName: { __rl: true, mode: 'list', value: 'Usage__gc', cachedResultName: 'Usage (Usage__gc)' } }, 'New or Updated Usage'],
		[{ resource: 'dataObject', event: 'CreatedDate', objectName: { __rl: true, mode: 'name', value: 'Company_Person' } }, 'New Company Person'],
	])('subtitle for %j: %s', (parameters, expected) => {
		expect(subtitleOf(String(trigger.subtitle), parameters as INodeParameters)).toBe(expected);
	});

	it("shares the action node's description, which n8n shows for both in the nodes panel", () => {
		expect(trigger.description).toBe(node.description);
		expect(trigger.activationMessage).toMatch(/first poll/);
	});
});

describe('Due Date and its cascade (Task Update, CTA Update)', () => {
	it.each(['task', 'cta'])('%s › update: the cascade sits right after Due Date and shows only once a due date is set', (resource) => {
		const fields = panel(resource, 'update');
		const names = fields.map((field) => field.name);
		expect(names.slice(1, 3)).toEqual(['dueDate', 'dueDateCriteria']);
		const cascade = fields[2];
		const shown = (dueDate: string) => NodeHelpers.displayParameter({ resource, operation: 'update', dueDate }, cascade, { typeVersion: 1 }, node);
		expect(shown('')).toBe(false);
		expect(shown('2026-07-01T00:00:00')).toBe(true);
		expect(shown('={{ $json.due }}')).toBe(true);
		const updateFields = fields.find((field) => field.name === 'updateFields')!;
		expect((updateFields.options as INodeProperties[]).map((option) => option.name)).not.toContain('DueDate');
	});

	it("Task's cascade keeps Gainsight's default and says what it moves", () => {
		const cascade = panel('task', 'update').find((field) => field.name === 'dueDateCriteria')!;
		expect(cascade.default).toBe('ALL_OPEN_TASKS');
		expect((cascade.options as INodePropertyOptions[])[0].description).toMatch(/Gainsight's default: the CTA's other open tasks move/);
	});
});

describe('Custom Fields and Lookups: the same sections in the same place on every write', () => {
	const writes = every.filter(([, operation]) => ['insert', 'create', 'update', 'upsert'].includes(String(operation.value)));

	it.each(writes.map(([resource, operation]) => [resource, String(operation.value)]))('%s › %s', (resource, operation) => {
		const names = panel(resource, operation).map((field) => field.name);
		const fields = names.find((name) => ['additionalFields', 'updateFields', 'columns'].includes(name))!;
		const lookups = names.find((name) => name === 'lookups' || name === 'lookupsNotice');
		expect(lookups).toBeDefined();
		// the record's fields, then (where the record has no mapper) its custom fields, then lookups (or why there are none)
		const expected = fields === 'columns' ? [fields, lookups] : [fields, 'customFields', lookups];
		const at = names.indexOf(fields);
		if (resource === 'person') expect(names.slice(at, at + 3)).toEqual(['columns', 'companies', 'lookupsNotice']);
		else expect(names.slice(at, at + expected.length)).toEqual(expected);
	});

	it('Goal Update says why it has no lookups', () => {
		const notice = panel('goal', 'update').find((field) => field.name === 'lookupsNotice')!;
		expect(notice.type).toBe('notice');
		expect(notice.displayName).toMatch(/PUT \/v1\/goals\/\{id\}.*GSIDs/);
	});
});

describe('Canvas subtitle of the action node', () => {
	it.each([
		[{ resource: 'playbook', operation: 'getMany' }, 'Get Many: Playbook'],
		[{ resource: 'company', operation: 'insert' }, 'Create: Company'],
		[{ resource: 'customObject', operation: 'upsert' }, 'Create or Update: Custom Object'],
		[{ resource: 'person', operation: 'getManyAssociations' }, 'Get Many Company Associations: Person'],
		[{ resource: 'timeline', operation: 'create' }, 'Create: Timeline Activity'],
	])('%j reads %s', (parameters, expected) => {
		expect(subtitleOf(String(node.subtitle), parameters)).toBe(expected);
	});

	it('names every operation of every resource, and the expression holds no "}}" before its end', () => {
		const subtitle = String(node.subtitle);
		expect(subtitle.slice(0, -2)).not.toContain('}}');
		for (const [resource, operation] of every) {
			const name = resources.find((entry) => entry.value === resource)!.name;
			expect(subtitleOf(subtitle, { resource, operation: String(operation.value) })).toBe(`${operation.name}: ${name}`);
		}
	});
});
