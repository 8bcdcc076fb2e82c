import { ApiError, CODES, envelope, ok, type Reply } from './envelope';
import { isObject, type Row } from './util';

/**
 * Answer shapes where Gainsight's documents show more than one; the sandbox serves each, so tests
 * can run the node against every one.
 *
 * read (`POST /v1/data/objects/query/{object}`):
 *   'list'     data: [ ...rows ] — the Company API article's Read sample
 *              (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation)
 *   'records'  data: { records: [ ...rows ] } — what deployed connectors read, and the Custom Object
 *              page's empty answer (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Custom_Object_API/Gainsight_Custom_Object_API_Documentation)
 * describe (`GET /v1/meta/services/objects/{object}/describe`):
 *   'list'     data: [ {objectName, label, ..., fields} ] — Gainsight's Data Management samples
 *              (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Data_Management_APIs/Data_Management_APIs)
 *   'object'   data: {objectName, label, ..., fields}
 * emptyRead (a read that matches nothing, or a page past the last one):
 *   'error'     HTTP 400, result:false, GSOBJ_1011 "No entity matches the given criteria" (Error Codes article:
 *               https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Error_Codes_for_Company%2C_Relationship%2C_and_Custom_Object_APIs)
 *   'emptyList' HTTP 200, result:true, data: { records: [] } in BOTH read shapes: the Custom Object page
 *               documents exactly this empty answer beside its `data: [...]` read sample.
 * batch (a cockpit `requests[]` write of several records, CTA and Success Plan create/update, where some
 *   records fail and some are written; the documents show only one-record answers):
 *   'failureFalse' HTTP 200, result:false, data: {success: [...], failure: [...]}: a failed record makes
 *                  the answer false, as the Task article's one-record failure sample is
 *                  (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Task_and_Playbook_API)
 *   'successTrue'  HTTP 200, result:true with the same lists: the call went through, its lists say which record did
 */

export const SHAPE_AXES = {
  read: ['list', 'records'],
  describe: ['list', 'object'],
  emptyRead: ['error', 'emptyList'],
  batch: ['failureFalse', 'successTrue'],
} as const;

export interface Shapes {
  read: (typeof SHAPE_AXES.read)[number];
  describe: (typeof SHAPE_AXES.describe)[number];
  emptyRead: (typeof SHAPE_AXES.emptyRead)[number];
  batch: (typeof SHAPE_AXES.batch)[number];
}

export const DEFAULT_SHAPES: Readonly<Shapes> = { read: 'list', describe: 'list', emptyRead: 'error', batch: 'failureFalse' };

/**
 * Every combination of the read axes (8), defaults first, each with the default batch answer:
 * `describe.each(SHAPE_VARIANTS)('$read/$describe/$emptyRead', ...)`. The batch axis changes only
 * cockpit writes of several records; their tests run it on its own (`SHAPE_AXES.batch`).
 */
export const SHAPE_VARIANTS: readonly Readonly<Shapes>[] = SHAPE_AXES.read.flatMap((read) =>
  SHAPE_AXES.describe.flatMap((describe) => SHAPE_AXES.emptyRead.map((emptyRead) => ({ read, describe, emptyRead, batch: DEFAULT_SHAPES.batch }))),
);

/** `base` with a partial patch applied; throws Error on an unknown axis or value. */
export function mergeShapes(base: Shapes, patch: unknown): Shapes {
  if (!isObject(patch)) throw new Error('shapes must be an object');
  const out: Shapes = { ...base };
  for (const [axis, value] of Object.entries(patch)) {
    if (!Object.hasOwn(SHAPE_AXES, axis)) throw new Error(`shapes.${axis} is not a shape (${Object.keys(SHAPE_AXES).join(', ')})`);
    const allowed: readonly string[] = SHAPE_AXES[axis as keyof Shapes];
    if (typeof value !== 'string' || !allowed.includes(value)) throw new Error(`shapes.${axis} must be one of ${allowed.join(', ')}`);
    (out as unknown as Record<string, string>)[axis] = value;
  }
  return out;
}

export function readAnswer(shapes: Shapes, rows: Row[]): Reply {
  if (rows.length === 0) {
    if (shapes.emptyRead === 'error') throw new ApiError(400, CODES.NO_DATA, NO_MATCH);
    return ok({ records: [] });
  }
  return ok(shapes.read === 'list' ? rows : { records: rows });
}

export function describeAnswer(shapes: Shapes, described: Row): Reply {
  return ok(shapes.describe === 'list' ? [described] : described);
}

/**
 * The answer to a cockpit `requests[]` write: the records written (`{referenceId: gsid}`) and those
 * refused (`{referenceId: message}`). Every record written: result true; none: result false with
 * `code`; some of each: the `batch` switch.
 */
export function batchWriteAnswer(shapes: Shapes, success: Row[], failure: Row[], code: string): Reply {
  const data = { success, failure };
  if (failure.length === 0) return ok(data);
  const message = String(Object.values(failure[0])[0]);
  if (success.length > 0 && shapes.batch === 'successTrue') return ok(data);
  return { status: 200, body: envelope(false, data, code, message) };
}

/** GSOBJ_1011's description in the Error Codes article. */
export const NO_MATCH = 'No entity matches the given criteria';
