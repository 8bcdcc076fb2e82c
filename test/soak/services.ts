/**
 * Redis and PostgreSQL for the queue-mode soak: the Debian packages (installed with apt-get when
 * missing), each started on loopback on a free port in a temp folder, as the current user (or, as
 * root, PostgreSQL as the `postgres` user: initdb refuses to run as root). Stopped by the pids and
 * data folders this file started, nothing else.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on loopback (taken by the caller right after; a race with other programs is possible, not likely). */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

const onPath = (command: string) => {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

/** PostgreSQL's server programs: on PATH, else Debian's /usr/lib/postgresql/<version>/bin. */
function postgresBin(): string | undefined {
	if (onPath('initdb') && onPath('pg_ctl')) return '';
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
	return version && existsSync(join(root, version, 'bin', 'initdb')) ? join(root, version, 'bin') : undefined;
}

/** Installs redis-server and postgresql with apt-get where they are missing. */
export function ensurePackages(): void {
	const missing = [...(onPath('redis-server') ? [] : ['redis-server']), ...(postgresBin() === undefined ? ['postgresql'] : [])];
	if (missing.length === 0) return;
	console.log(`installing ${missing.join(', ')} with apt-get…`);
	const run = (args: string[]) => {
		const command = userInfo().uid === 0 ? args : ['sudo', ...args];
		execFileSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	};
	run(['apt-get', 'update', '-qq']);
	run(['apt-get', 'install', '-y', '-qq', ...missing]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Redis {
	port: number;
	stop(): Promise<void>;
}

/** redis-server on 127.0.0.1:<free port>, nothing saved to disk. */
export async function startRedis(work: string): Promise<Redis> {
	const port = await freePort();
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', work, '--save', '', '--appendonly', 'no'], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	for (let attempt = 0; ; attempt++) {
		try {
			if (execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'PONG') break;
		} catch {
			if (attempt > 50 || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
		}
		await sleep(100);
	}
	return { port, stop: () => stopChild(child) };
}

export interface Postgres {
	port: number;
	user: string;
	database: string;
	/** Runs one SQL statement; returns psql's unaligned rows. */
	query(sql: string): string;
	stop(): void;
}

/** A fresh PostgreSQL cluster on 127.0.0.1:<free port> in a temp folder, trusting local connections. */
export async function startPostgres(): Promise<Postgres> {
	const bin = postgresBin();
	if (bin === undefined) throw new Error('PostgreSQL is not installed (initdb not found)');
	const program = (name: string) => (bin ? join(bin, name) : name);
	const asRoot = userInfo().uid === 0;
	const dir = mkdtempSync(join(tmpdir(), 'gainsight-soak-pg-'));
	if (asRoot) {
		const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
		const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
		chownSync(dir, Number(ids), Number(gid));
	}
	const as = (args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]) as [string, string[]];
	const run = (args: string[]) => {
		const [command, rest] = as(args);
		return execFileSync(command, rest, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
	};
	const port = await freePort();
	const user = 'n8n';
	const data = join(dir, 'data');
	run([program('initdb'), '-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-instructions']);
	run([program('pg_ctl'), '-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
	const psql = (database: string, sql: string) =>
		execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', database, '-Atc', sql], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
	psql('postgres', 'CREATE DATABASE n8n');
	return {
		port,
		user,
		database: 'n8n',
		query: (sql) => psql('n8n', sql),
		stop: () => {
			try {
				run([program('pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
	};
}

/** SIGTERM to one child we started, SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const killed = sleep(graceMs).then(() => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	});
	await Promise.race([exited, killed]);
	await exited;
}
