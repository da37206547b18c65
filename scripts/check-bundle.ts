// Checks the bundle budgets (issues #9 and #19) on a finished build: `npm run test:budget` (after
// `npm run build`), or `tsx scripts/check-bundle.ts dist-subpath`. Sizes are gzip level 9 of the built
// files. It also refuses a library's development build in the bundle, and any runtime but React 19's
// react-dom.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  checkBudgets,
  checkIndexHtml,
  checkProductionBuilds,
  checkRuntime,
  classicScripts,
  formatReport,
  type Manifest,
} from './bundle-budget';

const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;

const gzipBytes = new Map<string, number>();
const texts = new Map<string, string>();
for (const name of readdirSync(join(dist, 'assets'))) {
  if (!name.endsWith('.js')) continue;
  const file = `assets/${name}`;
  const bytes = readFileSync(join(dist, file));
  gzipBytes.set(file, gzipSync(bytes, { level: 9 }).length);
  texts.set(file, bytes.toString('utf8'));
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const classic = classicScripts(html);
for (const file of classic) {
  gzipBytes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
}
const report = checkBudgets(manifest, gzipBytes, undefined, classic);
const problems = [
  ...report.problems,
  ...checkIndexHtml(html, report.entryFiles),
  ...checkProductionBuilds(texts),
  ...checkRuntime(texts, report.entryFiles),
];
console.log(formatReport(report));
if (problems.length > 0) {
  console.error(`\nBundle budgets failed (${dist}):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nBundle budgets hold (${dist}).`);
