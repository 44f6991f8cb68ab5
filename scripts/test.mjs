#!/usr/bin/env node
// `npm test`: every test — types, unit and rule examples, corpus, end-to-end in Chromium — and one closing
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

// 3. End to end in Debian's Chromium with the built extension.
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
process.exit(failed ? 1 : 0);
