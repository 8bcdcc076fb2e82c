/** The trigger's parameters → the source of changes it polls, and the key its saved boundary belongs to. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { dateFormatOf, withIsoDates } from '../Gainsight/actions/dataObject/dateFormat';
import { parseInput } from '../Gainsight/helpers/inputError';
import { completeReadBody, readQueryBody, type ParameterSource } from '../Gainsight/input/queryInput';
import { gsidSchema, readFieldNameSchema } from '../Gainsight/input/schemas';
import { DATA_OBJECT_SOURCES } from './description';
import { ctaChanges, ctaTaskChanges, dataObjectChanges, goalChanges, type ChangeSource, type DateField } from './changes';

/** The poll context as the query readers (written for item-wise execution) take it: every item is item 0. */
const asParameterSource = (ctx: IPollFunctions): ParameterSource => ({
	getNode: () => ctx.getNode(),
	getNodeParameter: (name, _itemIndex, fallback) => ctx.getNodeParameter(name, fallback),
});

/** The date a change is read by; "closed" (CTAs) is read by the date the CTA last changed. */
const dateFieldOf = (ctx: IPollFunctions): DateField => (ctx.getNodeParameter('event', 'ModifiedDate') === 'CreatedDate' ? 'CreatedDate' : 'ModifiedDate');

const eventOf = (ctx: IPollFunctions) => String(ctx.getNodeParameter('event', 'ModifiedDate'));

const ctaOf = (ctx: IPollFunctions) => parseInput(ctx.getNode(), gsidSchema, ctx.getNodeParameter('ctaId', '', { extractValue: true }), 0, 'CTA');

/** The watched data object: Company, or the one picked. */
function objectOf(ctx: IPollFunctions): string {
	if (ctx.getNodeParameter('resource', 'company') === 'company') return 'Company';
	return parseInput(ctx.getNode(), readFieldNameSchema, ctx.getNodeParameter('objectName', '', { extractValue: true }), 0, 'Object');
}

/** Changing the watched object, the event or the CTA starts over with a new baseline. */
export function sourceKey(ctx: IPollFunctions): string {
	const resource = String(ctx.getNodeParameter('resource', 'company'));
	const which = resource === 'task' ? ctaOf(ctx) : resource === 'dataObject' ? objectOf(ctx) : '';
	return [resource, resource === 'cta' ? eventOf(ctx) : dateFieldOf(ctx), which].join(':');
}

export async function changeSource(ctx: IPollFunctions): Promise<ChangeSource> {
	const resource = ctx.getNodeParameter('resource', 'company');
	const field = dateFieldOf(ctx);
	if (resource === 'task') return ctaTaskChanges(ctx, field, ctaOf(ctx));
	if (resource === 'goal') return goalChanges(ctx, field);
	if (resource === 'cta') return ctaChanges(ctx, field, eventOf(ctx) === 'closed');
	// read (and checked) now, so bad conditions fail the poll before any call; all fields only when a read needs them
	const object = objectOf(ctx);
	const query: IDataObject = readQueryBody(asParameterSource(ctx), 0);
	const select = Array.isArray(query.select) ? (query.select as string[]) : [];
	if (select.length) query.select = [...new Set(['Gsid', field, ...select])];
	return dataObjectChanges(ctx, object, field, async () => completeReadBody(ctx, object, query, 0));
}

/**
 * The emitted records with the Date Format option applied: data objects answer dates as epoch
 * milliseconds, turned into ISO 8601 text unless the option asks for them as they are; goals,
 * tasks and CTAs answer ISO text already.
 */
export async function withDateFormat(ctx: IPollFunctions, records: IDataObject[]): Promise<IDataObject[]> {
	const resource = ctx.getNodeParameter('resource', 'company') as string;
	if (!DATA_OBJECT_SOURCES.includes(resource) || dateFormatOf(ctx.getNodeParameter('options', {}) as IDataObject) === 'epoch') return records;
	return withIsoDates(ctx, objectOf(ctx), records);
}
