import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

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
			default: 100,
			typeOptions: { minValue: 1 },
			description: "Gainsight's rate limit for your tenant: calls allowed in one fixed window (100 a minute unless your package says otherwise)",
		},
		{
			displayName: 'Window Length (Seconds)',
			name: 'windowSeconds',
			type: 'number',
			default: 60,
			typeOptions: { minValue: 1 },
			description: "Length of Gainsight's fixed rate-limit window. Leave at 60 unless Gainsight told you otherwise.",
		},
		{
			displayName: 'Concurrent Calls',
			name: 'concurrency',
			type: 'number',
			default: 4,
			typeOptions: { minValue: 1, maxValue: 10 },
			description:
				'Independent calls (chunks of 50 records, one-task or one-goal writes, the pages of a long read) sent at once. More is faster while Gainsight answers slowly; the calls per window above still cap the rate.',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			default: 120,
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
			baseURL:
				'={{ (/^https?:\\/\\//i.test($credentials.domain.trim()) ? $credentials.domain.trim() : "https://" + ($credentials.domain.trim().includes(".") ? $credentials.domain.trim() : $credentials.domain.trim() + ".gainsightcloud.com")).replace(/\\/+$/, "") }}',
			url: '/v1/meta/services/objects/list',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'result', value: false, message: 'Gainsight refused the access key or the domain is wrong' },
			},
		],
	};
}
