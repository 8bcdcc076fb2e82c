import { GSID_PREFIX } from '../ids';
import { defineObject, field, recordFields } from './types';

/**
 * The People model (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Person_API/People_API_Documentation):
 * Person (one row per real person, resolved by Email) and Company_Person (person ↔ company, with
 * Title, Role ...). The data-object API reads them and deletes them; they are written through the
 * People API only (Gainsight's admin Data page too can only view and delete them).
 */

const PEOPLE_API_ONLY = 'people are written through the People API (PUT /v1/peoplemgmt/v1.0/people)';

export const PERSON = defineObject('Person', 'Person', recordFields([
  field('Email', 'EMAIL', { required: true, nillable: false }),
  field('FirstName', 'STRING'),
  field('MiddleName', 'STRING'),
  field('LastName', 'STRING'),
  field('Name', 'STRING'),
  field('LinkedinUrl', 'STRING', { label: 'LinkedIn URL' }),
  field('Location', 'STRING'),
  field('Timezone', 'STRING'),
  field('ExternalRecordID', 'STRING', { label: 'External Record ID' }),
  field('Comments', 'STRING', { maxLength: 5000 }),
  field('EmailOptOut', 'BOOLEAN', { label: 'Email Opt Out' }),
]), {
  objectType: 'STANDARD',
  keyPrefix: GSID_PREFIX.person,
  dataApi: { write: false, delete: true, readOnlyReason: PEOPLE_API_ONLY },
  dependents: [{ objectName: 'Company_Person', fieldName: 'Person_ID' }],
});

export const COMPANY_PERSON = defineObject('Company_Person', 'Company Person', recordFields([
  field('Person_ID', 'GSID', { label: 'Person', required: true, nillable: false, lookupObject: 'Person' }),
  field('Company_ID', 'GSID', { label: 'Company', required: true, nillable: false, lookupObject: 'Company' }),
  field('Title', 'STRING'),
  field('Role', 'STRING'),
  field('IsPrimaryCompany', 'BOOLEAN', { label: 'Is Primary Company' }),
  field('Manager', 'GSID', { lookupObject: 'Person' }),
  field('Active', 'BOOLEAN'),
]), { objectType: 'STANDARD', keyPrefix: GSID_PREFIX.companyPerson, dataApi: { write: false, delete: true, readOnlyReason: PEOPLE_API_ONLY } });
