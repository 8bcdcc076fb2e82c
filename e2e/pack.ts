/** Our package as npm publishes it: `npm pack` the built package and unpack the tarball. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** `npm pack` into `destDir` (which holds no other tarball); returns the tarball's path. */
export function pack(destDir: string): string {
	mkdirSync(destDir, { recursive: true });
	execFileSync('npm', ['pack', '--silent', '--pack-destination', destDir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	return join(destDir, readdirSync(destDir).find((f) => f.endsWith('.tgz'))!);
}

/** Unpack a tarball's `package/` folder into `target`. */
export function unpack(tarball: string, target: string): string {
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	return target;
}
