/**
 * One Gainsight call: URL from the credential, n8n's authenticated request helper, the envelope
 * unwrapped, a deadline for the whole answer, and the retry policy:
 * - 429: a 429 was never applied. The tenant's quota (quota.ts) holds this process's calls until
 *   the window the refusal points at (Retry-After, a reset header, else the next fixed window),
 *   slows the process's pace, and the call is sent again. A server asking for a longer wait (the
 *   day is spent) fails the call, and later calls fail at once until then.
 * - not sent (refused connection, DNS failure) and 503: nothing was applied; sent again (bounded).
 * - other 5xx, resets, deadlines, unreadable answers: reads are sent again; a write's outcome is
 *   unknown, and the caller decides (see writes/).
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { BaseUrlError } from './baseUrl';
import { isEnvelope, type Envelope } from './envelope';
import { apiError, envelopeError, unknownOutcome, type GainsightApiError } from './errors';
import {
	CREDENTIAL_NAME,
	noteAccepted,
	noteUnauthorised,
	sessionOf,
	type GainsightContext,
	type Quota,
	type Session,
} from './session';
import { asNodeError } from '../helpers/nodeError';
import { waitUnlessAborted } from '../helpers/wait';
import { nodeOf } from '../helpers/node';

export interface CallSpec {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** The call changes data: never re-sent once its outcome is unknown. */
	write?: boolean;
	/** Read-side GSOBJ_1011 ("no entity matches") is an empty answer, not a failure. */
	noMatchIsEmpty?: boolean;
	/** The item this call is for, so an error names it. */
	itemIndex?: number;
	/** The quota the call counts against (default: the tenant's standard one). */
	quota?: Quota;
}

export type CallOutcome =
	| { kind: 'ok'; envelope: Envelope; httpCode: number }
	/** Gainsight answered with a refusal, or the call never left: nothing was applied. */
	| { kind: 'rejected'; envelope?: Envelope; httpCode?: number; error: GainsightApiError }
	/** A write that may or may not have been applied. */
	| { kind: 'unknown'; error: GainsightApiError };

/** 429s in a row a call accepts while the process gets no call through; more fail it. */
const RATE_LIMIT_RETRIES = 8;
/** 429s a call accepts in all, even while other calls of the process get through. */
const RATE_LIMIT_WAITS = 32;
const TRANSIENT_RETRIES = 3;
const BACKOFF_MS = 500;

/** The call never reached Gainsight. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Node refused to send a header (an access key with a line break, say): nothing left, and sending again cannot help. */
const BAD_HEADER_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INVALID_HTTP_TOKEN']);

interface RawResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/**
 * The system error code behind a failed request. n8n's helper wraps network errors in a
 * NodeApiError whose `httpCode` holds the code (ECONNREFUSED) and whose message is generic.
 */
export function errorCodeOf(error: unknown): string | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		for (const key of ['code', 'httpCode'] as const) {
			const code = (current as Record<string, unknown>)[key];
			if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		}
		current = (current as { cause?: unknown }).cause;
	}
	const message = error instanceof Error ? error.message : '';
	if (/abort|timeout/i.test(message)) return 'ETIMEDOUT';
	if (/socket hang up|ECONNRESET/i.test(message)) return 'ECONNRESET';
	if (/ECONNREFUSED|refused the connection/i.test(message)) return 'ECONNREFUSED';
	return undefined;
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/** The execution's cancel signal, where the context has one. */
function cancelSignalOf(ctx: GainsightContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}

