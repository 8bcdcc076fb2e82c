/**
 * Every Gainsight path this package calls, in one table, so a correction is one line.
 * Path parameters are URL-encoded here and nowhere else.
 */
const seg = (value: string) => encodeURIComponent(value);

export const PATHS = {
	// Data objects (Company API article, seed 002)
	objectRecords: (object: string) => `/v1/data/objects/${seg(object)}`,
	objectQuery: (object: string) => `/v1/data/objects/query/${seg(object)}`,
	objectRecord: (object: string, gsid: string) => `/v1/data/objects/${seg(object)}/${seg(gsid)}`,
	// Metadata (Data Management API)
	objectList: () => '/v1/meta/services/objects/list',
	objectDescribe: (object: string) => `/v1/meta/services/objects/${seg(object)}/describe`,
	// Cockpit (Task and Playbook article, seed 000; get/search from seed 001)
	ctaList: () => '/v2/cockpit/cta/list',
	task: () => '/v2/cockpit/task',
	taskListOfCta: (ctaGsid: string) => `/v2/cockpit/task/list/${seg(ctaGsid)}`,
	taskById: (taskGsid: string) => `/v1/tasks/${seg(taskGsid)}`,
	taskSearch: () => '/v1/tasks/search',
	playbookConfig: () => '/v2/cockpit/admin/playbook',
	playbookById: (playbookGsid: string) => `/v1/playbooks/${seg(playbookGsid)}`,
	// Customer Goals (create: Gainsight's article; the rest: seed 004)
	goalCreate: () => '/v1/csgoal/external/create',
	goalById: (goalGsid: string) => `/v1/goals/${seg(goalGsid)}`,
	goalSearch: () => '/v1/goals/search',
	goalTemplates: () => '/v1/goals/templates',
	goalMetrics: (goalGsid: string) => `/v1/goals/${seg(goalGsid)}/metrics`,
} as const;
