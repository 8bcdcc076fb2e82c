/**
 * Per tenant and per run: the settings read from the credential (once a run), the decrypted
 * credential handed back to n8n so it is not decrypted again for every call, the quotas the
 * tenant's calls share (pace, day), and whether the key is known to work (so a run need not send
 * a lone first call).
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';
import { forgetCredential, isKnownGood, rememberGood } from './knownGood';
import { quotaFor, type TenantQuota } from './quota';
import { CREDENTIAL_DEFAULTS, CREDENTIAL_NAME, MAX_CONCURRENCY } from '../helpers/credentialDefaults';
import { nodeOf } from '../helpers/node';

export { CREDENTIAL_NAME };

export type GainsightContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** What the transport needs from the credential (never the access key: n8n applies it). */
export interface TenantSettings {
	baseUrl: string;
	callsPerWindow: number;
	windowMs: number;
	/** The tenant's calls a UTC day. */
	dailyQuota: number;
	/** n8n processes calling the tenant with this key (queue-mode workers): each paces to its share. */
	processes: number;
	/** Independent calls in flight at once (write chunks, one-record writes, pages). */
	concurrency: number;
	/** How long one call may take, its whole answer included. */
	timeoutMs: number;
}

const positive = (value: unknown, fallback: number) =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

export function tenantSettings(credentials: ICredentialDataDecryptedObject): TenantSettings {
	return {
		baseUrl: normalizeBaseUrl(credentials.domain),
		callsPerWindow: Math.floor(positive(credentials.callsPerWindow, CREDENTIAL_DEFAULTS.callsPerWindow)),
		windowMs: Math.round(positive(credentials.windowSeconds, CREDENTIAL_DEFAULTS.windowSeconds) * 1000),
		dailyQuota: Math.floor(positive(credentials.dailyQuota, CREDENTIAL_DEFAULTS.dailyQuota)),
		processes: Math.floor(positive(credentials.processes, CREDENTIAL_DEFAULTS.processes)),
		concurrency: Math.min(MAX_CONCURRENCY, Math.floor(positive(credentials.concurrency, CREDENTIAL_DEFAULTS.concurrency))),
		timeoutMs: Math.round(positive(credentials.timeoutSeconds, CREDENTIAL_DEFAULTS.timeoutSeconds) * 1000),
	};
}

/** Which of the tenant's quotas a call counts against. */
export type Quota = 'standard' | 'timeline';

/**
 * The Timeline API's own limit: 200 single calls a minute, no daily limit named
 * (https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs, "Throttling Limits").
 */
const TIMELINE_QUOTA = { calls: 200, windowMs: 60_000 };

interface Session {
	settings: TenantSettings;
	quotas: Record<Quota, TenantQuota>;
	credential?: ICredentialsDecrypted;
}

/** Read once per context; a failure is not kept (the next call asks again). */
const pending = new WeakMap<object, Promise<Session>>();
const ready = new WeakMap<object, Session>();
/** Contexts whose credential and tenant have answered a call with success in this run. */
const answered = new WeakSet<object>();

/** The process-wide quotas of the tenant, set to this credential's settings. */
function quotasOf(settings: TenantSettings): Record<Quota, TenantQuota> {
	const tenant = new URL(settings.baseUrl).host;
	const { processes } = settings;
	return {
		standard: quotaFor(settings.baseUrl, tenant, {
			callsPerWindow: settings.callsPerWindow,
			windowMs: settings.windowMs,
			dailyCalls: settings.dailyQuota,
			processes,
		}),
		timeline: quotaFor(`${settings.baseUrl} timeline`, `${tenant} (Timeline API)`, {
			callsPerWindow: TIMELINE_QUOTA.calls,
			windowMs: TIMELINE_QUOTA.windowMs,
			dailyCalls: Infinity,
			processes,
		}),
	};
}

async function open(ctx: GainsightContext): Promise<Session> {
	const data = await ctx.getCredentials(CREDENTIAL_NAME);
	const settings = tenantSettings(data);
	const stored = nodeOf(ctx).credentials?.[CREDENTIAL_NAME];
	const session: Session = {
		settings,
		quotas: quotasOf(settings),
		credential: stored?.id ? { id: stored.id, name: stored.name, type: CREDENTIAL_NAME, data } : undefined,
	};
	ready.set(ctx, session);
	return session;
}

/** The run's session; synchronous after the first call (most calls of a run take that path). */
export function sessionOf(ctx: GainsightContext): Session | Promise<Session> {
	const known = ready.get(ctx);
	if (known) return known;
	let opening = pending.get(ctx);
	if (!opening) {
		opening = open(ctx);
		pending.set(ctx, opening);
		opening.catch(() => pending.delete(ctx));
	}
	return opening;
}

export async function settingsOf(ctx: GainsightContext): Promise<TenantSettings> {
	return (await sessionOf(ctx)).settings;
}

/** The credential's Concurrent Calls; 1 when the credential cannot be read (the calls will report why). */
export async function tenantConcurrency(ctx: GainsightContext): Promise<number> {
	try {
		return (await settingsOf(ctx)).concurrency;
	} catch {
		return 1;
	}
}

/**
 * Whether the key, the domain and the node's configuration are known to be good: a call of this
 * run succeeded, or one of an earlier run of the same node, unchanged, with the same credential and
 * tenant did in this n8n process and none has been refused as unauthorised since (see knownGood).
 */
export function hasAnswered(ctx: GainsightContext): boolean {
	if (answered.has(ctx)) return true;
	const session = ready.get(ctx);
	return session !== undefined && isKnownGood(ctx, session.settings.baseUrl);
}

/** A call went through: this run, and this node with this credential in later runs, need not send a lone first call. */
export function noteAccepted(ctx: GainsightContext, session: Session): void {
	if (answered.has(ctx)) return;
	answered.add(ctx);
	rememberGood(ctx, session.settings.baseUrl);
}

/** Unauthorised: the key changed or was revoked, so no run with this credential is known to work any more. */
export function noteUnauthorised(ctx: GainsightContext, session: Session): void {
	forgetCredential(ctx, session.settings.baseUrl);
}

export type { Session };
