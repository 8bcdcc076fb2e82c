import { GSID_PREFIX } from '../ids';
import { defineObject, field, systemField } from './types';

export const CTA_STATUSES = ['Open', 'Work In Progress', 'Closed Success', 'Closed Lost'] as const;
export const TASK_STATUSES = ['New', 'Open', 'Work In Progress', 'Closed Success', "Closed Won't Do"] as const;
export const CLOSED_TASK_STATUSES: ReadonlySet<string> = new Set(['Closed Success', "Closed Won't Do"]);
export const TASK_PRIORITIES = ['Low', 'Medium', 'High'] as const;
export const TASK_TYPES = ['Task', 'Call', 'Meeting', 'Milestone'] as const;

/** CTAs as stored and as `POST /v2/cockpit/cta/list` answers them (DueDate `YYYY-MM-DD`). */
export const CTA = defineObject('cs_cta', 'Call To Action', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  field('Name', 'STRING', { required: true, nillable: false }),
  field('CompanyId', 'GSID', { lookupObject: 'company' }),
  field('CompanyName', 'STRING'),
  field('Status', 'PICKLIST', { picklistValues: CTA_STATUSES }),
  field('IsClosed', 'BOOLEAN'),
  field('TypeId', 'GSID'),
  field('TypeName', 'STRING'),
  field('Priority', 'PICKLIST', { picklistValues: TASK_PRIORITIES }),
  field('OwnerId', 'GSID', { lookupObject: 'gsuser' }),
  field('DueDate', 'DATE'),
  systemField('CreatedDate', 'DATETIME'),
], { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.cta });

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
    field('CtaId', 'GSID', { required: true, lookupObject: 'cs_cta', updateable: false }),
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
    systemField('CTAId', 'GSID', { lookupObject: 'cs_cta' }),
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
