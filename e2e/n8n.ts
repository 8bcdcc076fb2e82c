/**
 * The real n8n versions we prove the package on, each pinned in a folder of its own:
 *
 * - `current`: the newest n8n that installs from the registry (e2e/n8n-current), run on Node 24
 *   from the npm `node` package (e2e/node24).
 * - `oldest`: the oldest n8n we support (e2e/n8n), on the machine's Node 20.
 *
 * Both install with --ignore-scripts (one of 2.41's dependencies' install scripts downloads from
 * outside the registry), then sqlite3 — the only native module n8n needs that ships no prebuilt
 * binary — is built with node-gyp against the headers of the Node that runs that n8n, and the
 * build is kept in ~/.npm, so the next install (a fresh clone in CI) copies it instead of compiling.
 *
 * E2E_N8N=current|oldest picks one (E2E_N8N=both for both where a script runs one by default).
 * Bumping the current n8n is one line: its version in e2e/n8n-current/package.json (then
 * `npm install --ignore-scripts --package-lock-only` there).
 *
 * Each n8n gets a throwaway user folder with our packed package installed the way n8n installs
 * community packages (<user folder>/.n8n/nodes/node_modules/<name>).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

import { DEFAULT_ACCESS_KEY } from '../sandbox';
import { pack, ROOT, unpack } from './pack';
import { ciIfChanged } from './pinned';

export { ROOT };

export type N8nLine = 'current' | 'oldest';
export const N8N_LINES: readonly N8nLine[] = ['current', 'oldest'];

const NODE24_DIR = join(__dirname, 'node24');
/** Built native modules kept across fresh clones, next to npm's own cache. */
const BUILD_CACHE = join(homedir(), '.npm', '_n8n-nodes-gainsight-builds');

/** The `node` package's platform package (node-<os>-<arch>, installed by its preinstall): the binary and its headers. */
function node24Home(): string {
	const under = join(NODE24_DIR, 'node_modules', 'node', 'node_modules');
	const found = existsSync(under) && readdirSync(under).find((name) => existsSync(join(under, name, 'include', 'node', 'node.h')));
	if (!found) throw new Error(`Node 24 is not installed in ${NODE24_DIR} (npm ci there runs the node package's preinstall)`);
	return join(under, found);
}

/**
 * Build sqlite3 in an n8n folder installed with --ignore-scripts, against the headers in `nodeDir`
 * (node-gyp's --nodedir: nothing is downloaded). sqlite3 is an N-API module; its build is cached by
 * sqlite3 version, Node version and platform.
 */
function buildSqlite3(n8nDir: string, nodeDir: string, nodeVersion: string): void {
	const moduleDir = join(n8nDir, 'node_modules', 'sqlite3');
	const { version } = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')) as { version: string };
	const cached = join(BUILD_CACHE, `sqlite3-${version}-node-${nodeVersion}-${process.platform}-${process.arch}`, 'node_sqlite3.node');
	const target = join(moduleDir, 'build', 'Release', 'node_sqlite3.node');
	if (existsSync(cached)) {
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
		console.log(`sqlite3 ${version}: the build for Node ${nodeVersion} from ${dirname(cached)}`);
		return;
	}
	const started = Date.now();
	console.log(`sqlite3 ${version}: building with node-gyp against Node ${nodeVersion}'s headers…`);
	// --build-from-source makes sqlite3's install script skip prebuild-install's download and run node-gyp.
	execFileSync('npm', ['rebuild', 'sqlite3', '--build-from-source', `--nodedir=${nodeDir}`, '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: n8nDir,
		stdio: 'inherit',
	});
	if (!existsSync(target)) throw new Error(`sqlite3 built, but ${target} is missing`);
	mkdirSync(dirname(cached), { recursive: true });
	copyFileSync(target, cached);
	console.log(`sqlite3 ${version}: built in ${Math.round((Date.now() - started) / 1000)}s, kept in ${dirname(cached)}`);
}

/** One pinned n8n: where it lives, which Node runs it, how it installs. */
export class N8n {
	private constructor(
		readonly line: N8nLine,
		readonly dir: string,
		private readonly nodeBin: () => string,
		private readonly installer: () => void,
	) {}

