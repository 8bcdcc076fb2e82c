/** Field and object definitions shared by validation, queries and the describe endpoint. */

import { isCustomField } from '../util';

/**
 * Gainsight's data types as the Company API's operator table names them
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation):
 * PICKLIST is its "Dropdown List", MULTISELECTDROPDOWNLIST its "Multi select dropdown list".
 */
export type DataType =
  | 'STRING' | 'NUMBER' | 'CURRENCY' | 'PERCENTAGE' | 'BOOLEAN' | 'DATE' | 'DATETIME' | 'GSID' | 'EMAIL' | 'PICKLIST'
  | 'MULTISELECTDROPDOWNLIST';

export interface FieldDef {
  fieldName: string;
  label: string;
  dataType: DataType;
  createable: boolean;
  updateable: boolean;
  required: boolean;
  nillable: boolean;
  maxLength?: number;
  picklistValues?: readonly string[];
  /** For GSID fields that point at another object (`X__gr.Field` reads through them). */
  lookupObject?: string;
}

/** `objectType` of the object list (Data Management API). */
export type ObjectType = 'STANDARD' | 'CUSTOM' | 'SYSTEM';

/**
 * How the data-object API (`/v1/data/objects/...`) serves an object; absent = not at all
 * (cockpit objects have their own APIs).
 */
export interface DataApi {
  /** Insert and update by keys. */
  write: boolean;
  delete: boolean;
  /** Said when a write is refused (e.g. "people are written through the People API"). */
  readOnlyReason?: string;
}

export interface ObjectSchema {
  objectName: string;
  label: string;
  objectType: ObjectType;
  /** The GSID prefix of the object's records (the object list's `keyPrefix`). */
  keyPrefix: string;
  fields: readonly FieldDef[];
  dataApi?: DataApi;
  /** Rows of other objects deleted with a row of this one: `{objectName, fieldName}` pointing at it. */
  dependents?: readonly { objectName: string; fieldName: string }[];
  /** Case-insensitive field lookup; objects with `dynamicCustom` accept any `__gc` field as a STRING. */
  field(name: string): FieldDef | undefined;
}

export const STRING_MAX = 255;

/** A field with the common defaults: createable, updateable, optional, nillable; strings 255 long. */
export function field(fieldName: string, dataType: DataType, opts: Partial<FieldDef> = {}): FieldDef {
  const def: FieldDef = {
    fieldName,
    label: fieldName.replace(/__gc$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' '),
    dataType,
    createable: true,
    updateable: true,
    required: false,
    nillable: true,
    ...opts,
  };
  if ((dataType === 'STRING' || dataType === 'EMAIL') && def.maxLength === undefined) def.maxLength = STRING_MAX;
  return def;
}

/** A read-only system field. */
export function systemField(fieldName: string, dataType: DataType, opts: Partial<FieldDef> = {}): FieldDef {
  return field(fieldName, dataType, { createable: false, updateable: false, ...opts });
}

/** Gsid, CreatedDate and ModifiedDate: what every MDA record carries. */
export function recordFields(fields: FieldDef[]): FieldDef[] {
  return [
    systemField('Gsid', 'GSID', { label: 'GSID', nillable: false }),
    ...fields,
    systemField('CreatedDate', 'DATETIME'),
    systemField('ModifiedDate', 'DATETIME'),
  ];
}

export interface ObjectOptions {
  objectType: ObjectType;
  keyPrefix: string;
  dataApi?: DataApi;
  dependents?: ObjectSchema['dependents'];
  dynamicCustom?: boolean;
}

export function defineObject(objectName: string, label: string, fields: FieldDef[], opts: ObjectOptions): ObjectSchema {
  const byLower = new Map(fields.map((f) => [f.fieldName.toLowerCase(), f] as const));
  const { dynamicCustom, ...rest } = opts;
  return {
    objectName,
    label,
    fields,
    ...rest,
    field(name: string): FieldDef | undefined {
      const hit = byLower.get(name.toLowerCase());
      if (hit || !dynamicCustom || !isCustomField(name)) return hit;
      return field(name, 'STRING');
    },
  };
}
