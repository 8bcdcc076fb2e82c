/**
 * The pinned real n8n in e2e/n8n/: install it from its own lockfile, give it a throwaway user
 * folder with our packed package installed the way n8n installs community packages
 * (<user folder>/.n8n/nodes/node_modules/<name>), and run its CLI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_ACCESS_KEY } from '../sandbox';
import { pack, ROOT, unpack } from './pack';
import { ciIfChanged } from './pinned';

export { ROOT };

export const N8N_DIR = join(__dirname, 'n8n');
const N8N_BIN = join(N8N_DIR, 'node_modules', '.bin', 'n8n');

/** The n8n version the lockfile pins. */
export const n8nVersion = (): string =>
	(JSON.parse(readFileSync(join(N8N_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> })
		.packages['node_modules/n8n'].version;

/** Install the pinned n8n (npm ci in e2e/n8n, skipped when node_modules matches the lockfile). */
export function installN8n(): void {
	ciIfChanged(N8N_DIR);
}

/** Settings for every n8n process: a private user folder, a fixed key, nothing that calls home. */
export function n8nEnv(userFolder: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'n8n-nodes-gainsight-e2e',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// The Code node runs in n8n's JS task runner (a child process n8n starts itself); its broker
		// gets a port of its own so it never meets the sandbox's default 5679.
		N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5689',
		DB_SQLITE_POOL_SIZE: '1',
		...extra,
	};
}

/**
 * `npm pack` the built package and unpack it where n8n keeps community packages, in `work`/home
 * (a new temp folder by default). Returns the user folder.
 */
export function userFolderWithPackage(work = mkdtempSync(join(tmpdir(), 'n8n-gainsight-e2e-'))): string {
	const userFolder = join(work, 'home');
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-gainsight');
	rmSync(target, { recursive: true, force: true });
	rmSync(join(work, 'pack'), { recursive: true, force: true });
	unpack(pack(join(work, 'pack')), target);
	return userFolder;
}

/**
 * Run one n8n CLI command; rejects with its output when it fails. Asynchronous on purpose: the
 * sandbox n8n calls runs in this process and must keep answering while n8n works.
 */
export function n8n(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(N8N_BIN, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolvePromise(stdout) : reject(new Error(`n8n ${args.join(' ')} exited ${code}\n${stdout}\n${stderr}`)),
		);
	});
}

/** Import the "Gainsight Sandbox" credential (id gainsight-sandbox, as the examples name it) pointing at `url`. */
export async function importSandboxCredential(url: string, userFolder: string, env: NodeJS.ProcessEnv): Promise<void> {
	const credentials = [
		{
			id: 'gainsight-sandbox',
			name: 'Gainsight Sandbox',
			type: 'gainsightApi',
			data: { domain: url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 100, windowSeconds: 60 },
		},
	];
	// n8n encrypts `data` given as a plain object with N8N_ENCRYPTION_KEY on import.
	writeFileSync(join(userFolder, 'credentials.json'), JSON.stringify(credentials));
	await n8n(['import:credentials', `--input=${join(userFolder, 'credentials.json')}`], env);
}

/** Import workflows (each with an `id` of at most 21 characters, so `n8n execute --id` accepts it). */
export async function importWorkflows(workflows: object[], userFolder: string, env: NodeJS.ProcessEnv): Promise<void> {
	writeFileSync(join(userFolder, 'workflows.json'), JSON.stringify(workflows));
	await n8n(['import:workflow', `--input=${join(userFolder, 'workflows.json')}`], env);
}

/** Start `n8n start` (the editor and API) in the background. */
export function startN8n(env: NodeJS.ProcessEnv) {
	return spawn(N8N_BIN, ['start'], { cwd: ROOT, env, stdio: 'inherit' });
}
