import { GSID_PREFIX } from '../ids';
import { defineObject, field, systemField } from './types';

/** 004's enum plus a tenant-defined status (tenants configure their own goal statuses). */
export const GOAL_STATUSES = ['Not Started', 'In Progress', 'Achieved', 'Missed', 'At Risk'] as const;
export const GOAL_ENTITY_TYPES = ['COMPANY', 'RELATIONSHIP'] as const;

/** Goals as `GET /v1/goals/{id}` and `POST /v1/goals/search` (004) answer them. */
export const GOAL_VIEW = defineObject(
  'cs_goal',
  'Customer Goal',
  [
    systemField('Gsid', 'GSID', { nillable: false }),
    field('Name', 'STRING', { required: true, nillable: false }),
    field('Description', 'STRING', { maxLength: 32768 }),
    field('CompanyId', 'GSID', { required: true, lookupObject: 'company' }),
    systemField('CompanyName', 'STRING'),
    field('TemplateId', 'STRING'),
    field('Status', 'PICKLIST', { required: true, picklistValues: GOAL_STATUSES }),
    field('OwnerId', 'GSID', { lookupObject: 'gsuser' }),
    systemField('OwnerName', 'STRING'),
    field('TargetDate', 'DATE'),
    field('CompletionPercentage', 'NUMBER'),
    field('EntityType', 'PICKLIST', { picklistValues: GOAL_ENTITY_TYPES }),
    systemField('CreatedDate', 'DATETIME'),
    systemField('ModifiedDate', 'DATETIME'),
  ],
  { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.goal, dynamicCustom: true },
);
