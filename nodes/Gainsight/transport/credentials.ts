import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { normalizeBaseUrl } from './baseUrl';

export const CREDENTIAL_NAME = 'gainsightApi';

/** What the transport needs from the credential (never the access key: n8n applies it). */
export interface TenantSettings {
	baseUrl: string;
	callsPerWindow: number;
	windowMs: number;
}

const positive = (value: unknown, fallback: number) =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

export function tenantSettings(credentials: ICredentialDataDecryptedObject): TenantSettings {
	return {
		baseUrl: normalizeBaseUrl(credentials.domain),
		callsPerWindow: Math.floor(positive(credentials.callsPerWindow, 100)),
		windowMs: Math.round(positive(credentials.windowSeconds, 60) * 1000),
	};
}
