import { GSID_PREFIX } from '../ids';
import { defineObject, field, systemField, type FieldDef, type ObjectSchema } from './types';

/**
 * Timeline activities (https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs):
 * written through the Timeline API (`/v1/ant/es/activity`), read through the data-object query API
 * as `activity_timeline` (field names of a verbatim copy of the Timeline read sample: ContextName,
 * GsCompanyId, GsRelationshipId, AuthorId, ExternalAttendees, InternalAttendees, `Ant__X__c` custom
 * fields; the rest follow the create body). Attendees are kept as e-mails joined with `;` (the
 * sandbox's choice: the read sample shows no value).
 */

export const ACTIVITY_TYPES = ['Update', 'Call', 'Meeting', 'Email', 'Milestone'] as const;
export const ACTIVITY_CONTEXTS = ['Company', 'Relationship'] as const;

/** Timeline custom fields: `Ant__<Name>__c`. */
export const isTimelineCustomField = (name: string) => /^Ant__[A-Za-z0-9_]+__c$/i.test(name);

const BASE = defineObject('activity_timeline', 'Timeline Activity', [
  systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
  systemField('ExternalId', 'STRING'),
  systemField('ContextName', 'STRING'),
  systemField('GsCompanyId', 'GSID', { lookupObject: 'Company' }),
  systemField('GsRelationshipId', 'GSID', { lookupObject: 'Relationship' }),
  systemField('TypeName', 'STRING'),
  systemField('Subject', 'STRING'),
  systemField('Notes', 'STRING', { maxLength: 131072 }),
  systemField('AuthorId', 'GSID', { lookupObject: 'gsuser' }),
  systemField('ActivityDate', 'DATETIME'),
  systemField('InternalAttendees', 'STRING', { maxLength: 32768 }),
  systemField('ExternalAttendees', 'STRING', { maxLength: 32768 }),
  systemField('CreatedDate', 'DATETIME'),
  systemField('ModifiedDate', 'DATETIME'),
], {
  objectType: 'STANDARD',
  keyPrefix: GSID_PREFIX.activity,
  dataApi: { write: false, delete: false, readOnlyReason: 'activities are written through the Timeline API (/v1/ant/es/activity)' },
});

/** Any `Ant__X__c` field reads as text. */
export const ACTIVITY: ObjectSchema = {
  ...BASE,
  field(name: string): FieldDef | undefined {
    return BASE.field(name) ?? (isTimelineCustomField(name) ? field(name, 'STRING', { createable: false, updateable: false }) : undefined);
  },
};
