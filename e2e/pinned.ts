/** A tool pinned in a folder of its own (package.json + package-lock.json there, node_modules git-ignored). */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm ci` in `dir` unless its node_modules already matches the lockfile; downloads come from ~/.npm
 * when cached. `afterInstall` (e.g. building a native module that --ignore-scripts skipped) runs
 * before the folder counts as installed, so a failed build is tried again next time.
 */
export function ciIfChanged(dir: string, extraArgs: string[] = [], afterInstall?: () => void): void {
	const stamp = join(dir, 'node_modules', '.e2e-lock-hash');
	const hash = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).update(extraArgs.join(' ')).digest('hex');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
	console.log(`npm ci in ${dir}…`);
	execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error', ...extraArgs], { cwd: dir, stdio: 'inherit' });
	afterInstall?.();
	writeFileSync(stamp, hash);
}
