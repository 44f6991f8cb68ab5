#!/usr/bin/env node
// `npm test`: every test — types, unit and rule examples, corpus, Mozilla's linter on the Firefox build,
// end-to-end in Chromium — and one closing
// line "total: N passed, N failed" that sums them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
let passed = 0;
let failed = 0;

function run(title, cmd, args, opts = {}) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', ...opts });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  return r;
}

// 1. Types: a type error is a failed test.
const tsc = run('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit']);
tsc.status === 0 ? passed++ : failed++;

// 2. Unit, rule-example and corpus tests (vitest), counted from its JSON report.
const report = join(mkdtempSync(join(tmpdir(), 'nemawashi-')), 'vitest.json');
run('unit', 'npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numFailedTestSuites ?? 0) + json.numPendingTests + (json.numTodoTests ?? 0);
} else {
  console.error('vitest wrote no report');
  failed++;
}

// 3. Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the Firefox build: no errors
// and no warnings. One summary line; the findings themselves only when there are some.
console.log('\n▶ web-ext lint: npm run build:firefox && web-ext lint -s .output/firefox-mv3');
const lint = lintFirefoxBuild();
console.log(lint.ok ? `web-ext lint: ${lint.summary}` : `web-ext lint FAILED: ${lint.summary}\n${lint.details}`);
lint.ok ? passed++ : failed++;

// 4. End to end in Debian's Chromium with the built extension.
if (!existsSync(CHROMIUM) && process.getuid?.() === 0) run('install chromium', 'sh', ['-c', INSTALL]);
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo sh -c '${INSTALL}'`);
  failed++;
} else {
  const e2e = run('end-to-end', 'npm', ['run', '--silent', 'test:e2e'], { capture: true });
  const m = /(\d+) passed, (\d+) failed/.exec(e2e.stdout?.split('\n').reverse().find((l) => /passed, \d+ failed/.test(l)) ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  }
  if (e2e.status !== 0 && (!m || Number(m[2]) === 0)) failed++;
}

console.log(`\ntotal: ${passed} passed, ${failed} failed`);

function lintFirefoxBuild() {
  const build = spawnSync('npm', ['run', '--silent', 'build:firefox'], { encoding: 'utf8' });
  if (build.status !== 0) return { ok: false, summary: 'the Firefox build failed', details: `${build.stdout}${build.stderr}` };
  // NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer version of itself.
  const r = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    return { ok: false, summary: `no report (exit ${r.status})`, details: `${r.stdout}${r.stderr}` };
  }
  const { errors, warnings, notices } = report.summary;
  const details = [...report.errors, ...report.warnings, ...report.notices]
    .map((m) => `  ${m._type} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`)
    .join('\n');
  return { ok: errors === 0 && warnings === 0, summary: `${errors} errors, ${warnings} warnings, ${notices} notices`, details };
}
process.exit(failed ? 1 : 0);
