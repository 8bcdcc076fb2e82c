import { GSID_PREFIX } from '../ids';
import { defineObject, field, recordFields } from './types';

/**
 * Relationships and their types, documented beside Company
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Error_Codes_for_Company%2C_Relationship%2C_and_Custom_Object_APIs).
 * Fields are inferred (no public describe of `relationship`): a relationship needs a Name, the
 * company it belongs to and its relationship type.
 */

export const RELATIONSHIP_STAGES = ['New', 'Onboarding', 'Adopting', 'Renewing'] as const;

/** Read-only here: the data API documents no writes for it (Relationship Types are configured in the admin UI or the Bulk API). */
export const RELATIONSHIP_TYPE = defineObject('RelationshipType', 'Relationship Type', recordFields([
  field('Name', 'STRING', { required: true, nillable: false }),
  field('Description', 'STRING'),
]), {
  objectType: 'STANDARD',
  keyPrefix: GSID_PREFIX.relationshipType,
  dataApi: { write: false, delete: false, readOnlyReason: 'read only: relationship types are configured in Administration' },
});

export const RELATIONSHIP = defineObject('Relationship', 'Relationship', recordFields([
  field('Name', 'STRING', { required: true, nillable: false }),
  field('CompanyId', 'GSID', { label: 'Company', required: true, nillable: false, lookupObject: 'Company' }),
  field('TypeId', 'GSID', { label: 'Relationship Type', required: true, nillable: false, lookupObject: 'RelationshipType' }),
  field('CSM', 'GSID', { label: 'CSM', lookupObject: 'gsuser' }),
  field('ARR', 'CURRENCY', { label: 'ARR' }),
  field('RenewalDate', 'DATE'),
  field('Stage', 'PICKLIST', { picklistValues: RELATIONSHIP_STAGES }),
  field('ExternalId__gc', 'STRING', { label: 'External Id' }),
]), { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.relationship, dataApi: { write: true, delete: true } });
