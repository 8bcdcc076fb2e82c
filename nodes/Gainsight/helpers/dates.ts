/** Date values between n8n and Gainsight. */
import type { IDataObject } from 'n8n-workflow';

interface LuxonLike {
	isLuxonDateTime: true;
	toUTC(): { toISO(): string | null };
	toISODate(): string | null;
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

const YMD = /^(\d{4})-(\d{2})-(\d{2})/;

function realDay(year: string, month: string, day: string): string | undefined {
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const text = `${year}-${month}-${day}`;
	return date.toISOString().slice(0, 10) === text ? text : undefined;
}

/**
 * A date as the cockpit and goal APIs take it: `YYYY-MM-DD`. Accepts what n8n users hand over:
 * `2026-05-09`, an ISO date-time (`2026-05-09T10:00:00`, any offset: the date as written is kept),
 * the date picker's value, a JS Date (its UTC day), a Luxon DateTime (its day in its own zone,
 * as `$now.plus(7, 'days')` means) and epoch milliseconds. Anything else is undefined.
 */
export function toDay(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	if (isLuxon(value)) return value.toISODate() ?? undefined;
	if (typeof value === 'number' && Number.isFinite(value)) return toDay(new Date(value));
	if (typeof value !== 'string') return undefined;
	const match = YMD.exec(value.trim());
	if (!match) return undefined;
	const rest = value.trim().slice(10);
	if (rest !== '' && !/^[T ]\d{2}:\d{2}/.test(rest)) return undefined;
	return realDay(match[1], match[2], match[3]);
}

/** A date as Gainsight answers it (epoch ms as a number or text, or ISO text) → epoch ms; undefined when it is none. */
export function epochOf(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const parsed = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
	return Number.isFinite(parsed) ? parsed : undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A date-time as the Timeline API takes it, `yyyy-MM-dd'T'HH:mm:ss.SSSZ` in UTC
 * (`2026-05-09T14:30:00.000+0000`, https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs).
 * Accepts what toWireDate does plus ISO text and epoch milliseconds; anything else is undefined.
 */
export function toTimelineDateTime(value: unknown): string | undefined {
	const wire = toWireDate(value);
	const ms = typeof wire === 'number' ? wire : typeof wire === 'string' && /^\d{4}-\d{2}-\d{2}/.test(wire.trim()) ? Date.parse(wire.trim()) : NaN;
	if (!Number.isFinite(ms)) return undefined;
	const at = new Date(ms);
	return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${pad(at.getUTCMilliseconds(), 3)}+0000`;
}
