/** The n8n instance's owner account: created through n8n's REST API once n8n answers. */
export const OWNER = { email: 'dev@example.com', firstName: 'Dev', lastName: 'Gainsight', password: 'Gainsight-dev-1' };

/** Wait (up to `timeoutMs`) until n8n at `baseUrl` is up, then create the owner if there is none yet. */
export async function ensureOwner(baseUrl: string, timeoutMs = 120_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const ok = await fetch(`${baseUrl}/rest/settings`).then((r) => r.ok, () => false); // the REST API is up, not only /healthz
		if (ok) break;
		if (Date.now() > until) throw new Error(`n8n did not answer on ${baseUrl} within ${timeoutMs / 1000}s`);
		await new Promise((r) => setTimeout(r, 500));
	}
	// 400 when an owner exists already (a kept user folder): nothing to do.
	await fetch(`${baseUrl}/rest/owner/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
}
