/**
 * One Gainsight call: URL from the credential, n8n's authenticated request helper,
 * the envelope unwrapped, errors turned into NodeApiError, and the 429/5xx policy:
 * - 429: wait (Retry-After, else the next fixed window) and send again; a 429 was never applied.
 * - 503 and a refused connection: nothing was applied, so any call is sent again (bounded).
 * - other 5xx, resets, timeouts, unreadable answers: reads are sent again; a write is NOT,
 *   because its outcome is unknown; the caller reports it on the items instead.
 */
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { BaseUrlError } from './baseUrl';
import { CREDENTIAL_NAME, tenantSettings, type TenantSettings } from './credentials';
import { isEnvelope, type Envelope } from './envelope';
import { adviceFor } from './errorAdvice';
import { forgetCredential, isKnownGood, rememberGood } from './knownGood';
import { pacerFor } from './pacing';
import { asNodeError } from '../helpers/nodeError';
import { nodeOf } from '../helpers/node';

export type GainsightContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

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
}

export type CallOutcome =
	| { kind: 'ok'; envelope: Envelope; httpCode: number }
	/** Gainsight answered with a refusal: nothing was applied. */
	| { kind: 'rejected'; envelope?: Envelope; httpCode?: number; error: GainsightApiError }
	/** A write that may or may not have been applied. */
	| { kind: 'unknown'; error: GainsightApiError };

const RATE_LIMIT_RETRIES = 8;
const TRANSIENT_RETRIES = 3;
const BACKOFF_MS = 500;
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

interface RawResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** Contexts whose credential and tenant have answered a call with success in this run. */
const answered = new WeakSet<object>();

/**
 * Whether the key, the domain and the node's configuration are known to be good: a call of this
 * run succeeded, or one of an earlier run of the same node, unchanged, with the same credential and
 * tenant did in this n8n process and none has been refused as unauthorised since (see knownGood).
 */
export function hasAnswered(ctx: GainsightContext): boolean {
	if (answered.has(ctx)) return true;
	const settings = settingsRead.get(ctx);
	return settings !== undefined && isKnownGood(ctx, settings.baseUrl);
}

/** A call went through: this run, and this node with this credential in later runs, need not send a lone first call. */
function noteAccepted(ctx: GainsightContext, settings: TenantSettings) {
	if (answered.has(ctx)) return;
	answered.add(ctx);
	rememberGood(ctx, settings.baseUrl);
}

/** Settings per credential; read once per context. */
const settingsCache = new WeakMap<object, Promise<TenantSettings>>();
/** The same settings once read, for the calls that follow without waiting a tick. */
const settingsRead = new WeakMap<object, TenantSettings>();
/**
 * The credential as read once per context, handed back to n8n's authenticated request helper so
 * it does not fetch and decrypt it again for every call (n8n applies the key; our code never reads it).
 */
const credentialRead = new WeakMap<object, ICredentialsDecrypted>();

export async function settingsOf(ctx: GainsightContext): Promise<TenantSettings> {
	let cached = settingsCache.get(ctx);
	if (!cached) {
		cached = ctx.getCredentials(CREDENTIAL_NAME).then((data) => {
			const settings = tenantSettings(data);
			const stored = nodeOf(ctx).credentials?.[CREDENTIAL_NAME];
			if (stored?.id) credentialRead.set(ctx, { id: stored.id, name: stored.name, type: CREDENTIAL_NAME, data });
			settingsRead.set(ctx, settings);
			return settings;
		});
		settingsCache.set(ctx, cached);
		cached.catch(() => settingsCache.delete(ctx));
	}
	return cached;
}

/** The credential's Concurrent Calls; 1 when the credential cannot be read (the calls will report why). */
export async function tenantConcurrency(ctx: GainsightContext): Promise<number> {
	try {
		return (await settingsOf(ctx)).concurrency;
	} catch {
		return 1;
	}
}

function errorCodeOf(error: unknown): string | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	const message = error instanceof Error ? error.message : '';
	if (/timeout/i.test(message)) return 'ETIMEDOUT';
	if (/socket hang up|ECONNRESET/i.test(message)) return 'ECONNRESET';
	if (/ECONNREFUSED/.test(message)) return 'ECONNREFUSED';
	return undefined;
}

function retryAfterMs(headers: Record<string, unknown>): number | undefined {
	const value = headers['retry-after'];
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
	const date = Date.parse(String(value));
	if (Number.isFinite(date)) return Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
	return undefined;
}

/** Time until the next fixed window starts; on a second 429 in a row, a whole window. */
function windowWaitMs(windowMs: number, consecutive429: number): number {
	if (consecutive429 > 1) return windowMs;
	return windowMs - (Date.now() % windowMs) + 50;
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
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

	constructor(node: ReturnType<GainsightContext['getNode']>, details: ApiErrorDetails) {
		const advice = details.description ?? adviceFor(details.errorCode, details.httpCode);
		const description =
			[advice, details.requestId ? `Gainsight request ID: ${details.requestId}` : undefined].filter(Boolean).join(' — ') ||
			undefined;
		const response: JsonObject = {
			message: details.message,
			errorCode: details.errorCode ?? null,
			requestId: details.requestId ?? null,
		};
		super(node, response, {
			message: details.message,
			description,
			httpCode: details.httpCode !== undefined ? String(details.httpCode) : undefined,
			itemIndex: details.itemIndex,
		});
		// NodeApiError fills in generic texts for some HTTP codes; keep ours.
		this.message = details.message;
		this.description = description;
		this.details = details;
	}
}

export function apiError(ctx: GainsightContext, details: ApiErrorDetails): GainsightApiError {
	return new GainsightApiError(nodeOf(ctx), details);
}

