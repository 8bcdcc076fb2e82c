import type { DataType } from './schema/types';

/**
 * The read API's operators by data type, as the Company API article's table "operators supported
 * for the respective fields of data types" gives them
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation, "Read API").
 * The article's enum table spells "includes" as `INCLUDES / IN` and "excludes" as `EXCLUDES / NOT_IN`,
 * and its own sample read sends `IN` on Stage (a dropdown): so dropdowns take both spellings.
 * Number's row says "in, not in" (no "includes"): numbers take IN / NOT_IN only.
 * String, GSID, Email, Currency and Percentage have neither. Data-object reads refuse any other
 * pair with GSOBJ_1008 naming the field and the operator.
 */

export const OPERATORS = [
  'EQ', 'NE', 'LT', 'GT', 'LTE', 'GTE', 'BTW', 'IS_NULL', 'IS_NOT_NULL', 'CONTAINS', 'DOES_NOT_CONTAINS',
  'STARTS_WITH', 'ENDS_WITH', 'INCLUDES', 'IN', 'EXCLUDES', 'NOT_IN',
] as const;
export type Operator = (typeof OPERATORS)[number];

const EQUALITY = ['EQ', 'NE'] as const;
const ORDERING = ['GTE', 'GT', 'LTE', 'LT'] as const;
const NULLS = ['IS_NULL', 'IS_NOT_NULL'] as const;
const TEXT = ['STARTS_WITH', 'CONTAINS', 'DOES_NOT_CONTAINS', 'ENDS_WITH'] as const;
const INCLUDES = ['INCLUDES', 'IN', 'EXCLUDES', 'NOT_IN'] as const;

const TEXT_LIKE: readonly Operator[] = [...EQUALITY, ...ORDERING, ...TEXT, ...NULLS];

export const OPERATORS_BY_TYPE: Readonly<Record<DataType, readonly Operator[]>> = {
  STRING: TEXT_LIKE,
  GSID: TEXT_LIKE,
  EMAIL: TEXT_LIKE,
  BOOLEAN: [...EQUALITY],
  DATE: [...EQUALITY, ...ORDERING, 'BTW', ...NULLS],
  DATETIME: [...EQUALITY, ...ORDERING, 'BTW', ...NULLS],
  NUMBER: [...EQUALITY, ...ORDERING, 'IN', 'NOT_IN', ...NULLS],
  PICKLIST: [...EQUALITY, ...INCLUDES, 'STARTS_WITH', 'CONTAINS', 'DOES_NOT_CONTAINS', ...NULLS],
  MULTISELECTDROPDOWNLIST: [...INCLUDES, ...NULLS],
  CURRENCY: [...EQUALITY, ...ORDERING, ...NULLS],
  PERCENTAGE: [...EQUALITY, ...ORDERING, ...NULLS],
};

export function isOperator(op: string): op is Operator {
  return (OPERATORS as readonly string[]).includes(op);
}

export function operatorAllowed(dataType: DataType, op: Operator): boolean {
  return OPERATORS_BY_TYPE[dataType].includes(op);
}