async function send(ctx: GainsightContext, session: Session, spec: CallSpec, signal: AbortSignal): Promise<RawResponse> {
	const options: IHttpRequestOptions = {
		method: spec.method,
		url: `${session.settings.baseUrl}${spec.path}`,
		qs: spec.qs,
		body: spec.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
	};
	// n8n's helper sets the request's abort signal from the context's execution cancel signal; a
	// context that hands out our signal instead (the run's cancel signal and the deadline in one)
	// turns the helper's idle timeout into a deadline for the whole answer.
	const scope = Object.create(ctx, { getExecutionCancelSignal: { value: () => signal } }) as GainsightContext;
	const response = (await ctx.helpers.httpRequestWithAuthentication.call(
		scope,
		CREDENTIAL_NAME,
		options,
		session.credential ? { credentialsDecrypted: session.credential } : undefined,
	)) as RawResponse;
	return { ...response, body: parseBody(response.body), headers: response.headers ?? {} };
}

/** Sends one call with the retry policy; never throws for what the server or network did. */
export async function callGainsight(ctx: GainsightContext, spec: CallSpec): Promise<CallOutcome> {
	let session: Session;
	try {
		const opened = sessionOf(ctx);
		session = opened instanceof Promise ? await opened : opened;
	} catch (error) {
		if (error instanceof BaseUrlError) {
			return { kind: 'rejected', error: apiError(ctx, { message: error.message, itemIndex: spec.itemIndex }) };
		}
		throw asNodeError(nodeOf(ctx), error, spec.itemIndex);
	}
	const { settings } = session;
	const quota = session.quotas[spec.quota ?? 'standard'];
	const cancel = cancelSignalOf(ctx);
	const cancelled = (): CallOutcome => ({
		kind: spec.write ? 'unknown' : 'rejected',
		error: spec.write
			? unknownOutcome(ctx, 'The execution was cancelled while the write was in flight', spec.itemIndex)
			: apiError(ctx, { message: 'The execution was cancelled', itemIndex: spec.itemIndex }),
	});
	/** 429s this call met, and those in a row while the process got no call through. */
	let rateLimited = 0;
	let stuck = 0;
	let acceptedBefore = -1;
	let transient = 0;
	/** Waits unless the execution is cancelled first (then false). */
	const pause = async (ms: number) => waitUnlessAborted(ms, cancel);
	const backOff = async () => pause(BACKOFF_MS * 2 ** transient++);
	for (;;) {
		if (cancel?.aborted) return cancelled();
		let response: RawResponse;
		const admission = await quota.admit(cancel);
		if (!admission) return cancelled();
		if (admission.refusal) return { kind: 'rejected', error: apiError(ctx, { ...admission.refusal, itemIndex: spec.itemIndex }) };
		const deadline = AbortSignal.timeout(settings.timeoutMs);
		try {
			response = await send(ctx, session, spec, cancel ? AbortSignal.any([deadline, cancel]) : deadline);
		} catch (error) {
			if (cancel?.aborted) return cancelled();
			const code = deadline.aborted ? 'ETIMEDOUT' : (errorCodeOf(error) ?? 'network error');
			if (BAD_HEADER_CODES.has(code)) {
				return {
					kind: 'rejected',
					error: apiError(ctx, {
						message: `The request could not be sent (${code}): a header value holds characters HTTP does not allow`,
						description: 'Check the access key in the Gainsight credential: paste it again without spaces or line breaks.',
						itemIndex: spec.itemIndex,
					}),
				};
			}
			const notSent = NOT_SENT_CODES.has(code);
			if ((notSent || !spec.write) && transient < TRANSIENT_RETRIES) {
				if (await backOff()) continue;
				return cancelled();
			}
			if (notSent || !spec.write) {
				const timedOut = code === 'ETIMEDOUT';
				return {
					kind: 'rejected',
					error: apiError(ctx, {
						message: timedOut
							? `Gainsight did not answer within ${settings.timeoutMs / 1000} s (the credential's Request Timeout)`
							: `Could not reach Gainsight at ${settings.baseUrl} (${code})`,
						description: timedOut
							? 'Try again later, or raise the Request Timeout in the Gainsight credential.'
							: 'Check the domain in the Gainsight credential and the network, then run the workflow again.',
						itemIndex: spec.itemIndex,
					}),
				};
			}
			const cause =
				code === 'ETIMEDOUT'
					? `Gainsight did not finish answering a write within ${settings.timeoutMs / 1000} s`
					: `The connection to Gainsight broke after the write was sent (${code})`;
			return { kind: 'unknown', error: unknownOutcome(ctx, cause, spec.itemIndex) };
		}

		const { statusCode, body, headers } = response;
		if (statusCode === 401 || statusCode === 403) noteUnauthorised(ctx, session);
		const envelope = isEnvelope(body) ? body : undefined;

		if (statusCode === 429) {
			rateLimited++;
			stuck = quota.pacer.accepted === acceptedBefore ? stuck + 1 : 1;
			acceptedBefore = quota.pacer.accepted;
			const limited = quota.rateLimited(admission.slot, headers, stuck);
			if (limited.refusal) {
				return {
					kind: 'rejected',
					envelope,
					httpCode: 429,
					error: apiError(ctx, { ...limited.refusal, requestId: envelope?.requestId, itemIndex: spec.itemIndex }),
				};
			}
			// The quota holds this process's calls until the window the refusal points at: the next admission waits for it.
			if (stuck <= RATE_LIMIT_RETRIES && rateLimited <= RATE_LIMIT_WAITS) continue;
			return {
				kind: 'rejected',
				envelope,
				httpCode: 429,
				error: apiError(ctx, {
					message: `Gainsight kept answering "too many requests" (HTTP 429) after ${rateLimited - 1} waits`,
					httpCode: 429,
					requestId: envelope?.requestId,
					itemIndex: spec.itemIndex,
				}),
			};
		}
		quota.answered(admission.slot, headers);

		if (statusCode >= 500 || (!envelope && statusCode >= 200 && statusCode < 300)) {
			const refused = statusCode === 503;
			if ((refused || !spec.write) && transient < TRANSIENT_RETRIES) {
				if (await backOff()) continue;
				return cancelled();
			}
			const what = statusCode >= 500 ? `HTTP ${statusCode}` : 'an answer that is not Gainsight JSON';
			const httpCode = statusCode >= 500 ? statusCode : undefined;
			if (refused || !spec.write) {
				return {
					kind: 'rejected',
					envelope,
					httpCode: statusCode,
					error: apiError(ctx, {
						message: `Gainsight answered ${what}`,
						httpCode,
						errorCode: envelope?.errorCode,
						requestId: envelope?.requestId,
						itemIndex: spec.itemIndex,
					}),
				};
			}
			return {
				kind: 'unknown',
				error: unknownOutcome(ctx, `Gainsight answered ${what} to a write`, spec.itemIndex, { httpCode, requestId: envelope?.requestId }),
			};
		}

		if (envelope && envelope.result && statusCode < 300) {
			noteAccepted(ctx, session);
			return { kind: 'ok', envelope, httpCode: statusCode };
		}
		if (envelope && spec.noMatchIsEmpty && envelope.errorCode === 'GSOBJ_1011') {
			return { kind: 'ok', envelope: { ...envelope, result: true, data: [] }, httpCode: statusCode };
		}
		if (envelope) {
			return { kind: 'rejected', envelope, httpCode: statusCode, error: envelopeError(ctx, envelope, statusCode, spec.itemIndex) };
		}
		return {
			kind: 'rejected',
			httpCode: statusCode,
			error: apiError(ctx, {
				message: `Gainsight answered HTTP ${statusCode}${statusCode >= 300 && statusCode < 400 ? ' (a redirect, which the API never sends: check the domain)' : ''}`,
				httpCode: statusCode,
				itemIndex: spec.itemIndex,
			}),
		};
	}
}

/** One call whose failure is the node's failure: returns `data`, throws NodeApiError. */
export async function gainsightRequest<T = unknown>(ctx: GainsightContext, spec: CallSpec): Promise<T> {
	const outcome = await callGainsight(ctx, spec);
	if (outcome.kind !== 'ok') throw outcome.error;
	return outcome.envelope.data as T;
}
