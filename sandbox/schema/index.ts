import { COMPANY } from './company';
import { GSUSER } from './gsuser';
import { CTA, SUCCESS_PLAN, TASK_RECORD, TASK_VIEW } from './cockpit';
import { GOAL_VIEW } from './goal';
import { INVOICE, USAGE } from './custom';
import { COMPANY_PERSON, PERSON } from './person';
import { PICKLIST } from './picklist';
import { RELATIONSHIP, RELATIONSHIP_TYPE } from './relationship';
import { ACTIVITY } from './timeline';
import type { ObjectSchema } from './types';

/**
 * The objects `GET /v1/meta/services/objects/list` names, in that order. `Task` is the read view
 * of tasks (001's field names, as `/v1/tasks/search` takes them), described for the search pickers.
 */
export const OBJECTS: readonly ObjectSchema[] = [
  COMPANY, GSUSER, CTA, TASK_RECORD, TASK_VIEW, GOAL_VIEW, RELATIONSHIP, RELATIONSHIP_TYPE, PERSON, COMPANY_PERSON, USAGE, INVOICE,
  SUCCESS_PLAN, PICKLIST, ACTIVITY,
];

/** The objects the data-object API (`/v1/data/objects/...`) serves, each stored in a table of its own. */
export const DATA_OBJECTS: readonly ObjectSchema[] = OBJECTS.filter((s) => s.dataApi !== undefined);

const byName = new Map(OBJECTS.map((s) => [s.objectName.toLowerCase(), s] as const));

/** Object names are matched case-insensitively (`company` in lookups, `Company` in paths). */
export function schemaOf(objectName: string): ObjectSchema | undefined {
  return byName.get(objectName.toLowerCase());
}

/** A data object by name (case-insensitive), or undefined. */
export function dataObjectOf(objectName: string): ObjectSchema | undefined {
  const s = schemaOf(objectName);
  return s?.dataApi ? s : undefined;
}
