/**
 * What each example workflow must do to count as a pass: the calls that reach Gainsight and the
 * number of items that come out of its last node. Shared by the demo (examples/run-demo.ts, n8n's
 * engine in-process) and the end-to-end test (e2e/run.ts, a real n8n).
 */
export interface Expectation {
	calls: string[];
	items: number;
}

export const EXPECTED: Record<string, Expectation> = {
	// one company below 40 (Telenet): the read (and its describe, for ISO dates), the open-CTA check, the CTA with its
	// playbook, the External ID check, the note
	'cta-health-drop.json': {
		calls: [
			'POST /v1/data/objects/query/Company',
			'GET /v1/meta/services/objects/Company/describe',
			'POST /v2/cockpit/cta/list',
			'POST /v2/cockpit/cta',
			'POST /v1/data/objects/query/activity_timeline',
			'POST /v1/ant/es/activity',
		],
		items: 1,
	},
	// three writes of up to 50, and the describe that tells which answered fields are dates (ISO 8601 out)
	'company-bulk-insert.json': {
		calls: ['POST /v1/data/objects/Company', 'POST /v1/data/objects/Company', 'POST /v1/data/objects/Company', 'GET /v1/meta/services/objects/Company/describe'],
		items: 120,
	},
	'company-sync-upsert.json': {
		calls: [
			'POST /v1/data/objects/query/Company',
			'PUT /v1/data/objects/Company',
			'POST /v1/data/objects/Company',
			'GET /v1/meta/services/objects/Company/describe',
		],
		items: 4,
	},
	'goal-create-renewal-goals.json': { calls: ['POST /v1/csgoal/external/create', 'POST /v1/csgoal/external/create', 'POST /v1/csgoal/external/create'], items: 3 },
	'person-sync-contacts.json': { calls: Array(3).fill('PUT /v1/peoplemgmt/v1.0/people'), items: 3 },
	// 60 keys would take 3 OR reads; one page of the (small) object's key fields settles them all
	'usage-load-custom-object.json': {
		calls: ['POST /v1/data/objects/query/Usage__gc', 'POST /v1/data/objects/Usage__gc', 'POST /v1/data/objects/Usage__gc', 'GET /v1/meta/services/objects/Usage__gc/describe'],
		items: 60,
	},
	'playbook-list-active.json': { calls: ['GET /v2/cockpit/admin/playbook'], items: 7 },
	'task-create-followups.json': { calls: ['POST /v2/cockpit/task', 'POST /v2/cockpit/task', 'POST /v2/cockpit/task'], items: 3 },
	// run by hand (as "Test workflow" in the editor): the trigger gives its newest matching company
	'company-health-watch.json': {
		calls: ['POST /v1/data/objects/query/Company', 'GET /v1/meta/services/objects/Company/describe', 'POST /v2/cockpit/task'],
		items: 1,
	},
	'company-at-risk-report.json': {
		calls: ['POST /v1/data/objects/query/Company', 'GET /v1/meta/services/objects/Company/describe'],
		items: 1,
	},
};

/** What went wrong in one run of `file` (empty = it did what EXPECTED says). Calls compare as a multiset. */
export function mismatches(file: string, run: { calls: string[]; items: number; error?: string }): string[] {
	const expected = EXPECTED[file];
	const wrong: string[] = [];
	if (run.error) wrong.push(`error: ${run.error}`);
	if (!expected) return [...wrong, `no expectation for ${file} in examples/expected.ts`];
	if ([...run.calls].sort().join() !== [...expected.calls].sort().join()) wrong.push(`calls were ${run.calls.join(', ')}`);
	if (run.items !== expected.items) wrong.push(`${run.items} items, expected ${expected.items}`);
	return wrong;
}
