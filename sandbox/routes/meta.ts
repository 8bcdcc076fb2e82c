import { ApiError, CODES, ok, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import { OBJECTS, schemaOf } from '../schema';
import type { FieldDef, ObjectSchema } from '../schema/types';
import { describeAnswer } from '../shapes';
import type { Row } from '../util';

/**
 * Data Management metadata
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Data_Management_APIs/Data_Management_APIs):
 *   list     → data: [{objectName, label, objectType: STANDARD|CUSTOM|SYSTEM, keyPrefix, transactional,
 *              multiCurrencySupported, readable, createable, schemaUpdateable}] (the documented item keys)
 *   describe → {objectName, label, objectType, keyPrefix, fields: [{fieldName, label, dataType, objectName,
 *              meta: {createable, updateable, required, nillable}, maxLength?, picklistValues?: string[],
 *              lookupDetail?: {lookupObject, lookupField: 'Gsid', relationshipName: '<Field>__gr'}}]},
 *              as a one-item list or the object itself (the `shapes.describe` switch, shapes.ts).
 * Field keys beyond fieldName/label/dataType/meta are the sandbox's own (the documented sample
 * nests its lookup details differently).
 */

function describeField(objectName: string, f: FieldDef): Row {
  const out: Row = {
    fieldName: f.fieldName,
    label: f.label,
    dataType: f.dataType,
    objectName,
    meta: { createable: f.createable, updateable: f.updateable, required: f.required, nillable: f.nillable },
  };
  if (f.maxLength !== undefined) out.maxLength = f.maxLength;
  if (f.picklistValues) out.picklistValues = [...f.picklistValues];
  if (f.lookupObject) out.lookupDetail = { lookupObject: f.lookupObject, lookupField: 'Gsid', relationshipName: `${f.fieldName}__gr` };
  return out;
}

/** `transactional` is documented on custom objects only; its meaning is not, so it simply follows them. */
function listItem(s: ObjectSchema): Row {
  return {
    objectName: s.objectName,
    label: s.label,
    objectType: s.objectType,
    keyPrefix: s.keyPrefix,
    transactional: s.objectType === 'CUSTOM',
    multiCurrencySupported: false,
    readable: true,
    createable: s.dataApi?.write ?? false,
    schemaUpdateable: s.objectType !== 'SYSTEM',
  };
}

function list(): Reply {
  return ok(OBJECTS.map(listItem));
}

function describe(ctx: RouteCtx): Reply {
  const schema = schemaOf(ctx.params.object);
  if (!schema) throw new ApiError(400, CODES.INVALID_FIELD, `Invalid object name: ${ctx.params.object}`);
  const { objectName, label, objectType, keyPrefix } = schema;
  const fields = schema.fields.map((f) => describeField(objectName, f));
  return describeAnswer(ctx.shapes, { objectName, label, objectType, keyPrefix, fields });
}

export const metaRoutes: Route[] = [
  { method: 'GET', path: '/v1/meta/services/objects/list', handler: list },
  { method: 'GET', path: '/v1/meta/services/objects/:object/describe', handler: describe },
];
