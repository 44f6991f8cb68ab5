// A tiny sequential test runner: real browsers are slow to start, so every test shares one, and a 2-core
// CI machine runs one test at a time. Each test gets a fresh page; a failure saves a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const tests = [];

/** Registers a test: `fn(t)` gets { context, worker, page(url), log }. */
export function test(name, fn, { timeoutMs = 90000 } = {}) {
  tests.push({ name, fn, timeoutMs });
}

export async function runAll(env, { filter } = {}) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  const shots = join(ROOT, 'test-results', 'e2e-failures');
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    const pages = [];
    const cleanups = [];
    const started = Date.now();
    const ctx = {
      ...env,
      /** Runs after the test, pass or fail, before its pages close. */
      cleanup(fn) {
        cleanups.push(fn);
      },
      async page(url) {
        const p = await env.context.newPage();
        pages.push(p);
        if (url) await p.goto(url, { waitUntil: 'domcontentloaded' });
        return p;
      },
      log: (...args) => console.log('    ', ...args),
    };
    let timer;
    try {
      await Promise.race([
        t.fn(ctx),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
        }),
      ]);
      passed++;
      console.log(`  ✓ ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      failures.push({ name: t.name, error });
      console.log(`  ✗ ${t.name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
      try {
        mkdirSync(shots, { recursive: true });
        const last = pages[pages.length - 1];
        if (last && !last.isClosed()) await last.screenshot({ path: join(shots, `${t.name.replace(/[^\w-]+/g, '_')}.png`) });
      } catch {
        // A screenshot is a courtesy; the failure is already reported.
      }
    } finally {
      clearTimeout(timer);
      for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch(() => undefined);
      for (const p of pages) await p.close().catch(() => undefined);
    }
  }
  return { passed, failed, failures };
}
