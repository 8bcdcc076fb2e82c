/**
 * `npm run soak:queue [-- --workers 3 --executions 20 --records 1000 --quota 20 --window-ms 5000
 *   --processes <workers> --headers --latency-ms 100 --keep]`
 *
 * One tenant quota shared by the workers of a real n8n in queue mode: Redis and PostgreSQL (Debian
 * packages, installed with apt-get when missing) on loopback, the pinned n8n (e2e/n8n) as a main
 * process and `--workers` workers at concurrency 5, our package built, packed and installed in each
 * process's user folder, and the Gainsight sandbox with the real quota scaled down (20 calls / 5 s).
 * A webhook workflow (Webhook → Split Out → Gainsight Company Insert, answering when the insert is
 * done) gets `--executions` concurrent posts of `--records` new companies each. The credential says
 * the tenant's quota and, as Processes Sharing This Key, `--processes` (default: the number of
 * workers; 1 shows what learning from 429s alone does). `--headers` makes the sandbox send
 * x-ratelimit-limit/-remaining/-reset.
 *
 * Prints each phase's time, then the calls, 429s (% of calls), failed executions, records lost and
 * duplicated (the sandbox's companies against what was posted) and the time against the quota's
 * bound (the calls the records need ÷ quota × window). Exit code 1 when an execution failed or a
 * record was lost or written twice. Not part of `npm test`.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_ACCESS_KEY, startSandbox, type Sandbox } from '../../sandbox';
import { ROOT, selectedN8n } from '../../e2e/n8n';
import { pack, unpack } from '../../e2e/pack';
import { bypassProxyForLoopback } from '../harness/env';
import { ensurePackages, freePort, startPostgres, startRedis, stopChild, type Postgres, type Redis } from './services';

interface Options {
	workers: number;
	executions: number;
	records: number;
	quota: number;
	windowMs: number;
	processes?: number;
	headers: boolean;
	latencyMs: number;
	keep: boolean;
}

function parseArgs(argv: string[]): Options {
	const options: Options = { workers: 3, executions: 20, records: 1000, quota: 20, windowMs: 5000, headers: false, latencyMs: 100, keep: false };
	const numbers: Record<string, keyof Options> = {
		'--workers': 'workers',
		'--executions': 'executions',
		'--records': 'records',
		'--quota': 'quota',
		'--window-ms': 'windowMs',
		'--processes': 'processes',
		'--latency-ms': 'latencyMs',
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		if (flag === '--headers') options.headers = true;
		else if (flag === '--keep') options.keep = true;
		else if (numbers[flag]) {
			const value = Number(inline ?? argv[++i]);
			if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number`);
			(options[numbers[flag]] as number) = value;
		} else throw new Error(`unknown option ${argv[i]}`);
	}
	return options;
}

/** The n8n to run in queue mode: E2E_N8N=current (default) or oldest, as the end-to-end test picks it. */
const [N8N] = selectedN8n('current');
const WEBHOOK_PATH = 'gainsight-soak-queue';
const CREDENTIAL = { id: 'gainsight-soak', name: 'Gainsight Soak' };
const WORKER_CONCURRENCY = 5;
const RECORDS_PER_CALL = 50;

/** Webhook → Split Out (one item per posted record) → Gainsight Company Insert; the webhook answers when the insert is done. */
function workflow() {
	return {
		id: 'gainsightSoakQueue',
		name: 'Gainsight soak: queue mode',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
			'Split Out': { main: [[{ node: 'Gainsight', type: 'main', index: 0 }]] },
		},
		nodes: [
			{
				id: '5a0f3c52-54c6-4c43-9d55-5c1d6d2f0a01',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '0d7d5d5e-8a0e-4d6b-9a38-7c0d1f3b5c11',
				parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', responseData: 'noData', options: {} },
			},
			{
				id: '5a0f3c52-54c6-4c43-9d55-5c1d6d2f0a02',
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.records', include: 'noOtherFields', options: {} },
			},
			{
				id: '5a0f3c52-54c6-4c43-9d55-5c1d6d2f0a03',
				name: 'Gainsight',
				type: 'n8n-nodes-gainsight.gainsight',
				typeVersion: 1,
				position: [440, 0],
				credentials: { gainsightApi: CREDENTIAL },
				parameters: {
					resource: 'company',
					operation: 'insert',
					columns: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [], attemptToConvertTypes: false, convertFieldsToString: false },
				},
			},
		],
	};
}

