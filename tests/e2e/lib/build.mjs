// Builds the extension once and copies the result to a private directory, so another build in the same
// tree (a developer, a parallel job) cannot change the files under a running browser.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `npx wxt build` (unless NEMAWASHI_E2E_SKIP_BUILD=1) and returns the unpacked extension's directory. */
export function buildExtension({ quiet = false } = {}) {
  const output = join(ROOT, '.output', 'chrome-mv3');
  if (process.env.NEMAWASHI_E2E_SKIP_BUILD !== '1' || !existsSync(output)) {
    let r = build(quiet);
    // Two builds into the same .output at once (another terminal, an editor's watcher) can trip each
    // other up; one retry tells that apart from a real build error.
    if (r.status !== 0) r = build(quiet);
    if (r.status !== 0) {
      if (quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
      throw new Error(`wxt build failed (exit ${r.status})`);
    }
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'nemawashi-ext-')), 'chrome-mv3');
  cpSync(output, copy, { recursive: true });
  return copy;
}

function build(quiet) {
  return spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
}

export function readManifest(extensionDir) {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
}
