/** The credential's name and tuning defaults: the credential's fields and the transport read them from here. */
export const CREDENTIAL_NAME = 'gainsightApi';

/**
 * Gainsight's documented limits (100 calls a minute and 50,000 a day per tenant, fixed windows:
 * https://support.gainsight.com/SFDC_Edition/API_and_Developer_Docs/Person_API/Person_API_Documentation,
 * "Gainsight API Limits") and our defaults for the rest.
 */
export const CREDENTIAL_DEFAULTS = {
	callsPerWindow: 100,
	windowSeconds: 60,
	dailyQuota: 50_000,
	/** n8n processes (queue-mode workers) that call the tenant with this key: each paces at its share. */
	processes: 1,
	concurrency: 4,
	timeoutSeconds: 120,
} as const;

export const MAX_CONCURRENCY = 10;
