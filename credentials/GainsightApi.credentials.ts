import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { CREDENTIAL_DEFAULTS, MAX_CONCURRENCY } from '../nodes/Gainsight/helpers/credentialDefaults';
import { baseUrlOf } from '../nodes/Gainsight/transport/baseUrl';

/**
 * The Test button's base URL: the node's own host rules (baseUrlOf, embedded by its source), and a
 * domain they refuse fails the test before any request, so the key goes to no other host.
 */
const TEST_BASE_URL = `={{ ((url) => typeof url === "string" ? url : (() => { throw new Error(url.error); })())((${baseUrlOf.toString()})($credentials.domain)) }}`;

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
		},
		{
			displayName: 'Access Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API access key from Administration > Connectors 2.0 > Gainsight API in your tenant',
		},
		{
			displayName: 'Calls per Window',
			name: 'callsPerWindow',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.callsPerWindow,
			typeOptions: { minValue: 1 },
			description: "Gainsight's rate limit for your tenant: calls allowed in one fixed window (100 a minute unless your package says otherwise)",
		},
		{
			displayName: 'Window Length (Seconds)',
			name: 'windowSeconds',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.windowSeconds,
			typeOptions: { minValue: 1 },
			description: "Length of Gainsight's fixed rate-limit window. Leave at 60 unless Gainsight told you otherwise.",
		},
		{
			displayName: 'Daily Quota (Calls)',
			name: 'dailyQuota',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.dailyQuota,
			typeOptions: { minValue: 1 },
			description:
				"Gainsight's daily limit for your tenant (50,000 calls a day unless your package says otherwise). The node counts its calls per UTC day; once they reach this, items fail with a clear message until midnight UTC instead of meeting Gainsight's refusals.",
		},
		{
			displayName: 'Processes Sharing This Key',
			name: 'processes',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.processes,
			typeOptions: { minValue: 1 },
			description:
				"How many n8n processes call this tenant at the same time: 1 for a single n8n; in queue mode, the number of workers. Each process paces itself to its share (Calls per Window and Daily Quota divided by this), since it cannot see the others' calls.",
		},
		{
			displayName: 'Concurrent Calls',
			name: 'concurrency',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.concurrency,
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			description:
				'Independent calls (chunks of 50 records, one-task or one-goal writes, the pages of a long read) sent at once. More is faster while Gainsight answers slowly; the calls per window above still cap the rate.',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			default: CREDENTIAL_DEFAULTS.timeoutSeconds,
			typeOptions: { minValue: 1 },
			description:
				'How long one call may take before it counts as broken. A read is then sent again; a write is reported as possibly applied, never sent twice.',
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
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'result', value: false, message: 'Gainsight refused the access key or the domain is wrong' },
			},
		],
	};
}
