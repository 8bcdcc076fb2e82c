/** Date values between n8n and Gainsight. */
import type { IDataObject } from 'n8n-workflow';

interface LuxonLike {
	isLuxonDateTime: true;
	toUTC(): { toISO(): string | null };
}

const isLuxon = (value: unknown): value is LuxonLike =>
	typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true;

/** Dates that n8n expressions produce (JS Date, Luxon DateTime) → ISO 8601 text Gainsight accepts. */
export function toWireDate(value: unknown): unknown {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString();
	if (isLuxon(value)) return value.toUTC().toISO() ?? value;
	return value;
}

/** Epoch-millisecond values of the named fields → ISO 8601 strings (an output option). */
export function epochFieldsToIso(record: IDataObject, dateFields: Set<string>): IDataObject {
	let copy: IDataObject | undefined;
	for (const field of dateFields) {
		const value = record[field];
		if (typeof value === 'number' && Number.isFinite(value)) {
			copy ??= { ...record };
			copy[field] = new Date(value).toISOString();
		}
	}
	return copy ?? record;
}
