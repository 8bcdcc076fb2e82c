/**
 * One record shape per resource: the keys its read operations answer. A write answers with what it
 * sent (plus the GSID Gainsight gave it), under the write API's own names (a task's `CtaId`,
 * `priority`); each resource's `output.ts` renames those to its read names with `renameKeys`, so
 * `{{ $json.Status }}` works after any operation of the resource.
 */
import type { IDataObject } from 'n8n-workflow';

/** `names`: write name → read name. Other keys and the order of keys stay; a read name already present (or set by an earlier key) is kept. */
export function renameKeys(record: IDataObject, names: Readonly<Record<string, string>>): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		const renamed = Object.hasOwn(names, key) ? names[key] : key;
		if (renamed !== key && (Object.hasOwn(record, renamed) || Object.hasOwn(out, renamed))) continue;
		out[renamed] = value;
	}
	return out;
}

/** A mapper for a result's json, which is one record or a list of them. */
export type RecordMapper = (record: IDataObject) => IDataObject;

export const mapRecords = (json: IDataObject | IDataObject[], mapper: RecordMapper): IDataObject | IDataObject[] =>
	Array.isArray(json) ? json.map(mapper) : mapper(json);
