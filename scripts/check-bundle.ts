// Checks the bundle budgets of issue #9 on a finished build: `npm run test:budget` (after `npm run
// build`), or `tsx scripts/check-bundle.ts dist-subpath`. Sizes are gzip level 9 of the built files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  checkBudgets,
  checkIndexHtml,
  classicScripts,
  formatReport,
  type Manifest,
} from './bundle-budget';

const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;

const gzipBytes = new Map<string, number>();
for (const name of readdirSync(join(dist, 'assets'))) {
  if (!name.endsWith('.js')) continue;
  const file = `assets/${name}`;
  gzipBytes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const classic = classicScripts(html);
for (const file of classic) {
  gzipBytes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
}
const report = checkBudgets(manifest, gzipBytes, undefined, classic);
const problems = [...report.problems, ...checkIndexHtml(html, report.entryFiles)];
console.log(formatReport(report));
if (problems.length > 0) {
  console.error(`\nBundle budgets failed (${dist}):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nBundle budgets hold (${dist}).`);
