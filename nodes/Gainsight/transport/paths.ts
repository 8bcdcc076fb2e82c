/**
 * Every Gainsight path this package calls, in one table, so a correction is one line.
 * Path parameters are URL-encoded here and nowhere else. Paths marked "third-party" are known only
 * from deployed clients of the API, not from Gainsight's own articles (the README lists them).
 */
const seg = (value: string) => encodeURIComponent(value);

export const PATHS = {
	// Data objects: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation
	// and https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation
	objectRecords: (object: string) => `/v1/data/objects/${seg(object)}`,
	objectQuery: (object: string) => `/v1/data/objects/query/${seg(object)}`,
	objectRecord: (object: string, gsid: string) => `/v1/data/objects/${seg(object)}/${seg(gsid)}`,
	// People: third-party (Pipedream, RudderStack); https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Person_API/People_API_Documentation
	personUpsert: () => '/v1/peoplemgmt/v1.0/people',
	// Metadata: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Data_Management_APIs/Data_Management_APIs
	objectList: () => '/v1/meta/services/objects/list',
	objectDescribe: (object: string) => `/v1/meta/services/objects/${seg(object)}/describe`,
	// Cockpit: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation
	ctaList: () => '/v2/cockpit/cta/list',
	// Tasks and playbooks: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Task_and_Playbook_API
	// (get by ID, search and one playbook: the API catalogue's OpenAPI description of the same API)
	task: () => '/v2/cockpit/task',
	taskListOfCta: (ctaGsid: string) => `/v2/cockpit/task/list/${seg(ctaGsid)}`,
	taskById: (taskGsid: string) => `/v1/tasks/${seg(taskGsid)}`,
	taskSearch: () => '/v1/tasks/search',
	playbookConfig: () => '/v2/cockpit/admin/playbook',
	playbookById: (playbookGsid: string) => `/v1/playbooks/${seg(playbookGsid)}`,
	// Customer Goals: create as Gainsight's article documents it; the rest per the API catalogue's Customer Goals OpenAPI
	goalCreate: () => '/v1/csgoal/external/create',
	goalById: (goalGsid: string) => `/v1/goals/${seg(goalGsid)}`,
	goalSearch: () => '/v1/goals/search',
	goalTemplates: () => '/v1/goals/templates',
	goalMetrics: (goalGsid: string) => `/v1/goals/${seg(goalGsid)}/metrics`,
} as const;
