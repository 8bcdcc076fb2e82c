/**
 * What the server said, as n8n errors: GainsightApiError keeps Gainsight's own error code, request
 * ID and field, and says what to do. Codes:
 * https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Error_Codes_for_Company%2C_Relationship%2C_and_Custom_Object_APIs
 */
import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Envelope } from './envelope';
import { clip } from '../helpers/clip';
import { nodeOf } from '../helpers/node';

/** What to do about each Gainsight error code, in plain words. */
const ADVICE: Record<string, string> = {
	GSOBJ_1001: 'A text value is longer than the field allows. Shorten it, or check the field length in Administration > Data Management.',
	GSOBJ_1002: 'Gainsight does not know this field, or does not allow writing it. Check the field name in Administration > Data Management (custom fields end in "__gc").',
	GSOBJ_1004: 'The value is not a valid GSID. A GSID is the 36-character ID Gainsight gives each record.',
	GSOBJ_1005: 'The date-time is not in a format Gainsight accepts. Use ISO 8601, e.g. 2024-05-31T14:30:00Z.',
	GSOBJ_1006: 'The date is not in a format Gainsight accepts. Use YYYY-MM-DD, e.g. 2024-05-31.',
	GSOBJ_1007: 'A required field is empty. Give it a value.',
	GSOBJ_1008: 'Gainsight rejected a value. Check the value against the field type (number, boolean, email, dropdown value).',
	GSOBJ_1011: 'No record matches. Check the ID or the conditions.',
	COCKPIT_9703: 'A lookup is configured wrongly: check the lookup object and the field names it matches on.',
	COCKPIT_5101: 'A selected field does not exist. Check the field names in the select list.',
};

export function adviceFor(errorCode: string | null | undefined, httpCode?: number): string | undefined {
	if (errorCode && Object.hasOwn(ADVICE, errorCode)) return ADVICE[errorCode];
	if (httpCode === 401 || httpCode === 403) {
		return 'Gainsight refused the access key. Check the access key and domain in the Gainsight credential (Administration > Connectors 2.0 > Gainsight API).';
	}
	if (httpCode === 429) {
		return 'Gainsight rate limit reached and retries ran out. Lower "Calls per Window" in the credential or run the workflow later.';
	}
	if (httpCode !== undefined && httpCode >= 500) {
		return 'Gainsight had a server problem. Try again later; if it persists, give Gainsight support the request ID.';
	}
	return undefined;
}

export interface ApiErrorDetails {
	message: string;
	httpCode?: number;
	errorCode?: string | null;
	requestId?: string | null;
	itemIndex?: number;
	/** The Gainsight field the error is about, when it names one. */
	field?: string;
	/** What to do; defaults to the advice for the error code. */
	description?: string;
	/** The write may or may not have been applied. */
	outcomeUnknown?: boolean;
}

/** A NodeApiError that keeps Gainsight's own error code, request ID and field for the output item. */
export class GainsightApiError extends NodeApiError {
	readonly details: ApiErrorDetails;

	constructor(node: INode, details: ApiErrorDetails) {
		const message = clip(details.message);
		const advice = details.description ?? adviceFor(details.errorCode, details.httpCode);
		const description =
			[advice, details.requestId ? `Gainsight request ID: ${details.requestId}` : undefined].filter(Boolean).join(' — ') ||
			undefined;
		const response: JsonObject = { message, errorCode: details.errorCode ?? null, requestId: details.requestId ?? null };
		super(node, response, {
			message,
			description,
			httpCode: details.httpCode !== undefined ? String(details.httpCode) : undefined,
			itemIndex: details.itemIndex,
		});
		// NodeApiError fills in generic texts for some HTTP codes; keep ours.
		this.message = message;
		this.description = description;
		this.details = { ...details, message };
	}
}

export function apiError(ctx: { getNode(): INode }, details: ApiErrorDetails): GainsightApiError {
	return new GainsightApiError(nodeOf(ctx), details);
}

/** The same error, reported on another item. */
export function errorForItem(ctx: { getNode(): INode }, error: GainsightApiError, itemIndex: number): GainsightApiError {
	return apiError(ctx, { ...error.details, itemIndex });
}

/** Gainsight's own refusal, from its envelope. */
export function envelopeError(ctx: { getNode(): INode }, envelope: Envelope, httpCode: number, itemIndex?: number): GainsightApiError {
	const text = envelope.errorDesc || envelope.message || `Gainsight answered HTTP ${httpCode} without a description`;
	return apiError(ctx, {
		message: envelope.errorCode ? `Gainsight error ${envelope.errorCode}: ${text}` : `Gainsight error: ${text}`,
		httpCode,
		errorCode: envelope.errorCode,
		requestId: envelope.requestId,
		itemIndex,
	});
}

/** A write that may or may not have been applied: the answer never came back cleanly. */
export function unknownOutcome(ctx: { getNode(): INode }, cause: string, itemIndex?: number, extra: Partial<ApiErrorDetails> = {}): GainsightApiError {
	return apiError(ctx, {
		message: `${cause}: it may or may not have been applied`,
		outcomeUnknown: true,
		description: 'Check the record in Gainsight before running this item again, so it is not written twice.',
		itemIndex,
		...extra,
	});
}
