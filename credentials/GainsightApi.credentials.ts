import type {
	IAuthenticateGeneric,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { CREDENTIAL_DEFAULTS, MAX_CONCURRENCY } from '../nodes/Gainsight/helpers/credentialDefaults';
import { baseUrlOf } from '../nodes/Gainsight/transport/baseUrl';

/**
 * The Test button's base URL: the node's own host rules (baseUrlOf, embedded by its source), and a
 * domain they refuse fails the test before any request, so the key goes to no other host.
 */
const TEST_BASE_URL = `={{ ((url) => typeof url === "string" ? url : (() => { throw new Error(url.error); })())((${baseUrlOf.toString()})($credentials.domain)) }}`;

/** What the Test button says when Gainsight refuses the key: the domain answered, so the key is the problem. */
const REFUSED_KEY = 'Gainsight refused the access key: check it, or generate a new one in Administration > Connectors 2.0 > Gainsight API';

/**
 * What the Test button says when a call fails, so a wrong key and a wrong domain read differently.
 * n8n's credential tester (packages/cli, credentials-tester.service.ts) matches a `responseCode`
 * rule against an HTTP error status and a `responseSuccessBody` rule against a 2xx answer, each
 * rule by its own type: n8n-workflow's type lists one kind per array, the tester reads both kinds in
 * one. A domain the node's host rules refuse fails before any call ("Invalid URL"); one that does
 * not resolve fails with the network's code (ENOTFOUND).
 */
const TEST_RULES: Array<IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody> = [
	{ type: 'responseCode', properties: { value: 401, message: REFUSED_KEY } },
	{ type: 'responseCode', properties: { value: 403, message: REFUSED_KEY } },
	{ type: 'responseCode', properties: { value: 404, message: 'No Gainsight API answered at this address: check the Domain (the address you open Gainsight CS at)' } },
	{ type: 'responseSuccessBody', properties: { key: 'result', value: false, message: `${REFUSED_KEY} (it answered result: false)` } },
];

/**
 * Gainsight CS access key. The key goes only into the `accesskey` header through `authenticate`;
 * the domain may be typed as `acme`, `acme.gainsightcloud.com` or a full https:// URL.
 */
export class GainsightApi implements ICredentialType {
	name = 'gainsightApi';

	displayName = 'Gainsight CS API';

	icon = { light: 'file:../nodes/Gainsight/gainsight.svg', dark: 'file:../nodes/Gainsight/gainsight.dark.svg' } as const;

	documentationUrl = 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_API/Company_API_Documentation';

	properties: INodeProperties[] = [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'acme.gainsightcloud.com',
			description:
				'Your Gainsight tenant: "acme", "acme.gainsightcloud.com" or "https://acme.gainsightcloud.com". Plain http:// is accepted only for a local sandbox.',
			hint: 'The address you open Gainsight CS at, e.g. acme.gainsightcloud.com',
		},
		{
			displayName: 'Access Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API access key of your tenant, sent as the accesskey header of every call',
			hint: 'A Gainsight admin generates it in Administration > Connectors 2.0 > Gainsight API ("Generate API Access Key"); it does not expire',
		},
		{
			displayName:
				'Advanced: the settings below pace the calls to your tenant. Their defaults fit Gainsight\'s documented limits (100 calls a minute, 50,000 a day) and one n8n process; change them only if your Gainsight package or your n8n setup differs.',
			name: 'advancedNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Calls per Window',
			name: 'callsPerWindow',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.callsPerWindow,
			typeOptions: { minValue: 1 },
			description: "Gainsight's rate limit for your tenant: calls allowed in one fixed window",
			hint: `Default ${CREDENTIAL_DEFAULTS.callsPerWindow} (a minute), unless your package says otherwise`,
		},
		{
			displayName: 'Window Length (Seconds)',
			name: 'windowSeconds',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.windowSeconds,
			typeOptions: { minValue: 1 },
			description: "Length of Gainsight's fixed rate-limit window",
			hint: `Default ${CREDENTIAL_DEFAULTS.windowSeconds}; leave it unless Gainsight told you otherwise`,
		},
		{
			displayName: 'Daily Quota (Calls)',
			name: 'dailyQuota',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.dailyQuota,
			typeOptions: { minValue: 1 },
			description:
				"Gainsight's daily limit for your tenant. The node counts its calls per UTC day; once they reach this, items fail with a clear message until midnight UTC instead of meeting Gainsight's refusals.",
			hint: `Default ${CREDENTIAL_DEFAULTS.dailyQuota.toLocaleString('en-US')}, unless your package says otherwise`,
		},
		{
			displayName: 'Processes Sharing This Key',
			name: 'processes',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.processes,
			typeOptions: { minValue: 1 },
			description:
				"How many n8n processes call this tenant at the same time. Each process paces itself to its share (Calls per Window and Daily Quota divided by this), since it cannot see the others' calls.",
			hint: `Default ${CREDENTIAL_DEFAULTS.processes} (a single n8n); in queue mode, the number of workers`,
		},
		{
			displayName: 'Concurrent Calls',
			name: 'concurrency',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.concurrency,
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			description:
				'Independent calls (chunks of 50 records, one-task or one-goal writes, the pages of a long read) sent at once. More is faster while Gainsight answers slowly; the calls per window above still cap the rate.',
			hint: `Default ${CREDENTIAL_DEFAULTS.concurrency}, at most ${MAX_CONCURRENCY}`,
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.timeoutSeconds,
			typeOptions: { minValue: 1 },
			description:
				'How long one call may take before it counts as broken. A read is then sent again; a write is reported as possibly applied, never sent twice.',
			hint: `Default ${CREDENTIAL_DEFAULTS.timeoutSeconds}`,
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				accesskey: '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: TEST_BASE_URL,
			url: '/v1/meta/services/objects/list',
			method: 'GET',
			// A redirect would carry the key to wherever it points: Gainsight's API never redirects.
			disableFollowRedirect: true,
		},
		rules: TEST_RULES as ICredentialTestRequest['rules'],
	};
}