const recordsOf = (execution: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		Name: `Queue soak ${execution}-${index}`,
		ExternalId__gc: `Q-${execution}-${index}`,
		Industry: 'Software',
		ARR: 1000 + index,
	}));

/** POST JSON with no client timeout (an execution waits for its share of the quota). */
function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
	const payload = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
			let text = '';
			res.on('data', (chunk: Buffer) => (text += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
		});
		req.on('error', reject);
		req.end(payload);
	});
}

interface N8nProcess {
	name: string;
	child: ChildProcess;
	ready: Promise<void>;
}

/** Starts `n8n <args>` with its output in logs/<name>.log; ready once a line matches `readyLine`. */
function startN8nProcess(name: string, args: string[], env: NodeJS.ProcessEnv, logs: string, readyLine: RegExp): N8nProcess {
	const child = N8N.spawn(args, env, 'pipe');
	const log = createWriteStream(join(logs, `${name}.log`));
	const ready = new Promise<void>((resolve, reject) => {
		let seen = '';
		const watch = (chunk: Buffer) => {
			log.write(chunk);
			seen = (seen + chunk.toString()).slice(-4000);
			if (readyLine.test(seen)) resolve();
		};
		child.stdout!.on('data', watch);
		child.stderr!.on('data', watch);
		child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready: see ${join(logs, `${name}.log`)}`)));
	});
	ready.catch(() => undefined);
	return { name, child, ready };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const processes = options.processes ?? options.workers;
	bypassProxyForLoopback();
	const phases: Array<[string, number]> = [];
	let phaseStart = Date.now();
	const phase = (name: string) => {
		const now = Date.now();
		phases.push([name, now - phaseStart]);
		console.log(`▸ ${name}: ${seconds(now - phaseStart)}`);
		phaseStart = now;
	};

	const work = mkdtempSync(join(tmpdir(), 'gainsight-soak-queue-'));
	const logs = join(work, 'logs');
	mkdirSync(logs);
	let redis: Redis | undefined;
	let postgres: Postgres | undefined;
	let sandbox: Sandbox | undefined;
	const running: N8nProcess[] = [];
	let exitCode = 1;
	let finished = false;
	const stopAll = async () => {
		await Promise.all(running.map((p) => stopChild(p.child)));
		running.length = 0;
		await sandbox?.close();
		sandbox = undefined;
		await redis?.stop();
		redis = undefined;
		postgres?.stop();
		postgres = undefined;
	};
	const interrupted = () => void stopAll().finally(() => process.exit(130));
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);

	try {
		ensurePackages();
		N8N.install();
		phase(`${N8N.label} installed (npm ci, cached), Redis and PostgreSQL present`);

		execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
		const tarball = pack(join(work, 'pack'));
		const names = ['main', ...Array.from({ length: options.workers }, (_, index) => `worker${index + 1}`)];
		const userFolders = Object.fromEntries(
			names.map((name) => {
				const folder = join(work, name);
				unpack(tarball, join(folder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-gainsight'));
				return [name, folder];
			}),
		);
		phase('package built, packed and installed in each process\'s user folder');

		redis = await startRedis(work);
		postgres = await startPostgres();
		sandbox = await startSandbox({
			rateLimit: { quota: options.quota, windowMs: options.windowMs, dailyQuota: 1_000_000, retryAfter: false, headers: options.headers },
			latencyMs: options.latencyMs,
		});
		phase(`Redis :${redis.port}, PostgreSQL :${postgres.port}, sandbox ${sandbox.url} (${options.quota} calls / ${options.windowMs / 1000} s${options.headers ? ', x-ratelimit headers' : ''}) started`);

		const mainPort = await freePort();
		const queueEnv = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			N8N_PORT: String(mainPort),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		};
		const envOf = async (name: string) => N8N.env(userFolders[name], { ...queueEnv, N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
		const mainEnv = await envOf('main');
		const credential = {
			...CREDENTIAL,
			type: 'gainsightApi',
			data: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: options.quota, windowSeconds: options.windowMs / 1000, processes },
		};
		writeFileSync(join(work, 'credentials.json'), JSON.stringify([credential]));
		writeFileSync(join(work, 'workflows.json'), JSON.stringify([workflow()]));
		await N8N.run(['import:credentials', `--input=${join(work, 'credentials.json')}`], mainEnv);
		await N8N.run(['import:workflow', `--input=${join(work, 'workflows.json')}`], mainEnv);
		await N8N.run(['publish:workflow', `--id=${workflow().id}`], mainEnv);
		phase('credential and webhook workflow imported and published (PostgreSQL migrated)');

		running.push(startN8nProcess('main', ['start'], mainEnv, logs, /Editor is now accessible/));
		await running[0].ready;
		for (const name of names.slice(1)) {
			running.push(startN8nProcess(name, ['worker', `--concurrency=${WORKER_CONCURRENCY}`], await envOf(name), logs, /n8n worker is now ready/));
		}
		await Promise.all(running.map((p) => p.ready));
		phase(`n8n main and ${options.workers} worker(s) ready (queue mode, concurrency ${WORKER_CONCURRENCY})`);

		sandbox.clearLog();
		const url = `http://127.0.0.1:${mainPort}/webhook/${WEBHOOK_PATH}`;
		const fired = Date.now();
		const answers = await Promise.all(
			Array.from({ length: options.executions }, (_, execution) =>
				post(url, { records: recordsOf(execution, options.records) }).then(
					(answer) => ({ ...answer, ms: Date.now() - fired }),
					(error: Error) => ({ status: 0, text: error.message, ms: Date.now() - fired }),
				),
			),
		);
		const elapsed = Date.now() - fired;
		phase(`${options.executions} executions × ${options.records} records through the webhook`);

		const { log } = sandbox;
		const refused = log.filter((entry) => entry.status === 429).length;
		const failedAnswers = answers.filter((answer) => answer.status !== 200);
		const statuses = postgres.query("SELECT status, count(*) FROM execution_entity GROUP BY status ORDER BY status").trim().replace(/\n/g, ', ').replace(/\|/g, ': ');
		const sent = new Set(Array.from({ length: options.executions }, (_, e) => recordsOf(e, options.records).map((r) => r.ExternalId__gc)).flat());
		const stored = new Map<string, number>();
		for (const company of sandbox.store.companies.values()) {
			const id = String(company.ExternalId__gc);
			if (sent.has(id)) stored.set(id, (stored.get(id) ?? 0) + 1);
		}
		const lost = [...sent].filter((id) => !stored.has(id)).length;
		const duplicated = [...stored.values()].filter((count) => count > 1).length;
		const neededCalls = options.executions * Math.ceil(options.records / RECORDS_PER_CALL);
		const boundMs = (neededCalls / options.quota) * options.windowMs;
		phase('figures read');

		const rows: Array<[string, string | number]> = [
			['n8n', `${N8N.label}, queue mode: main + ${options.workers} worker(s) at concurrency ${WORKER_CONCURRENCY}`],
			['tenant quota (sandbox)', `${options.quota} calls / ${options.windowMs / 1000} s${options.headers ? ', x-ratelimit-* headers' : ', no rate-limit headers'}, latency ${options.latencyMs} ms`],
			['credential', `${options.quota} calls / ${options.windowMs / 1000} s, Processes Sharing This Key ${processes}`],
			['executions × records', `${options.executions} × ${options.records} = ${sent.size}`],
			['calls', `${log.length} (${neededCalls} needed)`],
			['429s', `${refused} (${((refused / Math.max(1, log.length)) * 100).toFixed(1)}% of calls)`],
			['failed executions', `${failedAnswers.length}${failedAnswers.length ? ` (${[...new Set(failedAnswers.map((a) => `HTTP ${a.status} ${a.text.slice(0, 160)}`))].join('; ')})` : ''}`],
			['executions in PostgreSQL by status', statuses],
			['lost', lost],
			['duplicated', duplicated],
			['time', `${seconds(elapsed)} vs bound ${seconds(boundMs)} (${needed(neededCalls, options)}): ${(elapsed / boundMs).toFixed(2)}×`],
			['slowest / fastest execution', `${seconds(Math.max(...answers.map((a) => a.ms)))} / ${seconds(Math.min(...answers.map((a) => a.ms)))}`],
		];
		console.log('');
		for (const [label, value] of rows) console.log(`${label.padEnd(36)} ${value}`);
		console.log(`\nphases: ${phases.map(([name, ms]) => `${seconds(ms)} ${name.split(' (')[0]}`).join(' · ')}`);
		exitCode = failedAnswers.length > 0 || lost > 0 || duplicated > 0 ? 1 : 0;
		finished = true;
	} finally {
		await stopAll();
		if (options.keep || !finished) console.log(`kept ${work} (process logs in ${logs})`);
		else rmSync(work, { recursive: true, force: true });
	}
	process.exit(exitCode);
}

const needed = (calls: number, options: Options) => `${calls} calls ÷ ${options.quota} × ${options.windowMs / 1000} s`;

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
