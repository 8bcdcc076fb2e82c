/**
 * Test-process environment for runs through n8n-core.
 *
 * 1. n8n-core's InstanceSettings writes `<N8N_USER_FOLDER or HOME>/.n8n/config` (an encryption
 *    key) the first time the engine needs it. Unless N8N_USER_FOLDER is already set, point it
 *    at a folder under the OS temp dir so tests never touch the user's own ~/.n8n.
 * 2. Keeps HTTP calls to this machine's loopback addresses away from any proxy.
 *
 * n8n-core's request helpers pick a proxy with `proxy-from-env`, which reads HTTP(S)_PROXY /
 * ALL_PROXY and npm's `npm_config_*proxy` variables (npm sets those for `npm test` when its
 * config has a proxy). A proxy in the environment would then swallow the calls our tests make
 * to the sandbox on 127.0.0.1. Adding the loopback names to every NO_PROXY spelling that
 * proxy-from-env reads keeps those calls direct; calls elsewhere are left as they were.
 * Used by jest (setupFiles) and imported by the harness for scripts that use it outside jest.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

export function bypassProxyForLoopback(env: NodeJS.ProcessEnv = process.env): void {
	for (const name of ['npm_config_no_proxy', 'no_proxy', 'NO_PROXY']) {
		const current = env[name];
		if (current === '*') continue;
		const entries = (current ?? '')
			.split(/[,\s]+/)
			.map((entry) => entry.trim())
			.filter(Boolean);
		// proxy-from-env reads npm_config_no_proxy first and ignores the others when it is set:
		// only touch it when it is already there.
		if (name === 'npm_config_no_proxy' && !current) continue;
		for (const host of LOOPBACK) if (!entries.includes(host)) entries.push(host);
		env[name] = entries.join(',');
	}
}

export function isolateN8nUserFolder(env: NodeJS.ProcessEnv = process.env): void {
	if (!env.N8N_USER_FOLDER) env.N8N_USER_FOLDER = join(tmpdir(), 'n8n-test-harness');
}

isolateN8nUserFolder();
bypassProxyForLoopback();
