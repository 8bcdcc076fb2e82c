import { GSID_PREFIX } from '../ids';
import { defineObject, systemField } from './types';

/** Gainsight users (gsuser): read-only through the API, the target of Owner/CSM lookups. */
export const GSUSER = defineObject('gsuser', 'User', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  systemField('FirstName', 'STRING'),
  systemField('LastName', 'STRING'),
  systemField('Name', 'STRING'),
  systemField('Email', 'EMAIL'),
], { objectType: 'SYSTEM', keyPrefix: GSID_PREFIX.user, dataApi: { write: false, delete: false, readOnlyReason: 'read only' } });
