import { addDaysYmd } from './dates';
import { GSID_PREFIX, makeGsid } from './ids';
import { COMPANY_FIELD_NAMES } from './schema/company';
import { CLOSED_TASK_STATUSES, TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from './schema/cockpit';
import {
  CLOSED_CTA_STATUSES, CLOSED_SUCCESS_PLAN_STATUSES, CTA_PRIORITY_NAMES, CTA_REASONS, CTA_STATUS_NAMES, CTA_TYPE_NAMES, SUCCESS_PLAN_STATUS_NAMES,
  SUCCESS_PLAN_TYPE_NAMES, type PicklistCategory,
} from './schema/picklist';
import type {
  CompanyRecord, Cta, GoalFields, GoalMetric, GoalRecord, GoalTemplate, GsUser, PicklistItem, Playbook, SandboxStore, SuccessPlan,
  SuccessPlanTemplate, TaskRecord, TaskTemplate,
} from './store';

/**
 * Deterministic seed data. GSIDs are fixed (the ones that appear in Gainsight's articles are kept
 * where they exist, so the articles' sample requests work as they are); timestamps are fixed too.
 */

export const SEED_EPOCH = Date.UTC(2024, 0, 15, 9, 0, 0);
const seedGsid = (prefix: string, kind: string, n: number) => makeGsid(prefix, `seed-${kind}`, n);

// ---- users (gsuser) ----------------------------------------------------------------------------

function user(n: number, FirstName: string, LastName: string, Email: string): GsUser {
  return { Gsid: seedGsid(GSID_PREFIX.user, 'user', n), FirstName, LastName, Name: `${FirstName} ${LastName}`, Email };
}

/**
 * Mark Taylor and Mark Lehmann share a first name (MARKASERROR / FIRSTMATCH tests); the users of
 * 000's and 002's samples are all here, so those samples work as they are.
 */
export const SEED_USERS: readonly GsUser[] = [
  user(1, 'Ankush', 'Thakur', 'athakur@gainsight.com'),
  user(2, 'Mark', 'Taylor', 'mtaylor@example.com'),
  user(3, 'Julia', 'Brown', 'jbrown@example.com'),
  user(4, 'Steve', 'Smith', 'ssmith@example.com'),
  user(5, 'Joe', 'Roberts', 'jroberts@example.com'),
  user(6, 'Mark', 'Lehmann', 'mlehmann@example.com'),
  user(7, 'Madhu', 'Kandagatla', 'mkandagatla@gainsight.com'),
  user(8, 'Michelle', 'Williams', 'mwilliams@example.com'),
  user(9, 'Josh', 'Wood', 'jwood@example.com'),
];
const [ANKUSH, MARK_T, JULIA, STEVE, JOE, MARK_L] = SEED_USERS;

// ---- companies ---------------------------------------------------------------------------------

const companyGsid = (n: number) => seedGsid(GSID_PREFIX.company, 'company', n);

function company(n: number, fields: Record<string, unknown>, csm: GsUser | null, parent: { n: number; name: string } | null): CompanyRecord {
  const row: CompanyRecord = Object.fromEntries(COMPANY_FIELD_NAMES.map((f) => [f, null]));
  Object.assign(row, fields, {
    Gsid: companyGsid(n),
    CSM: csm?.Gsid ?? null,
    CSMFirstName: csm?.FirstName ?? null,
    CSMLastName: csm?.LastName ?? null,
    ParentCompany: parent ? companyGsid(parent.n) : null,
    ParentCompanyName: parent?.name ?? null,
    CreatedDate: SEED_EPOCH + n * 60_000,
    ModifiedDate: SEED_EPOCH + n * 60_000,
  });
  return row;
}

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const KLM = { n: 4, name: 'KLM Software' };
const TELENET = { n: 5, name: 'Telenet' };

/**
 * Acme, Heroku, IBM, KLM Software, Telenet, "Duplicate Co" twice (multi-match tests), and the
 * parents that 002's sample insert looks up (Superbiz Inc., Power Health Group, Marketive).
 */
export const SEED_COMPANIES: readonly CompanyRecord[] = [
  company(1, { Name: 'Acme', Industry: 'Software', ARR: 250000, Employees: 840, LifecycleInWeeks: 15, OriginalContractDate: d('2017-12-14'), RenewalDate: d('2026-12-13'), Stage: 'Adopting', Status: 'Active', ExternalId__gc: 'EXT-0001', Region__gc: 'NA', HealthScore__gc: 82, IsStrategic__gc: true, LastReviewAt__gc: Date.UTC(2024, 0, 10, 15, 30), SupportEmail__gc: 'support@acme.example' }, STEVE, KLM),
  company(2, { Name: 'Heroku', Industry: 'Networking', ARR: 200000, Employees: 480, LifecycleInWeeks: 7, OriginalContractDate: d('2018-04-30'), RenewalDate: d('2026-04-29'), Stage: 'Kicked Off', Status: 'Active', ExternalId__gc: 'EXT-0002', Region__gc: 'NA', HealthScore__gc: 64, IsStrategic__gc: false, SupportEmail__gc: 'help@heroku.example' }, JOE, TELENET),
  company(3, { Name: 'IBM', Industry: 'Technology', ARR: 1200000, Employees: 350000, LifecycleInWeeks: 40, OriginalContractDate: d('2016-06-01'), RenewalDate: d('2026-05-31'), Stage: 'Launched', Status: 'Active', ExternalId__gc: 'EXT-0003', Region__gc: 'EMEA', HealthScore__gc: 91, IsStrategic__gc: true }, ANKUSH, null),
  company(4, { Name: 'KLM Software', Industry: 'Software', ARR: 90000, Employees: 120, LifecycleInWeeks: 3, OriginalContractDate: d('2023-09-01'), RenewalDate: d('2025-08-31'), Stage: 'New Customer', Status: 'Active', ExternalId__gc: 'EXT-0004', Region__gc: 'EMEA', HealthScore__gc: 55 }, JULIA, null),
  company(5, { Name: 'Telenet', Industry: 'Telecom', ARR: 450000, Employees: 2200, LifecycleInWeeks: 60, OriginalContractDate: d('2015-01-15'), RenewalDate: d('2025-01-14'), Stage: 'Will Churn', Status: 'Inactive', ExternalId__gc: 'EXT-0005', Region__gc: 'EMEA', HealthScore__gc: 21 }, MARK_T, null),
  company(6, { Name: 'Duplicate Co', Industry: 'Retail', ARR: 10000, Employees: 20, Stage: 'New Customer', Status: 'Active', ExternalId__gc: 'EXT-0006', Region__gc: 'EMEA' }, MARK_L, null),
  company(7, { Name: 'Duplicate Co', Industry: 'Retail', ARR: 20000, Employees: 25, Stage: 'New Customer', Status: 'Active', ExternalId__gc: 'EXT-0007', Region__gc: 'APAC' }, null, null),
  // the parents named in 002's sample insert, so that sample works as it is
  company(8, { Name: 'Superbiz Inc.', Industry: 'Hardware', ARR: 700000, Employees: 3100, Stage: 'Adopting', Status: 'Active', ExternalId__gc: 'EXT-0008', Region__gc: 'NA' }, MARK_T, null),
  company(9, { Name: 'Power Health Group', Industry: 'Healthcare', ARR: 520000, Employees: 4100, Stage: 'Launched', Status: 'Active', ExternalId__gc: 'EXT-0009', Region__gc: 'NA' }, JULIA, null),
  company(10, { Name: 'Marketive', Industry: 'Marketing', ARR: 150000, Employees: 300, Stage: 'Adopting', Status: 'Active', ExternalId__gc: 'EXT-0010', Region__gc: 'APAC' }, JOE, null),
];
const [ACME, HEROKU, IBM, KLM_CO, TELENET_CO] = SEED_COMPANIES;

// ---- cockpit configuration, CTAs, tasks ---------------------------------------------------------

/** CTA types; the Risk and Expansion GSIDs are those of 000's playbook sample. */
export const CTA_TYPES = {
  Risk: '1I00650WACZ7F0X9HR1K21ZPDOQ71DFE4KFG',
  Expansion: '1I00650WACZ7F0X9HRGSO2D9AT5CEK0911SE',
  Lifecycle: seedGsid(GSID_PREFIX.playbook, 'cta-type', 1),
  Activity: seedGsid(GSID_PREFIX.playbook, 'cta-type', 2),
  Objective: seedGsid(GSID_PREFIX.playbook, 'cta-type', 3),
} as const;
/** ALL_CTA_TYPE has one type id per entity type in 000's sample. */
const ALL_CTA_TYPE_COMPANY = '1I00650WACZ7F0X9HRJRX1GBJ9TG5ERJHGGY';
const ALL_CTA_TYPE_GLOBAL = '1I00650WACZ7F0X9HRPORQFJY1E53HXG18T8';
/** The relationship type that RELATIONSHIP playbooks name as their entityId. */
export const SEED_RELATIONSHIP_TYPE_ID = seedGsid(GSID_PREFIX.playbook, 'relationship-type', 1);

let picklistCount = 0;
function item(Category: PicklistCategory, Name: string, DisplayOrder: number, extra: Partial<PicklistItem> = {}): PicklistItem {
  return {
    Gsid: seedGsid(GSID_PREFIX.picklist, 'picklist', ++picklistCount), Name, Category, SystemName: Name.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
    Active: true, DisplayOrder, ...extra,
  };
}

/** The cockpit configuration (schema/picklist.ts), plus one inactive status. */
export const SEED_PICKLISTS: readonly PicklistItem[] = [
  ...CTA_TYPE_NAMES.map((name, i) => ({ ...item('CTA_TYPE', name, i + 1), Gsid: CTA_TYPES[name] })),
  ...CTA_STATUS_NAMES.map((name, i) => item('CTA_STATUS', name, i + 1, { Closed: CLOSED_CTA_STATUSES.has(name) })),
  item('CTA_STATUS', 'Retired Status', 99, { Active: false }),
  ...CTA_PRIORITY_NAMES.map((name, i) => item('CTA_PRIORITY', name, i + 1)),
  ...CTA_TYPE_NAMES.flatMap((type) => CTA_REASONS[type].map((name, i) => item('CTA_REASON', name, i + 1, { TypeId: CTA_TYPES[type] }))),
  ...SUCCESS_PLAN_TYPE_NAMES.map((name, i) => item('SUCCESS_PLAN_TYPE', name, i + 1)),
  ...SUCCESS_PLAN_STATUS_NAMES.map((name, i) => item('SUCCESS_PLAN_STATUS', name, i + 1, { Closed: CLOSED_SUCCESS_PLAN_STATUSES.has(name) })),
];

/** The seeded item of a category by name (for seeds and tests). */
export function seedPicklist(category: PicklistCategory, name: string, type?: keyof typeof CTA_TYPES): PicklistItem {
  const found = SEED_PICKLISTS.find((p) => p.Category === category && p.Name === name && (type === undefined || p.TypeId === CTA_TYPES[type]));
  if (!found) throw new Error(`no seeded ${category} ${name}`);
  return found;
}

function cta(Gsid: string, Name: string, co: CompanyRecord, type: keyof typeof CTA_TYPES, reason: string | null, owner: GsUser, status: string, DueDate: string, n: number): Cta {
  const closed = CLOSED_CTA_STATUSES.has(status);
  const at = SEED_EPOCH + n * 3_600_000;
  return {
    Gsid, Name, EntityType: 'COMPANY', CompanyId: String(co.Gsid), RelationshipId: null, TypeId: CTA_TYPES[type],
    ReasonId: reason ? seedPicklist('CTA_REASON', reason, type).Gsid : null, StatusId: seedPicklist('CTA_STATUS', status).Gsid,
    PriorityId: seedPicklist('CTA_PRIORITY', 'Medium').Gsid, OwnerId: owner.Gsid, DueDate, ClosedDate: closed ? DueDate : null, IsClosed: closed,
    IsImportant: false, Comments: null, PlaybookId: null, SuccessPlanId: null, Source: 'MANUAL', CreatedDate: at, ModifiedDate: at,
  };
}

export const BIG_CTA_TASK_COUNT = 2500;

/** "Big onboarding" has 2,500 tasks (paging); "Ext. API 12.31" keeps the GSID of 000's samples. */
export const SEED_CTAS: readonly Cta[] = [
  cta(seedGsid(GSID_PREFIX.cta, 'cta', 1), 'Big onboarding', ACME, 'Lifecycle', 'Onboarding', ANKUSH, 'Open', '2025-06-30', 1),
  cta('1S01B8KR0ST6J5HC5NP2R0DDCNHN6QWEZ64A', 'Ext. API 12.31', IBM, 'Risk', 'Support Risk', ANKUSH, 'Open', '2020-05-31', 2),
  cta(seedGsid(GSID_PREFIX.cta, 'cta', 3), 'Renewal risk - Heroku', HEROKU, 'Risk', 'Low Health Score', JOE, 'Work In Progress', '2025-03-31', 3),
  cta(seedGsid(GSID_PREFIX.cta, 'cta', 4), 'Expansion opportunity - Telenet', TELENET_CO, 'Expansion', 'Upsell', MARK_T, 'Open', '2025-09-30', 4),
  cta(seedGsid(GSID_PREFIX.cta, 'cta', 5), 'Churn follow-up - KLM Software', KLM_CO, 'Risk', 'Low Health Score', JULIA, 'Closed Success', '2024-12-31', 5),
];
const [BIG_CTA, EXT_CTA, RENEWAL_CTA, , CHURN_CTA] = SEED_CTAS;

function task(Gsid: string, c: Cta, n: number, t: Partial<TaskRecord> & { Name: string; OwnerId: string; Status: string; DueDate: string }): TaskRecord {
  const closed = CLOSED_TASK_STATUSES.has(t.Status);
  return {
    Description: null, Priority: 'Medium', Type: 'Task', ClosedDate: closed ? t.DueDate : null, PlaybookId: null, Order: null,
    ...t,
    Gsid, CtaId: c.Gsid, CompanyId: c.CompanyId, IsClosed: closed,
    CreatedDate: SEED_EPOCH + n * 1000, ModifiedDate: SEED_EPOCH + n * 1000,
  };
}

function bigOnboardingTasks(): TaskRecord[] {
  const out: TaskRecord[] = [];
  for (let i = 0; i < BIG_CTA_TASK_COUNT; i++) {
    out.push(task(seedGsid(GSID_PREFIX.task, 'big-task', i + 1), BIG_CTA, 100 + i, {
      Name: `Onboarding step ${String(i + 1).padStart(4, '0')}`,
      OwnerId: SEED_USERS[i % 5].Gsid,
      Status: TASK_STATUSES[i % TASK_STATUSES.length],
      Priority: TASK_PRIORITIES[i % TASK_PRIORITIES.length],
      Type: TASK_TYPES[i % TASK_TYPES.length],
      DueDate: addDaysYmd('2025-01-01', i % 180),
      Order: i + 1,
    }));
  }
  return out;
}

/** All seeded tasks: the 2,500 of "Big onboarding", then the few of the other CTAs (GSIDs of 000's samples kept). */
export const SEED_TASKS: readonly TaskRecord[] = [
  ...bigOnboardingTasks(),
  task('1S032PUJRW05J6NDZ5LXU7O2V74YIBZOJQ9Y', EXT_CTA, 1, { Name: 'T1', OwnerId: ANKUSH.Gsid, Status: 'New', DueDate: '2020-05-20' }),
  task('1S032PUJRW05J6NDZ52CIIS4W30AE8L6G2TF', EXT_CTA, 2, { Name: 'T2', OwnerId: ANKUSH.Gsid, Status: 'Closed Success', DueDate: '2020-05-20', ClosedDate: '2020-05-21' }),
  task('1S032PUJRW05J6NDZ5CIQGVI96XQP7SUCYGV', EXT_CTA, 3, { Name: 'Covid-task1', OwnerId: ANKUSH.Gsid, Status: 'Open', Priority: 'High', DueDate: '2020-06-15', Description: 'Check in on the account' }),
  task(seedGsid(GSID_PREFIX.task, 'task', 1), RENEWAL_CTA, 4, { Name: 'Schedule renewal call', OwnerId: JOE.Gsid, Status: 'Open', Type: 'Call', Priority: 'High', DueDate: '2025-02-15' }),
  task(seedGsid(GSID_PREFIX.task, 'task', 2), RENEWAL_CTA, 5, { Name: 'Prepare usage review', OwnerId: JOE.Gsid, Status: 'New', Type: 'Meeting', DueDate: '2025-03-01' }),
  task(seedGsid(GSID_PREFIX.task, 'task', 3), CHURN_CTA, 6, { Name: 'Exit interview', OwnerId: JULIA.Gsid, Status: 'Closed Success', Type: 'Call', DueDate: '2024-12-20' }),
];

// ---- playbooks ---------------------------------------------------------------------------------

function templates(prefix: string, names: string[]): TaskTemplate[] {
  return names.map((name, i) => ({ name, description: `${prefix}: ${name}`, order: i + 1, daysFromCreation: (i + 1) * 7 }));
}

function playbook(gsid: string, name: string, entityType: Playbook['entityType'], typeName: string, typeId: string, tasks: string[], opts: { active?: boolean; entityId?: string } = {}): Playbook {
  return {
    gsid, name, description: `${name} playbook`, active: opts.active ?? true, entityType, entityId: opts.entityId ?? null,
    typeId, typeName, taskTemplates: templates(name, tasks), createdDate: SEED_EPOCH, modifiedDate: SEED_EPOCH,
  };
}

/** The seven playbooks of 000's sample, plus relationship and inactive ones. */
export const SEED_PLAYBOOKS: readonly Playbook[] = [
  playbook('1I0012M2PCTA9UHOTWU9URUYK9YA3NMHKZAQ', 'NPS® Promoter', 'GLOBAL', 'Expansion', CTA_TYPES.Expansion, ['Thank the promoter', 'Ask for a reference']),
  playbook('1I0012M2PCTA9UHOTWA0IOL2KWQE67QDVAK9', 'Company All PB', 'COMPANY', 'ALL_CTA_TYPE', ALL_CTA_TYPE_COMPANY, ['Review account', 'Update success plan']),
  playbook('1I0012M2PCTA9UHOTWVWQUD5FQD306ZCETTA', 'PB for Risk from Company', 'COMPANY', 'Risk', CTA_TYPES.Risk, ['Call the sponsor', 'Escalate internally', 'Recovery plan']),
  playbook('1I0012M2PCTA9UHOTW0GONZA5YY73UXZEDYD', 'Global All PB', 'GLOBAL', 'ALL_CTA_TYPE', ALL_CTA_TYPE_GLOBAL, ['Log the activity']),
  playbook('1I0012M2PCTA9UHOTWETI540W8WP0IY4GKH0', 'mkRiskCompanyPb', 'COMPANY', 'Risk', CTA_TYPES.Risk, ['Health check', 'Executive alignment']),
  playbook('1I0012M2PCTA9UHOTW0CQ6C8DGAZXF2ED5GH', 'Covid Email Tasks', 'GLOBAL', 'Risk', CTA_TYPES.Risk, ['Send check-in email', 'Send follow-up email']),
  playbook('1I0012M2PCTA9UHOTWHMSXXRGOYN9QQXQG9N', 'Covid Tasks', 'GLOBAL', 'Risk', CTA_TYPES.Risk, ['Check business continuity', 'Offer flexible terms', 'Review renewal', 'Document outcome']),
  playbook(seedGsid(GSID_PREFIX.playbook, 'playbook', 1), 'Relationship Onboarding PB', 'RELATIONSHIP', 'Risk', CTA_TYPES.Risk, ['Kick-off with the business unit', 'Set up integrations'], { entityId: SEED_RELATIONSHIP_TYPE_ID }),
  playbook(seedGsid(GSID_PREFIX.playbook, 'playbook', 2), 'Relationship Expansion PB (retired)', 'RELATIONSHIP', 'Expansion', CTA_TYPES.Expansion, ['Map the buying center'], { active: false, entityId: SEED_RELATIONSHIP_TYPE_ID }),
  playbook(seedGsid(GSID_PREFIX.playbook, 'playbook', 3), 'Legacy Churn PB', 'COMPANY', 'Risk', CTA_TYPES.Risk, ['Save call', 'Discount approval'], { active: false }),
];

// ---- success plans, goals ----------------------------------------------------------------------

function plan(n: number, Name: string, co: CompanyRecord, type: string, status: string, owner: GsUser, DueDate: string): SuccessPlan {
  const closed = CLOSED_SUCCESS_PLAN_STATUSES.has(status);
  return {
    Gsid: seedGsid(GSID_PREFIX.successPlan, 'sp', n), Name, EntityType: 'COMPANY', CompanyId: String(co.Gsid), RelationshipId: null,
    TypeId: seedPicklist('SUCCESS_PLAN_TYPE', type).Gsid, StatusId: seedPicklist('SUCCESS_PLAN_STATUS', status).Gsid, OwnerId: owner.Gsid,
    DueDate, StartDate: '2024-01-15', Comments: null, Templates: null, IsClosed: closed, ClosedDate: closed ? DueDate : null,
    CreatedDate: SEED_EPOCH + n * 60_000, ModifiedDate: SEED_EPOCH + n * 60_000,
  };
}

export const SEED_SUCCESS_PLANS: readonly SuccessPlan[] = [
  plan(1, 'Acme adoption plan', ACME, 'Adoption', 'Active', STEVE, '2025-06-30'),
  plan(2, 'Heroku renewal plan', HEROKU, 'Renewal', 'Draft', JOE, '2026-03-31'),
];

/** The Acme plan's one objective (a CTA of type Objective). */
export const SEED_OBJECTIVES: readonly Cta[] = [
  { ...cta(seedGsid(GSID_PREFIX.cta, 'objective', 1), 'Reach 70% weekly active users', ACME, 'Objective', 'Adoption', STEVE, 'Open', '2025-06-30', 6), SuccessPlanId: seedGsid(GSID_PREFIX.successPlan, 'sp', 1), Source: 'SUCCESS_PLAN' },
];

export const SEED_SUCCESS_PLAN_TEMPLATES: readonly SuccessPlanTemplate[] = [
  { name: 'Standard Onboarding', objectives: [{ name: 'Kick-off completed', daysFromCreation: 7 }, { name: 'First value delivered', daysFromCreation: 30 }] },
  { name: 'Renewal Readiness', objectives: [{ name: 'Executive sponsor confirmed', daysFromCreation: 14 }] },
];

export const SEED_GOAL_TEMPLATES: readonly GoalTemplate[] = [
  { id: seedGsid(GSID_PREFIX.goalTemplate, 'template', 1), name: 'Adoption Goal', description: 'Drive weekly active usage', category: 'Adoption', isActive: true },
  { id: seedGsid(GSID_PREFIX.goalTemplate, 'template', 2), name: 'Renewal Readiness', description: 'Everything in place for the renewal', category: 'Retention', isActive: true },
  { id: seedGsid(GSID_PREFIX.goalTemplate, 'template', 3), name: 'Expansion Target', description: 'Grow seats or modules', category: 'Growth', isActive: true },
  { id: seedGsid(GSID_PREFIX.goalTemplate, 'template', 4), name: 'Legacy Onboarding', description: 'Replaced by the new onboarding program', category: 'Onboarding', isActive: false },
];

function goal(n: number, g: Omit<GoalFields, 'Gsid' | 'CreatedDate' | 'ModifiedDate'>): GoalRecord {
  return { ...g, Gsid: seedGsid(GSID_PREFIX.goal, 'goal', n), CreatedDate: SEED_EPOCH + n * 60_000, ModifiedDate: SEED_EPOCH + n * 60_000 };
}

export const SEED_GOALS: readonly GoalRecord[] = [
  goal(1, { Name: 'Increase weekly active users', Description: 'From 40% to 70% of licensed seats', CompanyId: String(ACME.Gsid), TemplateId: SEED_GOAL_TEMPLATES[0].id, Status: 'In Progress', OwnerId: STEVE.Gsid, TargetDate: '2025-06-30', CompletionPercentage: 45, EntityType: 'COMPANY', Associations: { CTA: [BIG_CTA.Gsid], SP: [SEED_SUCCESS_PLANS[0].Gsid] } }),
  goal(2, { Name: 'Renewal readiness', Description: null, CompanyId: String(HEROKU.Gsid), TemplateId: SEED_GOAL_TEMPLATES[1].id, Status: 'Not Started', OwnerId: JOE.Gsid, TargetDate: '2026-03-31', CompletionPercentage: 0, EntityType: 'COMPANY', Associations: { CTA: [], SP: [SEED_SUCCESS_PLANS[1].Gsid] } }),
  goal(3, { Name: 'Expand to EMEA', Description: 'Second region roll-out', CompanyId: String(IBM.Gsid), TemplateId: SEED_GOAL_TEMPLATES[2].id, Status: 'At Risk', OwnerId: ANKUSH.Gsid, TargetDate: '2025-12-31', CompletionPercentage: 20, EntityType: 'COMPANY', Associations: { CTA: [], SP: [] } }),
];

function metric(n: number, g: GoalRecord, Name: string, CurrentValue: number | null, TargetValue: number, Unit: string | null): GoalMetric {
  return { Gsid: seedGsid(GSID_PREFIX.metric, 'metric', n), GoalId: g.Gsid, Name, CurrentValue, TargetValue, Unit, LastUpdatedDate: SEED_EPOCH + n * 60_000 };
}

export const SEED_METRICS: readonly GoalMetric[] = [
  metric(1, SEED_GOALS[0], 'Weekly active users', 412, 700, 'users'),
  metric(2, SEED_GOALS[0], 'Feature adoption', 38, 60, '%'),
  metric(3, SEED_GOALS[1], 'Open support tickets', 14, 5, 'tickets'),
];

// ---- loading -----------------------------------------------------------------------------------

/** Put a fresh copy of the seed data into the store (the constants themselves are never mutated). */
export function seedStore(store: SandboxStore): void {
  for (const u of SEED_USERS) store.users.set(u.Gsid, { ...u });
  for (const c of SEED_COMPANIES) store.companies.set(String(c.Gsid), { ...c });
  for (const p of SEED_PICKLISTS) store.picklists.set(p.Gsid, { ...p });
  for (const c of [...SEED_CTAS, ...SEED_OBJECTIVES]) store.ctas.set(c.Gsid, { ...c });
  for (const t of SEED_TASKS) store.tasks.set(t.Gsid, { ...t });
  for (const p of SEED_PLAYBOOKS) store.playbooks.set(p.gsid, { ...p, taskTemplates: p.taskTemplates.map((t) => ({ ...t })) });
  for (const s of SEED_SUCCESS_PLANS) store.successPlans.set(s.Gsid, { ...s });
  for (const t of SEED_SUCCESS_PLAN_TEMPLATES) store.successPlanTemplates.set(t.name, { ...t, objectives: t.objectives.map((o) => ({ ...o })) });
  for (const t of SEED_GOAL_TEMPLATES) store.goalTemplates.set(t.id, { ...t });
  for (const g of SEED_GOALS) store.goals.set(g.Gsid, { ...g, Associations: { CTA: [...g.Associations.CTA], SP: [...g.Associations.SP] } });
  for (const m of SEED_METRICS) store.metrics.set(m.Gsid, { ...m });
}
