/**
 * Every Gainsight path this package calls, in one table, so a correction is one line, with the body
 * each takes. Path parameters are URL-encoded here and nowhere else. Paths marked "third-party" are
 * known only from deployed clients of the API or summaries of an article, not from Gainsight's own
 * pages (the README lists them).
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
	// CTAs: https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation
	// Fetch (a verbatim copy of the article's sample): {select, where: {conditions: [{fieldName, value: [...], alias, operator}],
	// expression}, pageSize ≤ 1000, pageNumber from 1} → data: [CTAs].
	ctaList: () => '/v2/cockpit/cta/list',
	// Create (POST) and update (PUT), third-party (Paragon's docs and a copy of the article's sample):
	// {requests: [{record: {referenceId, Name, CompanyId, OwnerId | OwnerEmail, DueDate, type, reason, status, priority, Comments, …}}], lookups}
	// → data: {success: [{referenceId: gsid}], failure: [{referenceId: message}]}. Update names the CTA by record.Gsid.
	cta: () => '/v2/cockpit/cta',
	// The tenant's CTA configuration, third-party (a summary of the article): ?category=CTA_TYPE,CTA_STATUS,…&et=COMPANY → data keyed by category.
	ctaPicklist: () => '/v2/cockpit/admin/picklist/lite',
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
	// Success plans, third-party (a summary of https://support.gainsight.com/gainsight_nxt/Success_Plans/Success_Plan_API_Documentation/Success_Plan_APIs):
	// create (POST, `?withObjectives=true` when the record carries Objectives) and update (PUT) take the CTA's
	// {requests: [{record}], lookups}; the list takes the CTA list's body; the config the CTA config's query.
	successPlan: () => '/v2/successPlan',
	successPlanList: () => '/v2/successPlan/list/',
	successPlanPicklist: () => '/v2/successPlan/admin/picklist/lite',
	// Timeline: https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs
	// Create (POST, Gainsight's page): {records: [activity]}, ExternalId required. Update (PUT) by `?identifier=externalid`:
	// third-party (a summary of the same page). Answer (third-party, a deployed client's mock): data.success[ExternalId][0].activityId.
	// Activities are read as the `activity_timeline` object through objectQuery.
	timelineActivity: () => '/v1/ant/es/activity',
} as const;

/** Objects read through the data-object query API that the cockpit resources use. */
export const OBJECTS = {
	// Timeline activities: a verbatim copy of the Timeline article's read sample
	timelineActivity: 'activity_timeline',
} as const;
