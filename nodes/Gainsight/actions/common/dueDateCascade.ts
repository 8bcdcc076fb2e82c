/**
 * A write's Due Date as a field of its own, with the cascade next to it: shown only once a due date
 * is set (n8n's `exists` display condition works on top-level fields, not inside a collection), and
 * sent only with a due date, since it says what else moves when the due date changes.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { dueDateField } from './recordFields.description';

export const DUE_DATE = 'dueDate';

/**
 * The cascade field as the caller writes it, in full (n8n's scanner reads each field's default from
 * the source): its name is also the key sent in the record (`dueDateCriteria`).
 */
export type Cascade = Omit<INodeProperties, 'type' | 'default' | 'options'> & { type: 'options'; default: string; options: Array<INodePropertyOptions & { value: string }> };

/** The Due Date field and its cascade, for an update of a `what` ("task", "CTA"). */
export function dueDateWithCascade(what: string, cascade: Cascade): INodeProperties[] {
	return [
		{ ...dueDateField(what), name: DUE_DATE, description: `The new due date of the ${what}; sent as YYYY-MM-DD (the time of day is dropped)` },
		{ ...cascade, displayOptions: { show: { [DUE_DATE]: [{ _cnd: { exists: true } }] } } },
	];
}

/**
 * The Update Fields with the Due Date added (when set) and the cascade to send with it: none when
 * the due date is not changed.
 */
export function readDueDateWithCascade(ctx: IExecuteFunctions, itemIndex: number, cascade: Cascade, given: IDataObject): { given: IDataObject; control: IDataObject } {
	const dueDate = ctx.getNodeParameter(DUE_DATE, itemIndex, '') as unknown;
	if (dueDate === '' || dueDate === null || dueDate === undefined) return { given, control: {} };
	const value = ctx.getNodeParameter(cascade.name, itemIndex, cascade.default) as string;
	const values = cascade.options.map((option) => option.value);
	if (value !== '' && !values.includes(value)) {
		throw inputError(nodeOf(ctx), itemIndex, 'Due Date Cascade', `is ${JSON.stringify(value)}`, `Use one of ${values.filter(Boolean).join(', ')}.`);
	}
	return { given: { ...given, DueDate: dueDate }, control: value === '' ? {} : { [cascade.name]: value } };
}
