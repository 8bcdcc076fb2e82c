import { GSID_PREFIX } from '../ids';
import { defineObject, field, systemField } from './types';

export const TASK_STATUSES = ['New', 'Open', 'Work In Progress', 'Closed Success', "Closed Won't Do"] as const;
export const CLOSED_TASK_STATUSES: ReadonlySet<string> = new Set(['Closed Success', "Closed Won't Do"]);
export const TASK_PRIORITIES = ['Low', 'Medium', 'High'] as const;
export const TASK_TYPES = ['Task', 'Call', 'Meeting', 'Milestone'] as const;
export const ENTITY_TYPES = ['COMPANY', 'RELATIONSHIP'] as const;

/**
 * CTAs as `POST /v2/cockpit/cta/list` reads them: the field names of the Fetch CTA sample
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation):
 * type, status, priority and reason are GSIDs of config items (`TypeId__gr.Name` reads the name),
 * dates are answered as ISO text (DueDate and ClosedDate as `YYYY-MM-DD`). The MDA name
 * `call_to_action` is what deployed connectors read. Any `__gc` field is accepted.
 */
export const CTA = defineObject('call_to_action', 'Call To Action', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  field('Name', 'STRING', { required: true, nillable: false }),
  field('EntityType', 'PICKLIST', { picklistValues: ENTITY_TYPES }),
  field('CompanyId', 'GSID', { lookupObject: 'Company' }),
  field('RelationshipId', 'GSID', { lookupObject: 'Relationship' }),
  field('TypeId', 'GSID', { lookupObject: 'da_picklist' }),
  field('ReasonId', 'GSID', { lookupObject: 'da_picklist' }),
  field('StatusId', 'GSID', { lookupObject: 'da_picklist' }),
  field('PriorityId', 'GSID', { lookupObject: 'da_picklist' }),
  field('OwnerId', 'GSID', { lookupObject: 'gsuser' }),
  field('DueDate', 'DATE'),
  systemField('ClosedDate', 'DATE'),
  systemField('IsClosed', 'BOOLEAN'),
  field('IsImportant', 'BOOLEAN'),
  field('Comments', 'STRING', { maxLength: 131072 }),
  systemField('PlaybookId', 'GSID'),
  systemField('SuccessPlanId', 'GSID', { lookupObject: 'cta_group' }),
  systemField('Source', 'STRING'),
  systemField('CreatedDate', 'DATETIME'),
  systemField('ModifiedDate', 'DATETIME'),
], { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.cta, dynamicCustom: true });

/**
 * Success plans as `POST /v2/successPlan/list/` reads them (a third-party summary of
 * https://support.gainsight.com/gainsight_nxt/Success_Plans/Success_Plan_API_Documentation/Success_Plan_APIs
 * gives the path, not the fields: these follow the CTA list's pattern). `cta_group` is the MDA name
 * deployed connectors read plans from.
 */
export const SUCCESS_PLAN = defineObject('cta_group', 'Success Plan', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  field('Name', 'STRING', { required: true, nillable: false }),
  field('EntityType', 'PICKLIST', { picklistValues: ENTITY_TYPES }),
  field('CompanyId', 'GSID', { lookupObject: 'Company' }),
  field('RelationshipId', 'GSID', { lookupObject: 'Relationship' }),
  field('TypeId', 'GSID', { lookupObject: 'da_picklist' }),
  field('StatusId', 'GSID', { lookupObject: 'da_picklist' }),
  field('OwnerId', 'GSID', { lookupObject: 'gsuser' }),
  field('DueDate', 'DATE'),
  field('StartDate', 'DATE'),
  field('Comments', 'STRING', { maxLength: 131072 }),
  systemField('Templates', 'STRING'),
  systemField('IsClosed', 'BOOLEAN'),
  systemField('ClosedDate', 'DATE'),
  systemField('CreatedDate', 'DATETIME'),
  systemField('ModifiedDate', 'DATETIME'),
], { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.successPlan, dynamicCustom: true });

/**
 * Tasks as stored, with the field names of the v2 write API (000): used for `includes` of the
 * task list and by the describe endpoint (`cs_task`). Any `__gc` field is accepted.
 */
export const TASK_RECORD = defineObject(
  'cs_task',
  'CS Task',
  [
    systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
    field('Name', 'STRING', { required: true, nillable: false }),
    field('Description', 'STRING', { maxLength: 32768 }),
    field('CtaId', 'GSID', { required: true, lookupObject: 'call_to_action', updateable: false }),
    systemField('CompanyId', 'GSID', { lookupObject: 'company' }),
    field('OwnerId', 'GSID', { required: true, lookupObject: 'gsuser' }),
    field('Status', 'PICKLIST', { picklistValues: TASK_STATUSES }),
    field('Priority', 'PICKLIST', { picklistValues: TASK_PRIORITIES }),
    field('Type', 'PICKLIST', { picklistValues: TASK_TYPES }),
    field('DueDate', 'DATE'),
    systemField('ClosedDate', 'DATE'),
    systemField('IsClosed', 'BOOLEAN'),
    systemField('PlaybookId', 'GSID'),
    systemField('Order', 'NUMBER'),
    systemField('CreatedDate', 'DATETIME'),
    systemField('ModifiedDate', 'DATETIME'),
  ],
  { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.task, dynamicCustom: true },
);

/** Tasks as `GET /v1/tasks/{id}` and `POST /v1/tasks/search` (001) answer them. */
export const TASK_VIEW = defineObject(
  'Task',
  'Task',
  [
    systemField('Gsid', 'GSID'),
    systemField('Name', 'STRING'),
    systemField('Description', 'STRING', { maxLength: 32768 }),
    systemField('CTAId', 'GSID', { lookupObject: 'call_to_action' }),
    systemField('CompanyId', 'GSID', { lookupObject: 'company' }),
    systemField('CompanyName', 'STRING'),
    systemField('OwnerId', 'GSID', { lookupObject: 'gsuser' }),
    systemField('OwnerName', 'STRING'),
    systemField('Status', 'PICKLIST', { picklistValues: TASK_STATUSES }),
    systemField('Priority', 'PICKLIST', { picklistValues: TASK_PRIORITIES }),
    systemField('Type', 'PICKLIST', { picklistValues: TASK_TYPES }),
    systemField('DueDate', 'DATE'),
    systemField('CompletedDate', 'DATE'),
    systemField('IsClosed', 'BOOLEAN'),
    systemField('PlaybookId', 'GSID'),
    systemField('Order', 'NUMBER'),
    systemField('CreatedDate', 'DATETIME'),
    systemField('ModifiedDate', 'DATETIME'),
  ],
  // the /v1/tasks read view, not an MDA object
  { objectType: 'SYSTEM', keyPrefix: GSID_PREFIX.task, dynamicCustom: true },
);
