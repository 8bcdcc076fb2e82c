import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';

export const CREDENTIAL_NAME = 'gainsightApi';
export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 10;
export const DEFAULT_TIMEOUT_SECONDS = 120;

/** What the transport needs from the credential (never the access key: n8n applies it). */
export interface TenantSettings {
	baseUrl: string;
	callsPerWindow: number;
	windowMs: number;
	/** Independent calls in flight at once (write chunks, one-record writes). */
	concurrency: number;
	/** How long one call may take before it counts as broken. */
	timeoutMs: number;
}

const positive = (value: unknown, fallback: number) =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

export function tenantSettings(credentials: ICredentialDataDecryptedObject): TenantSettings {
	return {
		baseUrl: normalizeBaseUrl(credentials.domain),
		callsPerWindow: Math.floor(positive(credentials.callsPerWindow, 100)),
		windowMs: Math.round(positive(credentials.windowSeconds, 60) * 1000),
		concurrency: Math.min(MAX_CONCURRENCY, Math.floor(positive(credentials.concurrency, DEFAULT_CONCURRENCY))),
		timeoutMs: Math.round(positive(credentials.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS) * 1000),
	};
}
