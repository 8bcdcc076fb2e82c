/**
 * Timeline Activity resource against the sandbox: one activity a call, the External ID read first so
 * a rerun does not log twice, update by External ID, reads through the query API in both read shapes.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED_COMPANIES, SEED_RELATIONSHIPS, SEED_USERS, startSandbox } from '../sandbox';
import { calls, locatorById as byId, requestBodies, runGainsight, useSandbox } from './support';

const ctx = useSandbox();

const ACME = SEED_COMPANIES.find((record) => record.Name === 'Acme')!;
const HEROKU = SEED_COMPANIES.find((record) => record.Name === 'Heroku')!;
const ANKUSH = SEED_USERS.find((user) => user.Email === 'athakur@gainsight.com')!;

const activities = () => ctx.sandbox.store.records('activity_timeline');
const withExternalId = (id: string) => activities().filter((row) => row.ExternalId === id);

const create = (extra: IDataObject = {}) => ({
	resource: 'timeline',
	operation: 'create',
	entityType: 'COMPANY',
	companyId: byId('={{ $json.company }}'),
	TypeName: 'Update',
	Subject: '={{ $json.subject }}',
	Author: '={{ $json.author }}',
	externalId: '={{ $json.id }}',
	additionalFields: {
		Notes: '<p>Health score fell</p>',
		ActivityDate: '2026-05-09T14:30:00Z',
		InternalAttendees: 'athakur@gainsight.com, jbrown@example.com',
		ExternalAttendees: 'sponsor@acme.example',
	},
	...extra,
});

const ITEMS = [
	{ company: ACME.Gsid, subject: 'Acme health drop', author: 'athakur@gainsight.com', id: 'health-acme-2026-05-09' },
	{ company: HEROKU.Gsid, subject: 'Heroku health drop', author: 'athakur@gainsight.com', id: 'health-heroku-2026-05-09' },
];

describe('Timeline › Create', () => {
	it('reads the External IDs once, then logs one activity a call in the Timeline body', async () => {
		const { items, error } = await runGainsight(ctx.sandbox, create(), { items: ITEMS });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/activity_timeline', 'POST /v1/ant/es/activity', 'POST /v1/ant/es/activity']);
		expect(requestBodies(ctx.sandbox)[0]).toMatchObject({
			select: ['Gsid', 'ExternalId'],
			where: {
				conditions: [
					{ name: 'ExternalId', alias: 'A', value: ['health-acme-2026-05-09'], operator: 'EQ' },
					{ name: 'ExternalId', alias: 'B', value: ['health-heroku-2026-05-09'], operator: 'EQ' },
				],
				expression: 'A OR B',
			},
		});
		expect(requestBodies(ctx.sandbox)[1]).toEqual({
			records: [
				{
					ExternalId: 'health-acme-2026-05-09',
					ContextName: 'Company',
					GsCompanyId: ACME.Gsid,
					TypeName: 'Update',
					Subject: 'Acme health drop',
					Author: 'athakur@gainsight.com',
					Notes: '<p>Health score fell</p>',
					ActivityDate: '2026-05-09T14:30:00.000+0000',
					InternalAttendees: ['athakur@gainsight.com', 'jbrown@example.com'],
					ExternalAttendees: ['sponsor@acme.example'],
				},
			],
		});
		const [acme] = withExternalId('health-acme-2026-05-09');
		expect(items[0].json).toMatchObject({ Gsid: acme.Gsid, ExternalId: 'health-acme-2026-05-09' });
		expect(items.map((out) => out.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(acme).toMatchObject({
			ContextName: 'Company', GsCompanyId: ACME.Gsid, AuthorId: ANKUSH.Gsid, TypeName: 'Update', ActivityDate: Date.UTC(2026, 4, 9, 14, 30),
			InternalAttendees: 'athakur@gainsight.com;jbrown@example.com',
		});
	});

	it('a rerun of the same items logs nothing twice: one read, no create, each item marked with the activity it found', async () => {
		await runGainsight(ctx.sandbox, create(), { items: ITEMS });
		ctx.sandbox.clearLog();
		const { items, error } = await runGainsight(ctx.sandbox, create(), { items: ITEMS });
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/activity_timeline']);
		expect(items[0].json).toMatchObject({ skipped: true, existingActivityId: withExternalId('health-acme-2026-05-09')[0].Gsid });
		expect(items[1].json).toMatchObject({ skipped: true, existingActivityId: withExternalId('health-heroku-2026-05-09')[0].Gsid });
		expect(activities()).toHaveLength(2);
	});

	it('two items of one run with the same External ID are logged once', async () => {
		const { items } = await runGainsight(ctx.sandbox, create(), { items: [ITEMS[0], { ...ITEMS[0], subject: 'Again' }] });
		expect(calls(ctx.sandbox).filter((call) => call === 'POST /v1/ant/es/activity')).toHaveLength(1);
		expect(items[1].json).toMatchObject({ skipped: true, duplicateOfItem: 0 });
		expect(withExternalId('health-acme-2026-05-09')).toHaveLength(1);
	});

	it('an unknown author fails its item only; the sandbox refuses a duplicate External ID the node did not see', async () => {
		const { items } = await runGainsight(ctx.sandbox, create(), {
			items: [ITEMS[0], { ...ITEMS[1], author: 'nobody@example.com' }],
			continueOnFail: true,
		});
		expect(items[0].json.Gsid).toBeDefined();
		expect(items[1].json).toMatchObject({ error: 'Gainsight did not accept the activity: Author not found: nobody@example.com', errorCode: 'TIMELINE_1001' });
		expect(withExternalId('health-heroku-2026-05-09')).toHaveLength(0);
		// the check before the create is what keeps a rerun from logging twice: without it, Gainsight (here the sandbox) is asked to
		const direct = await fetch(`${ctx.sandbox.url}/v1/ant/es/activity`, {
			method: 'POST',
			headers: { accesskey: 'sandbox-access-key', 'content-type': 'application/json' },
			body: JSON.stringify({ records: [{ ExternalId: 'health-acme-2026-05-09', ContextName: 'Company', GsCompanyId: ACME.Gsid, TypeName: 'Update', Subject: 'x', Author: 'athakur@gainsight.com' }] }),
		});
		expect(((await direct.json()) as IDataObject).result).toBe(false);
	});

	it('a relationship activity names the relationship; the sandbox takes its company', async () => {
		const relationship = SEED_RELATIONSHIPS[0];
		const { error } = await runGainsight(ctx.sandbox, { ...create(), entityType: 'RELATIONSHIP', relationshipId: byId(String(relationship.Gsid)) }, { items: [ITEMS[0]] });
		expect(error).toBeUndefined();
		expect(((requestBodies(ctx.sandbox)[1].records as IDataObject[])[0])).toMatchObject({ ContextName: 'Relationship', GsRelationshipId: relationship.Gsid });
		expect(withExternalId('health-acme-2026-05-09')[0]).toMatchObject({ GsRelationshipId: relationship.Gsid, GsCompanyId: relationship.CompanyId });
	});

	it('the activity calls count against the Timeline quota, the External ID read against the standard one', async () => {
		const own = await startSandbox({ rateLimit: { quota: 100_000, windowMs: 60_000 } });
		try {
			// a standard daily quota of one call: the External ID read takes it, the two activities must not need it
			const { items, error } = await runGainsight(own, create(), { items: ITEMS, credentials: { dailyQuota: 1 } });
			expect(error).toBeUndefined();
			expect(items.every((item) => !item.json.error)).toBe(true);
			expect(calls(own)).toHaveLength(3);
			expect(calls(own).filter((call) => call === 'POST /v1/ant/es/activity')).toHaveLength(2);
		} finally {
			await own.close();
		}
	});

	it.each([
		['no External ID', { externalId: '={{ "" }}' }, /Item 0: "External ID" is empty/],
		['an attendee that is not an e-mail', { additionalFields: { InternalAttendees: 'jane' } }, /Item 0: "Internal Attendees › 1" is not an email address/],
		['an activity date that is not one', { additionalFields: { ActivityDate: 'yesterday' } }, /Item 0: "Activity Date" is not a date-time/],
	])('%s is refused before any request', async (_what, extra, message) => {
		const { error } = await runGainsight(ctx.sandbox, create(extra), { items: [ITEMS[0]] });
		expect(error?.message).toMatch(message);
		expect(ctx.sandbox.log).toHaveLength(0);
	});
});

describe('Timeline › Update by External ID and Get Many', () => {
	it('Update sends PUT ?identifier=externalid with the fields changed; an unknown External ID fails its item', async () => {
		await runGainsight(ctx.sandbox, create(), { items: ITEMS });
		ctx.sandbox.clearLog();
		const { items } = await runGainsight(
			ctx.sandbox,
			{ resource: 'timeline', operation: 'update', externalId: '={{ $json.id }}', updateFields: { Notes: '<p>Recovered</p>', TypeName: 'Call' } },
			{ items: [{ id: 'health-acme-2026-05-09' }, { id: 'never-logged' }], continueOnFail: true },
		);
		expect(calls(ctx.sandbox)).toEqual(['PUT /v1/ant/es/activity', 'PUT /v1/ant/es/activity']);
		expect(ctx.sandbox.log[0].query).toEqual({ identifier: 'externalid' });
		expect(requestBodies(ctx.sandbox)[0]).toEqual({ records: [{ ExternalId: 'health-acme-2026-05-09', Notes: '<p>Recovered</p>', TypeName: 'Call' }] });
		expect(items[0].json).toMatchObject({ Gsid: withExternalId('health-acme-2026-05-09')[0].Gsid });
		expect(items[1].json.error).toMatch(/No activity has the ExternalId never-logged/);
		expect(withExternalId('health-acme-2026-05-09')[0]).toMatchObject({ Notes: '<p>Recovered</p>', TypeName: 'Call', Subject: 'Acme health drop' });
	});

	describe.each(['list', 'records'] as const)('Get Many (read shape %s)', (read) => {
		it('reads activity_timeline through the query API with the conditions', async () => {
			await runGainsight(ctx.sandbox, create(), { items: ITEMS });
			ctx.sandbox.configure({ shapes: { read } });
			ctx.sandbox.clearLog();
			const { items, error } = await runGainsight(ctx.sandbox, {
				resource: 'timeline',
				operation: 'getMany',
				returnAll: true,
				conditions: { condition: [{ field: 'GsCompanyId', operator: 'EQ', value: String(ACME.Gsid) }] },
				options: { select: ['ExternalId', 'Subject', 'ContextName'] },
			});
			expect(error).toBeUndefined();
			expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/query/activity_timeline']);
			expect(items.map((out) => out.json)).toEqual([{ ExternalId: 'health-acme-2026-05-09', Subject: 'Acme health drop', ContextName: 'Company' }]);
		});
	});
});
