/** The n8n instance's owner account: created through n8n's REST API once n8n answers. */
export const OWNER = { email: 'dev@example.com', firstName: 'Dev', lastName: 'Gainsight', password: 'Gainsight-dev-1' };

/**
 * n8n's REST API is up once GET /rest/settings answers its JSON. While n8n migrates its database it
 * answers every path with HTTP 200 and the text "n8n is starting up. Please wait", and between the
 * migration and the routes' registration it answers 404: neither counts as up.
 */
async function restApiUp(baseUrl: string): Promise<boolean> {
	try {
		const response = await fetch(`${baseUrl}/rest/settings`);
		if (!response.ok) return false;
		const body = (await response.json()) as { data?: unknown };
		return typeof body === 'object' && body !== null && body.data !== undefined;
	} catch {
		return false;
	}
}

/** Wait (up to `timeoutMs`) until n8n at `baseUrl` is up, then create the owner if there is none yet. */
export async function ensureOwner(baseUrl: string, timeoutMs = 120_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	const pause = () => new Promise((r) => setTimeout(r, 500));
	while (!(await restApiUp(baseUrl))) {
		if (Date.now() > until) throw new Error(`n8n did not answer on ${baseUrl} within ${timeoutMs / 1000}s`);
		await pause();
	}
	// 200: the owner is made; 400: an owner exists already (a kept user folder). Anything else: n8n is not ready yet.
	for (;;) {
		const status = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(OWNER),
		}).then((r) => r.status, () => 0);
		if (status === 200 || status === 400) return;
		if (Date.now() > until) throw new Error(`n8n at ${baseUrl} did not accept its owner account within ${timeoutMs / 1000}s (last HTTP ${status})`);
		await pause();
	}
}
