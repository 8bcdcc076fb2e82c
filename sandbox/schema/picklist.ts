import { GSID_PREFIX } from '../ids';
import { defineObject, systemField } from './types';

/**
 * The tenant's cockpit configuration: CTA types, statuses, priorities and reasons, success plan
 * types and statuses, as items of one picklist table (`da_picklist`, the Data Management name of
 * dropdown items). CTAs and success plans point at items by GSID (`TypeId`, `StatusId` …) and the
 * list APIs read their names through them (`TypeId__gr.Name`), as the Fetch CTA sample does
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Call_To_Action_(CTA)_API_Documentation).
 *
 * The categories are those the config API is asked for (`CTA_STATUS, CTA_PRIORITY, CTA_TYPE`, a
 * third-party summary); `CTA_REASON` and `SUCCESS_PLAN_STATUS` are the sandbox's names for the two
 * no source names. `Closed` (a status that closes) and `TypeId` (a reason belongs to one CTA type)
 * are the sandbox's own keys: the documents show no config item.
 */

export const CTA_CATEGORIES = ['CTA_TYPE', 'CTA_STATUS', 'CTA_PRIORITY', 'CTA_REASON'] as const;
export const SUCCESS_PLAN_CATEGORIES = ['SUCCESS_PLAN_TYPE', 'SUCCESS_PLAN_STATUS'] as const;
export type PicklistCategory = (typeof CTA_CATEGORIES)[number] | (typeof SUCCESS_PLAN_CATEGORIES)[number];

export const PICKLIST = defineObject('da_picklist', 'Picklist Item', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  systemField('Name', 'STRING'),
  systemField('Category', 'STRING'),
  systemField('SystemName', 'STRING'),
  systemField('Active', 'BOOLEAN'),
  systemField('DisplayOrder', 'NUMBER'),
], { objectType: 'SYSTEM', keyPrefix: GSID_PREFIX.picklist });

/** The seeded configuration, by category: names in display order. */
export const CTA_TYPE_NAMES = ['Risk', 'Expansion', 'Lifecycle', 'Activity', 'Objective'] as const;
export const CTA_STATUS_NAMES = ['New', 'Open', 'Work In Progress', 'Closed Success', 'Closed Lost'] as const;
export const CLOSED_CTA_STATUSES: ReadonlySet<string> = new Set(['Closed Success', 'Closed Lost']);
export const CTA_PRIORITY_NAMES = ['Low', 'Medium', 'High'] as const;
/** Reasons per CTA type. */
export const CTA_REASONS: Readonly<Record<(typeof CTA_TYPE_NAMES)[number], readonly string[]>> = {
  Risk: ['Support Risk', 'Bugs Risk', 'Low Health Score', 'Budget'],
  Expansion: ['Upsell', 'Cross-sell'],
  Lifecycle: ['Onboarding', 'Renewal'],
  Activity: ['Follow-up'],
  Objective: ['Adoption', 'Value Realization'],
};
export const SUCCESS_PLAN_TYPE_NAMES = ['Onboarding', 'Renewal', 'Adoption'] as const;
export const SUCCESS_PLAN_STATUS_NAMES = ['Draft', 'Active', 'Complete', 'Cancelled'] as const;
export const CLOSED_SUCCESS_PLAN_STATUSES: ReadonlySet<string> = new Set(['Complete', 'Cancelled']);
