/**
 * What n8n checks before it lists a community package, run offline over our package:
 *
 *   npm run check:package
 *
 * 1. The packed tarball holds only dist/**, README.md, LICENSE and package.json, and package.json
 *    has no `dependencies` (n8n installs community packages without theirs); compiled code requires
 *    only n8n-workflow and zod, which n8n itself provides.
 * 2. The lint rules of `@n8n/scan-community-package` (pinned in e2e/scan/): its own
 *    `analyzePackage` over our sources (package.json, nodes/, credentials/) and over the unpacked
 *    tarball (compiled .js and package.json), as the scanner does for a published version. Its
 *    provenance and download steps need the published package on npm and are not run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { pack, ROOT, unpack } from './pack';
import { ciIfChanged } from './pinned';

const SCAN_DIR = join(__dirname, 'scan');
const ALLOWED_FILE = /^(dist\/.+|README\.md|LICENSE|package\.json)$/;
const ALLOWED_REQUIRES = new Set(['n8n-workflow', 'zod']);

interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}
interface Scanner {
	analyzePackage(dir: string, patterns?: string[]): Promise<ScanResult>;
	SOURCE_FILE_PATTERNS: string[];
}

const filesIn = (dir: string, prefix = ''): string[] =>
	readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesIn(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
	);

async function main() {
	ciIfChanged(SCAN_DIR, ['--ignore-scripts']);
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const work = mkdtempSync(join(tmpdir(), 'n8n-gainsight-pack-'));
	const problems: string[] = [];
	try {
		const packageDir = unpack(pack(join(work, 'pack')), join(work, 'package'));
		const files = filesIn(packageDir);
		for (const file of files.filter((f) => !ALLOWED_FILE.test(f))) problems.push(`the tarball holds ${file}`);
		for (const needed of ['package.json', 'README.md', 'LICENSE']) if (!files.includes(needed)) problems.push(`the tarball lacks ${needed}`);
		const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
		if (manifest.dependencies && Object.keys(manifest.dependencies).length) problems.push(`package.json has dependencies: ${Object.keys(manifest.dependencies).join(', ')}`);
		for (const file of files.filter((f) => f.endsWith('.js'))) {
			for (const [, name] of readFileSync(join(packageDir, file), 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
				if (!ALLOWED_REQUIRES.has(name)) problems.push(`${file} requires ${name}, which n8n does not provide`);
			}
		}
		console.log(`tarball: ${files.length} files, ${files.filter((f) => f.startsWith('dist/')).length} under dist/`);

		const scanner = (await import(
			pathToFileURL(join(SCAN_DIR, 'node_modules/@n8n/scan-community-package/scanner/scanner.mjs')).href
		)) as Scanner;
		const scans: Array<[string, string, string[]]> = [
			['sources', ROOT, scanner.SOURCE_FILE_PATTERNS],
			['tarball', packageDir, ['**/*.js', 'package.json']],
		];
		for (const [label, dir, patterns] of scans) {
			const result = await scanner.analyzePackage(dir, patterns);
			console.log(`@n8n/scan-community-package rules over the ${label}: ${result.passed ? 'passed' : 'FAILED'}`);
			if (!result.passed) problems.push(`scanner (${label}): ${result.message}${result.details ? `\n${result.details}` : ''}`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	for (const problem of problems) console.log(`✗ ${problem}`);
	console.log(problems.length ? `check:package: ${problems.length} problem(s)` : 'check:package: the package passes n8n\'s community-package checks');
	process.exit(problems.length ? 1 : 0);
}

void main();
