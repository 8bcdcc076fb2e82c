import { ApiError, CODES, ok, type Reply } from '../envelope';
import type { Route, RouteCtx } from '../router';
import { OBJECTS, schemaOf } from '../schema';
import type { FieldDef } from '../schema/types';
import type { Row } from '../util';

/**
 * Data Management metadata (named in 003 and DESIGN.md; shape chosen here):
 *   list     → data: [{objectName, label}]
 *   describe → data: {objectName, label, fields: [{fieldName, label, dataType, objectName,
 *              meta: {createable, updateable, required, nillable}, maxLength?, picklistValues?: string[],
 *              lookupDetail?: {lookupObject, lookupField: 'Gsid', relationshipName: '<Field>__gr'}}]}
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

function list(): Reply {
  return ok(OBJECTS.map((s) => ({ objectName: s.objectName, label: s.label })));
}

function describe(ctx: RouteCtx): Reply {
  const schema = schemaOf(ctx.params.object);
  if (!schema) throw new ApiError(400, CODES.INVALID_FIELD, `Invalid object name: ${ctx.params.object}`);
  return ok({ objectName: schema.objectName, label: schema.label, fields: schema.fields.map((f) => describeField(schema.objectName, f)) });
}

export const metaRoutes: Route[] = [
  { method: 'GET', path: '/v1/meta/services/objects/list', handler: list },
  { method: 'GET', path: '/v1/meta/services/objects/:object/describe', handler: describe },
];
