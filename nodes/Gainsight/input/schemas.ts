/** zod schemas of what the user typed. */
import { z } from 'zod';

import { OPERATOR_VALUES } from './operators';

export { MAX_READ_PAGE } from '../transport/reads';
import { MAX_READ_PAGE } from '../transport/reads';
export const MAX_UPDATE_KEYS = 3;
/** Gainsight's longest text field (Rich Text Area) holds 131,072 characters; a longer value is refused before sending. */
export const MAX_TEXT_LENGTH = 131_072;
export const TOO_LONG = `is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters, more than any Gainsight text field holds`;

export const gsidSchema = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.min(1, 'is empty')
	.regex(/^[0-9A-Za-z]+$/, 'may contain only letters and digits (a Gainsight GSID, e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8)')
	.length(36, 'must be 36 characters long (a Gainsight GSID)');

/** A Gainsight field name as the API spells it: `Name`, `Renewal_Date`, `Region__gc`, `csm__gr.Email` (reads only). */
export const fieldNameSchema = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.min(1, 'is empty')
	.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'is not a Gainsight field name (letters, digits and _ only, e.g. "Name" or "Region__gc")');

export const readFieldNameSchema = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.min(1, 'is empty')
	.regex(
		/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/,
		'is not a Gainsight field name (e.g. "Name", "Region__gc" or "csm__gr.Email")',
	);

export const updateKeysSchema = z
	.array(fieldNameSchema)
	.min(1, 'needs at least one key field: Gainsight finds the records to update by these fields')
	.max(MAX_UPDATE_KEYS, `takes at most ${MAX_UPDATE_KEYS} fields: Gainsight matches records on up to 3 key fields`)
	.refine((keys) => new Set(keys).size === keys.length, 'names the same field twice');

export const limitSchema = z
	.number({ invalid_type_error: 'must be a number' })
	.int('must be a whole number')
	.min(1, 'must be at least 1')
	.max(MAX_READ_PAGE, `must be at most ${MAX_READ_PAGE}; turn on "Return All" to read more`);

export const lookupRowSchema = z.object({
	targetField: fieldNameSchema,
	objectName: z.enum(['gsuser', 'company'], { errorMap: () => ({ message: 'must be "gsuser" or "company"' }) }),
	lookupField: fieldNameSchema,
	matches: z
		.array(z.object({ sourceField: fieldNameSchema, matchField: fieldNameSchema }))
		.min(1, 'needs at least one pair of fields to match on'),
	multiMatchOption: z.enum(['FIRSTMATCH', 'MARKASERROR']),
	onNoMatch: z.enum(['NULLABLE', 'DEFAULTVALUE', 'ERROR']),
});
export type LookupRow = z.infer<typeof lookupRowSchema>;


export const conditionRowSchema = z.object({
	field: readFieldNameSchema,
	operator: z.enum(OPERATOR_VALUES, { errorMap: () => ({ message: `must be one of ${OPERATOR_VALUES.join(', ')}` }) }),
	value: z.unknown(),
	valueTo: z.unknown().optional(),
});
export type ConditionRow = z.infer<typeof conditionRowSchema>;

