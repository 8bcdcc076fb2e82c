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
	if (errorCode && ADVICE[errorCode]) return ADVICE[errorCode];
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
