/**
 * gulp build:icons — copies what tsc does not emit into dist/, keeping paths (as
 * n8n-nodes-starter does): node and credential icons (*.png, *.svg) and node codex files
 * (nodes/**\/*.node.json). Run by `npm run build` after tsc.
 */
const path = require('node:path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	return src(
		[
			'nodes/**/*.{png,svg}',
			'credentials/**/*.{png,svg}',
			'nodes/**/*.node.json',
		],
		// base '.' keeps nodes/… and credentials/… under dist/; encoding false copies PNGs as bytes;
		// allowEmpty lets the task pass while a folder has no icons yet.
		{ base: '.', encoding: false, allowEmpty: true },
	).pipe(dest(path.resolve('dist')));
}
