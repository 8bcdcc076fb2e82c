/**
 * The read API's operators, their labels, and which data types take each: the table "operators
 * supported for the respective fields of data types" of
 * https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation
 * (IN and INCLUDES are one operator there, "includes"; NOT_IN and EXCLUDES are "excludes").
 * A condition whose field type does not take its operator is refused before any read.
 */
export const OPERATORS = [
	{ value: 'EQ', name: 'Equals' },
	{ value: 'NE', name: 'Not Equals' },
	{ value: 'LT', name: 'Less Than' },
	{ value: 'LTE', name: 'Less or Equal' },
	{ value: 'GT', name: 'Greater Than' },
	{ value: 'GTE', name: 'Greater or Equal' },
	{ value: 'BTW', name: 'Between' },
	{ value: 'IS_NULL', name: 'Is Null' },
	{ value: 'IS_NOT_NULL', name: 'Is Not Null' },
	{ value: 'CONTAINS', name: 'Contains' },
	{ value: 'DOES_NOT_CONTAINS', name: 'Does Not Contain' },
	{ value: 'STARTS_WITH', name: 'Starts With' },
	{ value: 'ENDS_WITH', name: 'Ends With' },
	{ value: 'IN', name: 'In (Any Of: Numbers, Dropdowns)' },
	{ value: 'NOT_IN', name: 'Not In (Numbers, Dropdowns)' },
	{ value: 'INCLUDES', name: 'Includes (Dropdowns)' },
	{ value: 'EXCLUDES', name: 'Excludes (Dropdowns)' },
] as const;

export type Operator = (typeof OPERATORS)[number]['value'];
export const OPERATOR_VALUES = OPERATORS.map((operator) => operator.value) as [Operator, ...Operator[]];

const NULLS: Operator[] = ['IS_NULL', 'IS_NOT_NULL'];
const EQUALITY: Operator[] = ['EQ', 'NE'];
const ORDER: Operator[] = ['EQ', 'NE', 'GTE', 'GT', 'LTE', 'LT'];
const TEXT: Operator[] = [...ORDER, 'STARTS_WITH', 'CONTAINS', 'DOES_NOT_CONTAINS', 'ENDS_WITH', ...NULLS];
const INCLUDES: Operator[] = ['IN', 'NOT_IN', 'INCLUDES', 'EXCLUDES'];

const BY_TYPE: Record<string, readonly Operator[]> = {
	STRING: TEXT,
	GSID: TEXT,
	EMAIL: TEXT,
	BOOLEAN: EQUALITY,
	DATE: [...ORDER, 'BTW', ...NULLS],
	DATETIME: [...ORDER, 'BTW', ...NULLS],
	NUMBER: [...ORDER, ...INCLUDES, ...NULLS],
	PICKLIST: [...EQUALITY, ...INCLUDES, 'STARTS_WITH', 'CONTAINS', 'DOES_NOT_CONTAINS', ...NULLS],
	DROPDOWN: [...EQUALITY, ...INCLUDES, 'STARTS_WITH', 'CONTAINS', 'DOES_NOT_CONTAINS', ...NULLS],
	MULTISELECTDROPDOWNLIST: [...INCLUDES, ...NULLS],
	CURRENCY: [...ORDER, ...NULLS],
	PERCENTAGE: [...ORDER, ...NULLS],
};

/** The operators a data type takes; undefined for a type the table does not list (the server decides). */
export function operatorsFor(dataType: string | undefined): readonly Operator[] | undefined {
	const type = (dataType ?? '').toUpperCase();
	return Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type] : undefined;
}
