/** The credential's name and tuning defaults: the credential's fields and the transport read them from here. */
export const CREDENTIAL_NAME = 'gainsightApi';

/** Gainsight's documented limits (100 calls a minute) and our defaults for the rest. */
export const CREDENTIAL_DEFAULTS = {
	callsPerWindow: 100,
	windowSeconds: 60,
	concurrency: 4,
	timeoutSeconds: 120,
} as const;

export const MAX_CONCURRENCY = 10;
