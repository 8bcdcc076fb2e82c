import { GsidFactory } from './ids';
import { DATA_OBJECTS, schemaOf } from './schema';
import type { PicklistCategory } from './schema/picklist';
import type { ObjectSchema } from './schema/types';
import type { Row } from './util';

/** A Company row: every field of schema/company.ts, null when unset; dates as epoch ms. */
export type CompanyRecord = Row;

export interface GsUser {
  Gsid: string;
  FirstName: string;
  LastName: string;
  Name: string;
  Email: string;
  [field: string]: unknown;
}

/** A config item (schema/picklist.ts): a CTA type, status, priority or reason, a success plan type or status. */
export interface PicklistItem {
  Gsid: string;
  Name: string;
  Category: PicklistCategory;
  SystemName: string;
  Active: boolean;
  DisplayOrder: number;
  /** Statuses: whether setting it closes the CTA or plan. */
  Closed?: boolean;
  /** Reasons: the CTA type they belong to. */
  TypeId?: string;
}

/** A CTA as stored (the Fetch CTA sample's field names); custom `__gc` fields sit beside the standard ones. */
export interface Cta {
  Gsid: string;
  Name: string;
  EntityType: 'COMPANY' | 'RELATIONSHIP';
  CompanyId: string;
  RelationshipId: string | null;
  TypeId: string;
  ReasonId: string | null;
  StatusId: string;
  PriorityId: string;
  OwnerId: string;
  DueDate: string; // YYYY-MM-DD
  ClosedDate: string | null; // YYYY-MM-DD
  IsClosed: boolean;
  IsImportant: boolean;
  Comments: string | null;
  PlaybookId: string | null;
  /** Objectives: the success plan they belong to. */
  SuccessPlanId: string | null;
  Source: string;
  CreatedDate: number;
  ModifiedDate: number;
  [field: string]: unknown;
}

/** A task as stored (v2 field names). Custom `__gc` fields sit beside the standard ones. */
export interface TaskRecord {
  Gsid: string;
  Name: string;
  Description: string | null;
  CtaId: string;
  CompanyId: string | null;
  OwnerId: string;
  Status: string;
  Priority: string;
  Type: string;
  DueDate: string; // YYYY-MM-DD
  ClosedDate: string | null; // YYYY-MM-DD
  IsClosed: boolean;
  PlaybookId: string | null;
  Order: number | null;
  CreatedDate: number;
  ModifiedDate: number;
  [field: string]: unknown;
}

export interface TaskTemplate {
  name: string;
  description: string;
  order: number;
  daysFromCreation: number;
}

export type PlaybookEntityType = 'COMPANY' | 'GLOBAL' | 'RELATIONSHIP';

export interface Playbook {
  gsid: string;
  name: string;
  description: string;
  active: boolean;
  entityType: PlaybookEntityType;
  /** Relationship type GSID for RELATIONSHIP playbooks, else null. */
  entityId: string | null;
  typeId: string;
  typeName: string;
  taskTemplates: TaskTemplate[];
  createdDate: number;
  modifiedDate: number;
}

/** A success plan as stored; its objectives are CTAs of type Objective with its GSID as SuccessPlanId. */
export interface SuccessPlan {
  Gsid: string;
  Name: string;
  EntityType: 'COMPANY' | 'RELATIONSHIP';
  CompanyId: string;
  RelationshipId: string | null;
  TypeId: string;
  StatusId: string;
  OwnerId: string | null;
  DueDate: string | null; // YYYY-MM-DD
  StartDate: string | null; // YYYY-MM-DD
  Comments: string | null;
  /** Names of the templates applied at create. */
  Templates: string | null;
  IsClosed: boolean;
  ClosedDate: string | null;
  CreatedDate: number;
  ModifiedDate: number;
  [field: string]: unknown;
}

/** A success plan template: the objectives it adds to a plan, due that many days after the plan is created. */
export interface SuccessPlanTemplate {
  name: string;
  objectives: Array<{ name: string; daysFromCreation: number }>;
}

/** The standard fields of a goal (no custom fields). */
export interface GoalFields {
  Gsid: string;
  Name: string;
  Description: string | null;
  CompanyId: string;
  TemplateId: string | null;
  Status: string;
  OwnerId: string | null;
  TargetDate: string | null; // YYYY-MM-DD
  CompletionPercentage: number;
  EntityType: 'COMPANY' | 'RELATIONSHIP';
  Associations: { CTA: string[]; SP: string[] };
  CreatedDate: number;
  ModifiedDate: number;
}

/** A goal as stored (004 field names); custom `__gc` fields sit beside the standard ones. */
export interface GoalRecord extends GoalFields {
  [field: string]: unknown;
}

export interface GoalTemplate {
  id: string;
  name: string;
  description: string;
  category: string;
  isActive: boolean;
}

export interface GoalMetric {
  Gsid: string;
  GoalId: string;
  Name: string;
  CurrentValue: number | null;
  TargetValue: number;
  Unit: string | null;
  LastUpdatedDate: number;
}

/** What a task update with a changed DueDate did (`dueDateCriteria`), for tests to inspect. */
export interface DueDateCascade {
  taskGsid: string;
  ctaGsid: string;
  criteria: 'ALL_OPEN_TASKS' | 'OPEN_TASKS_AND_CTA' | 'NO';
  previousDueDate: string;
  newDueDate: string;
  deltaDays: number;
  shiftedTaskGsids: string[];
  ctaDueDate: { before: string; after: string } | null;
  at: number;
}

