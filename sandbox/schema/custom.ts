import { GSID_PREFIX } from '../ids';
import { defineObject, field, recordFields } from './types';

/**
 * Two tenant custom objects, served by the same API as Company
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation).
 * Custom object and field API names end `__gc`; between them they carry every data type of the
 * read API's operator table.
 */

export const USAGE_FEATURES = ['Dashboards', 'Reports', 'API', 'Mobile'] as const;
export const INVOICE_STATUSES = ['Draft', 'Sent', 'Paid', 'Overdue'] as const;
export const INVOICE_PRODUCTS = ['Core', 'Analytics', 'Support'] as const;

export const USAGE = defineObject('Usage__gc', 'Usage', recordFields([
  field('Name', 'STRING'),
  field('Company__gc', 'GSID', { label: 'Company', required: true, nillable: false, lookupObject: 'Company' }),
  field('UsageDate__gc', 'DATE', { required: true, nillable: false }),
  field('Logins__gc', 'NUMBER'),
  field('ExternalId__gc', 'STRING', { label: 'External Id' }),
  field('Feature__gc', 'PICKLIST', { picklistValues: USAGE_FEATURES }),
  field('AdoptionRate__gc', 'PERCENTAGE'),
]), { objectType: 'CUSTOM', keyPrefix: GSID_PREFIX.usage, dataApi: { write: true, delete: true } });

export const INVOICE = defineObject('Invoice__gc', 'Invoice', recordFields([
  field('Name', 'STRING'),
  field('InvoiceNumber__gc', 'STRING', { required: true, nillable: false }),
  field('Company__gc', 'GSID', { label: 'Company', lookupObject: 'Company' }),
  field('Amount__gc', 'CURRENCY'),
  field('Status__gc', 'PICKLIST', { picklistValues: INVOICE_STATUSES }),
  field('Paid__gc', 'BOOLEAN'),
  field('BillingEmail__gc', 'EMAIL'),
  field('DueDate__gc', 'DATE'),
  field('IssuedAt__gc', 'DATETIME'),
  field('Products__gc', 'MULTISELECTDROPDOWNLIST', { picklistValues: INVOICE_PRODUCTS }),
]), { objectType: 'CUSTOM', keyPrefix: GSID_PREFIX.invoice, dataApi: { write: true, delete: true } });