	static for(line: N8nLine): N8n {
		if (line === 'oldest') {
			const dir = join(__dirname, 'n8n');
			// The headers of the Node that runs our scripts: <prefix>/include/node beside <prefix>/bin/node.
			const nodeDir = dirname(dirname(process.execPath));
			return new N8n(line, dir, () => process.execPath, () => ciIfChanged(dir, ['--ignore-scripts'], () => buildSqlite3(dir, nodeDir, process.versions.node)));
		}
		const node = () => join(node24Home(), 'bin', 'node');
		return new N8n(line, join(__dirname, 'n8n-current'), node, () => {
			ciIfChanged(NODE24_DIR);
			const nodeVersion = execFileSync(node(), ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
			const dir = join(__dirname, 'n8n-current');
			ciIfChanged(dir, ['--ignore-scripts'], () => buildSqlite3(dir, node24Home(), nodeVersion));
		});
	}

	/** The n8n version the lockfile pins. */
	get version(): string {
		return (JSON.parse(readFileSync(join(this.dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> })
			.packages['node_modules/n8n'].version;
	}

	/** The Node.js that runs this n8n (installs it first when needed). */
	get nodeVersion(): string {
		return execFileSync(this.nodeBin(), ['--version'], { encoding: 'utf8' }).trim();
	}

	/** e.g. "n8n 2.41.1 on Node v24.21.0". */
	get label(): string {
		return `n8n ${this.version} on Node ${this.nodeVersion}`;
	}

	/** Install this n8n (and its Node), skipped when node_modules matches the lockfiles. */
	install(): void {
		this.installer();
	}

	/** Settings for every n8n process: a private user folder, a fixed key, nothing that calls home. */
	env(userFolder: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		return {
			...process.env,
			// n8n starts its JS task runner as `node` from PATH: the same Node that runs n8n.
			PATH: [dirname(this.nodeBin()), process.env.PATH].filter(Boolean).join(delimiter),
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: 'n8n-nodes-gainsight-e2e',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
			// As n8n 3.0 will need it: its default turns false, and our package is unverified until n8n verifies it.
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			// n8n 3.0's default task timeout (2.x: 300 s): the examples' Code nodes must fit in it.
			N8N_RUNNERS_TASK_TIMEOUT: '60',
			// The verified-nodes list comes from n8n's servers, out of reach here (and irrelevant to a local package).
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			// The Code node runs in n8n's JS task runner (a child process n8n starts itself); its broker
			// gets a port of its own so it never meets the sandbox's default 5679.
			N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5689',
			DB_SQLITE_POOL_SIZE: '1',
			// 2.41's MCP registry refreshes itself from n8n's servers every few minutes (an error each time here).
			...(this.line === 'current' ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
			...extra,
		};
	}

	/** `n8n <args>` on this n8n's Node (a main, a worker, a CLI command). */
	spawn(args: string[], env: NodeJS.ProcessEnv, stdio: 'pipe' | 'inherit'): ChildProcess {
		const bin = join(this.dir, 'node_modules', 'n8n', 'bin', 'n8n');
		return spawn(this.nodeBin(), [bin, ...args], { cwd: ROOT, env, stdio: stdio === 'pipe' ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	}

	/**
	 * Run one n8n CLI command; rejects with its output when it fails. Asynchronous on purpose: the
	 * sandbox n8n calls runs in this process and must keep answering while n8n works.
	 */
	run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
		return new Promise((resolvePromise, reject) => {
			const child = this.spawn(args, env, 'pipe');
			let stdout = '';
			let stderr = '';
			child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			child.on('error', reject);
			child.on('close', (code) =>
				code === 0 ? resolvePromise(stdout) : reject(new Error(`n8n ${args.join(' ')} exited ${code}\n${stdout}\n${stderr}`)),
			);
		});
	}

	/** Start `n8n start` (the editor and API) in the background. */
	start(env: NodeJS.ProcessEnv): ChildProcess {
		return this.spawn(['start'], env, 'inherit');
	}

	/** Import the "Gainsight Sandbox" credential (id gainsight-sandbox, as the examples name it) pointing at `url`. */
	async importSandboxCredential(url: string, userFolder: string, env: NodeJS.ProcessEnv): Promise<void> {
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
		await this.run(['import:credentials', `--input=${join(userFolder, 'credentials.json')}`], env);
	}

	/** Import workflows (each with an `id` of at most 21 characters, so `n8n execute --id` accepts it). */
	async importWorkflows(workflows: object[], userFolder: string, env: NodeJS.ProcessEnv): Promise<void> {
		writeFileSync(join(userFolder, 'workflows.json'), JSON.stringify(workflows));
		await this.run(['import:workflow', `--input=${join(userFolder, 'workflows.json')}`], env);
	}
}

/**
 * The n8n versions E2E_N8N asks for: `current`, `oldest`, or `both`; `fallback` when it is unset.
 */
export function selectedN8n(fallback: 'current' | 'both'): N8n[] {
	const asked = (process.env.E2E_N8N ?? fallback).trim();
	if (asked === 'both') return N8N_LINES.map((line) => N8n.for(line));
	if (!(N8N_LINES as readonly string[]).includes(asked)) throw new Error(`E2E_N8N=${asked}: expected current, oldest or both`);
	return [N8n.for(asked as N8nLine)];
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
