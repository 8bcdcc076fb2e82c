import { GSID_PREFIX } from '../ids';
import { defineObject, field, systemField } from './types';

export const STAGES = ['New Customer', 'Kicked Off', 'Launched', 'Adopting', 'Will Churn', 'Churned'] as const;
export const COMPANY_STATUSES = ['Active', 'Inactive', 'Churned'] as const;

/**
 * The Company object (002). Picklists (Stage, Status) are stored and answered as their labels;
 * the real API answers the picklist item's GSID, which is less useful in tests.
 * Field names are the ones the article sends (CSM, ParentCompany); the article's sample answer
 * spells them `Csm`/`Parentcompany`, the sandbox keeps one spelling for both directions.
 */
export const COMPANY = defineObject('Company', 'Company', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  field('Name', 'STRING', { required: true, nillable: false }),
  field('Industry', 'STRING'),
  field('ARR', 'CURRENCY', { label: 'ARR' }),
  field('Employees', 'NUMBER'),
  field('LifecycleInWeeks', 'NUMBER', { label: 'Lifecycle in Weeks' }),
  field('OriginalContractDate', 'DATE'),
  field('RenewalDate', 'DATE'),
  field('Stage', 'PICKLIST', { picklistValues: STAGES }),
  field('Status', 'PICKLIST', { picklistValues: COMPANY_STATUSES }),
  field('CSM', 'GSID', { label: 'CSM', lookupObject: 'gsuser' }),
  field('ParentCompany', 'GSID', { lookupObject: 'company' }),
  // the article sends these as lookup sources; they are real (string) fields here
  field('CSMFirstName', 'STRING', { label: 'CSM First Name' }),
  field('CSMLastName', 'STRING', { label: 'CSM Last Name' }),
  field('ParentCompanyName', 'STRING'),
  systemField('CreatedDate', 'DATETIME'),
  systemField('ModifiedDate', 'DATETIME'),
  // tenant custom fields
  field('ExternalId__gc', 'STRING', { label: 'External Id' }),
  field('Region__gc', 'STRING'),
  field('HealthScore__gc', 'NUMBER'),
  field('IsStrategic__gc', 'BOOLEAN'),
  field('LastReviewAt__gc', 'DATETIME'),
  field('SupportEmail__gc', 'EMAIL'),
], { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.company, dataApi: { write: true, delete: true } });

/** The field names in schema order; every stored company carries all of them (null when unset). */
export const COMPANY_FIELD_NAMES: readonly string[] = COMPANY.fields.map((f) => f.fieldName);