/**
 * All sandbox data, in Maps keyed by GSID (goal templates by id). Tests may read and write it directly.
 * Every data object has a table (`table('Usage__gc')`); Company's and gsuser's are `companies` and `users`.
 */
export class SandboxStore {
  readonly companies = new Map<string, CompanyRecord>();
  readonly users = new Map<string, GsUser>();
  readonly ctas = new Map<string, Cta>();
  readonly tasks = new Map<string, TaskRecord>();
  readonly playbooks = new Map<string, Playbook>();
  readonly successPlans = new Map<string, SuccessPlan>();
  readonly successPlanTemplates = new Map<string, SuccessPlanTemplate>();
  /** The cockpit configuration (CTA and success plan types, statuses, priorities, reasons), by GSID. */
  readonly picklists = new Map<string, PicklistItem>();
  readonly goals = new Map<string, GoalRecord>();
  readonly goalTemplates = new Map<string, GoalTemplate>();
  readonly metrics = new Map<string, GoalMetric>();
  readonly dueDateCascades: DueDateCascade[] = [];
  /** Rows matched by recent reads, by object + where + orderBy (the readCache option). */
  readCache: Map<string, unknown[]> | undefined;
  readonly ids = new GsidFactory();
  /** Data-object tables by lower-case object name. */
  private readonly tables = new Map<string, Map<string, Row>>();

  constructor() {
    for (const s of DATA_OBJECTS) this.tables.set(s.objectName.toLowerCase(), new Map());
    this.tables.set('company', this.companies);
    this.tables.set('gsuser', this.users as Map<string, Row>);
  }

  useReadCache(on: boolean): void {
    this.readCache = on ? (this.readCache ?? new Map()) : undefined;
  }

  /** A data-object write through the API: earlier reads' matches are stale. */
  dataChanged(): void {
    this.readCache?.clear();
  }

  /** The live table of a data object (case-insensitive name), keyed by GSID; undefined for other names. */
  table(objectName: string): Map<string, Row> | undefined {
    return this.tables.get(objectName.toLowerCase());
  }

  /** The rows of a data object (a copy of the list; the rows themselves are live). */
  records(objectName: string): Row[] {
    const t = this.table(objectName);
    if (!t) throw new Error(`Not a data object: ${objectName}`);
    return Array.from(t.values());
  }

  /** The collections `GET /__sandbox/store/:collection` can list: the named ones, then any data object. */
  collection(name: string): Iterable<unknown> | undefined {
    switch (name) {
      case 'companies': return this.companies.values();
      case 'users': return this.users.values();
      case 'ctas': return this.ctas.values();
      case 'tasks': return this.tasks.values();
      case 'playbooks': return this.playbooks.values();
      case 'successPlans': return this.successPlans.values();
      case 'successPlanTemplates': return this.successPlanTemplates.values();
      case 'picklists': return this.picklists.values();
      case 'goals': return this.goals.values();
      case 'goalTemplates': return this.goalTemplates.values();
      case 'metrics': return this.metrics.values();
      case 'dueDateCascades': return this.dueDateCascades;
      default: return this.table(name)?.values();
    }
  }

  /** Rows of an object that lookups and `__gr` reads can reach, by object name. */
  rowsOf(objectName: string): Iterable<Row> | undefined {
    return this.cockpitTable(objectName)?.values() ?? this.table(objectName)?.values();
  }

  /** One row of such an object by GSID. */
  related(objectName: string, gsid: string): Row | undefined {
    return (this.cockpitTable(objectName) ?? this.table(objectName))?.get(gsid);
  }

  /** The cockpit objects, which have their own APIs (not the data-object API). */
  private cockpitTable(objectName: string): Map<string, Row> | undefined {
    switch (objectName.toLowerCase()) {
      case 'call_to_action': return this.ctas;
      case 'cta_group': return this.successPlans;
      case 'da_picklist': return this.picklists as unknown as Map<string, Row>;
      default: return undefined;
    }
  }

  /** What query.ts needs to read an object, including `X__gr.Field` through GSID fields. */
  queryEnv(schema: ObjectSchema, opts: { operatorTable?: boolean } = {}): QueryEnv {
    return { schema, schemaOf, related: (o, id) => this.related(o, id), operatorTable: opts.operatorTable ?? false };
  }

  clear(): void {
    this.readCache?.clear();
    for (const t of this.tables.values()) t.clear();
    this.ctas.clear();
    this.tasks.clear();
    this.playbooks.clear();
    this.successPlans.clear();
    this.successPlanTemplates.clear();
    this.picklists.clear();
    this.goals.clear();
    this.goalTemplates.clear();
    this.metrics.clear();
    this.dueDateCascades.length = 0;
    this.ids.reset();
  }
}

export interface QueryEnv {
  schema: ObjectSchema;
  schemaOf(objectName: string): ObjectSchema | undefined;
  related(objectName: string, gsid: string): Row | undefined;
  /** Refuse operators the read API's table does not give the field's data type (data-object reads). */
  operatorTable: boolean;
}