/** The same error, reported on another item. */
export function errorForItem(ctx: GainsightContext, error: GainsightApiError, itemIndex: number): GainsightApiError {
	return apiError(ctx, { ...error.details, itemIndex });
}

function envelopeError(ctx: GainsightContext, envelope: Envelope, httpCode: number, itemIndex?: number) {
	const text = envelope.errorDesc || envelope.message || `Gainsight answered HTTP ${httpCode} without a description`;
	return apiError(ctx, {
		message: envelope.errorCode ? `Gainsight error ${envelope.errorCode}: ${text}` : `Gainsight error: ${text}`,
		httpCode,
		errorCode: envelope.errorCode,
		requestId: envelope.requestId,
		itemIndex,
	});
}

async function send(ctx: GainsightContext, settings: TenantSettings, spec: CallSpec): Promise<RawResponse> {
	const options: IHttpRequestOptions = {
		method: spec.method,
		url: `${settings.baseUrl}${spec.path}`,
		qs: spec.qs,
		body: spec.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		timeout: settings.timeoutMs,
	};
	const credentialsDecrypted = credentialRead.get(ctx);
	const response = (await ctx.helpers.httpRequestWithAuthentication.call(
		ctx,
		CREDENTIAL_NAME,
		options,
		credentialsDecrypted ? { credentialsDecrypted } : undefined,
	)) as RawResponse;
	return { ...response, body: parseBody(response.body), headers: response.headers ?? {} };
}

/** Sends one call with the retry policy; never throws for what the server or network did. */
export async function callGainsight(ctx: GainsightContext, spec: CallSpec): Promise<CallOutcome> {
	let settings: TenantSettings;
	try {
		settings = settingsRead.get(ctx) ?? (await settingsOf(ctx));
	} catch (error) {
		if (error instanceof BaseUrlError) {
			return { kind: 'rejected', error: apiError(ctx, { message: error.message, itemIndex: spec.itemIndex }) };
		}
		throw asNodeError(nodeOf(ctx), error, spec.itemIndex);
	}
	const pacer = pacerFor(settings.baseUrl, settings.callsPerWindow, settings.windowMs);
	let rateLimited = 0;
	let transient = 0;
	for (;;) {
		let response: RawResponse;
		try {
			if (!pacer.tryAcquire()) await pacer.acquire();
			response = await send(ctx, settings, spec);
		} catch (error) {
			const code = errorCodeOf(error) ?? 'network error';
			const notSent = NOT_SENT_CODES.has(code);
			if ((notSent || !spec.write) && transient < TRANSIENT_RETRIES) {
				await sleep(BACKOFF_MS * 2 ** transient++);
				continue;
			}
			if (notSent || !spec.write) {
				return {
					kind: 'rejected',
					error: apiError(ctx, {
						message: `Could not reach Gainsight at ${settings.baseUrl} (${code})`,
						description: 'Check the domain in the Gainsight credential and the network, then run the workflow again.',
						itemIndex: spec.itemIndex,
					}),
				};
			}
			return {
				kind: 'unknown',
				error: apiError(ctx, {
					message: `The connection to Gainsight broke after the write was sent (${code}): it may or may not have been applied`,
					outcomeUnknown: true,
					description: 'Check the record in Gainsight before running this item again, so it is not written twice.',
					itemIndex: spec.itemIndex,
				}),
			};
		}

		const { statusCode, body, headers } = response;
		// Unauthorised: the key changed or was revoked, so no run with this credential is known to work any more.
		if (statusCode === 401 || statusCode === 403) forgetCredential(ctx, settings.baseUrl);
		const envelope = isEnvelope(body) ? body : undefined;

		if (statusCode === 429) {
			if (rateLimited++ < RATE_LIMIT_RETRIES) {
				await sleep(retryAfterMs(headers) ?? windowWaitMs(settings.windowMs, rateLimited));
				continue;
			}
			return {
				kind: 'rejected',
				envelope,
				httpCode: 429,
				error: apiError(ctx, {
					message: `Gainsight kept answering "too many requests" (HTTP 429) after ${RATE_LIMIT_RETRIES} waits`,
					httpCode: 429,
					requestId: envelope?.requestId,
					itemIndex: spec.itemIndex,
				}),
			};
		}
		rateLimited = 0;

		if (statusCode >= 500 || (statusCode < 500 && !envelope && statusCode >= 200 && statusCode < 300)) {
			const refused = statusCode === 503;
			if ((refused || !spec.write) && transient < TRANSIENT_RETRIES) {
				await sleep(BACKOFF_MS * 2 ** transient++);
				continue;
			}
			const what = statusCode >= 500 ? `HTTP ${statusCode}` : 'an answer that is not Gainsight JSON';
			if (refused || !spec.write) {
				return {
					kind: 'rejected',
					envelope,
					httpCode: statusCode,
					error: apiError(ctx, {
						message: `Gainsight answered ${what}`,
						httpCode: statusCode >= 500 ? statusCode : undefined,
						errorCode: envelope?.errorCode,
						requestId: envelope?.requestId,
						itemIndex: spec.itemIndex,
					}),
				};
			}
			return {
				kind: 'unknown',
				error: apiError(ctx, {
					message: `Gainsight answered ${what} to a write: it may or may not have been applied`,
					outcomeUnknown: true,
					description: 'Check the record in Gainsight before running this item again, so it is not written twice.',
					httpCode: statusCode >= 500 ? statusCode : undefined,
					requestId: envelope?.requestId,
					itemIndex: spec.itemIndex,
				}),
			};
		}

		if (envelope && envelope.result && statusCode < 300) {
			noteAccepted(ctx, settings);
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
