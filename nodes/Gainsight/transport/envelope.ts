/** Gainsight wraps every answer as {result, errorCode, errorDesc, requestId, data, message}. */
export interface Envelope<T = unknown> {
	result: boolean;
	errorCode: string | null;
	errorDesc: string | null;
	requestId: string | null;
	data: T;
	message: string | null;
}

/** One field-level failure as the data-object APIs report it inside `data.errors`. */
export interface FieldFailure {
	errorCode?: string;
	errorMessage?: string;
	fieldName?: string;
	invalidValue?: unknown;
	parsedValue?: unknown;
}

const isTextOrNothing = (value: unknown) => value === undefined || value === null || typeof value === 'string';

/** Whether an answer is Gainsight's envelope (checked by hand: it runs once per call, on every answer). */
export function isEnvelope(body: unknown): body is Envelope {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
	const { result, errorCode, errorDesc, requestId, message } = body as Record<string, unknown>;
	return (
		typeof result === 'boolean' && isTextOrNothing(errorCode) && isTextOrNothing(errorDesc) && isTextOrNothing(requestId) && isTextOrNothing(message)
	);
}

/** Flattens `data.errors` (an array of arrays of {errors:[...]}) into field failures. */
export function fieldFailures(envelope: Envelope | undefined): FieldFailure[] {
	const data = envelope?.data as { errors?: unknown } | null | undefined;
	const out: FieldFailure[] = [];
	const visit = (node: unknown, parsedValue?: unknown) => {
		if (Array.isArray(node)) {
			for (const child of node) visit(child, parsedValue);
			return;
		}
		if (typeof node !== 'object' || node === null) return;
		const entry = node as Record<string, unknown>;
		if (Array.isArray(entry.errors)) {
			visit(entry.errors, entry.parsedValue);
			return;
		}
		if (typeof entry.fieldName === 'string' || typeof entry.errorCode === 'string') {
			out.push({
				errorCode: entry.errorCode as string | undefined,
				errorMessage: entry.errorMessage as string | undefined,
				fieldName: entry.fieldName as string | undefined,
				invalidValue: entry.invalidValue,
				parsedValue,
			});
		}
	};
	if (data && typeof data === 'object') visit(data.errors);
	return out;
}
