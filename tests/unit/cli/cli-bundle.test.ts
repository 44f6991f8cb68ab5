// The CLI's prebuilt bundle (bin/cli-bundle.mjs): rebuilt whenever a file it bundles changed, never read
// half-written, and the same output as the sources through tsx. No timing is asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, defaultBundlePath, ensureBundle, isCurrent, readStamp } from '../../../bin/cli-bundle.mjs';

const ENTRY = 'src/main.ts';
const HOUR = 3600;
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A small project of its own: an entry importing a dependency, with mtimes an hour or more in the past. */
function project(): { root: string; out: string; write: (file: string, text: string, ageSeconds?: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'nemawashi-bundle-'));
  roots.push(root);
  const write = (file: string, text: string, ageSeconds = 2 * HOUR) => {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const t = Date.now() / 1000 - ageSeconds;
    utimesSync(path, t, t);
  };
  write(ENTRY, "import { value } from './dep';\nexport function main(): string { return value; }\n");
  write('src/dep.ts', "export const value: string = 'one';\n");
  return { root, out: join(root, 'cache', 'cli.mjs'), write };
}

let imports = 0;
async function run(path: string): Promise<string> {
  // A query of its own each time: the module cache would otherwise answer with the first bundle.
  return ((await import(`${pathToFileURL(path).href}?${++imports}`)) as { main: () => string }).main();
}

describe('the CLI bundle', () => {
  it('is built when missing, reused while its inputs are unchanged, and rebuilt after an edit', async () => {
    const p = project();
    expect(await ensureBundle(p.root, ENTRY, p.out)).toEqual({ path: p.out, built: true });
    expect(await run(p.out)).toBe('one');
    expect(readStamp(p.out)!.inputs.map(([file]) => file)).toEqual(['src/dep.ts', 'src/main.ts']);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(false);

    // An edited source (another size): the next run builds again and runs the new code.
    p.write('src/dep.ts', "export const value: string = 'two, edited';\n", HOUR);
    expect(isCurrent(readStamp(p.out), p.root, ENTRY)).toBe(false);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(true);
    expect(await run(p.out)).toBe('two, edited');
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(false);

    // The same size, another mtime (a `git pull` writes files anew): rebuilt.
    p.write('src/dep.ts', "export const value: string = 'six, edited';\n", HOUR / 2);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(true);
    expect(await run(p.out)).toBe('six, edited');

    // A new import: the new file is an input from then on; deleting an input makes the bundle stale.
    p.write('src/extra.ts', "export const extra = '!';\n");
    p.write(ENTRY, "import { value } from './dep';\nimport { extra } from './extra';\nexport function main(): string { return value + extra; }\n", HOUR / 4);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(true);
    expect(await run(p.out)).toBe('six, edited!');
    expect(readStamp(p.out)!.inputs.map(([file]) => file)).toContain('src/extra.ts');
    rmSync(join(p.root, 'src/extra.ts'));
    expect(isCurrent(readStamp(p.out), p.root, ENTRY)).toBe(false);
  });

  it('does not stamp a build as current when a source changed just before it (it may have read either version)', async () => {
    const p = project();
    p.write('src/dep.ts', "export const value: string = 'fresh';\n", 0);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(true);
    expect(await run(p.out)).toBe('fresh');
    expect(readStamp(p.out)!.inputs).toEqual([]);
    expect((await ensureBundle(p.root, ENTRY, p.out)).built).toBe(true);
  });

  it('is never read half-written: concurrent builds each rename a whole file, and no temporary file stays', async () => {
    const p = project();
    // Two processes at once, as two first runs of the CLI are.
    const script = `import(${JSON.stringify(pathToFileURL(join(__dirname, '../../../bin/cli-bundle.mjs')).href)}).then((m) => m.ensureBundle(${JSON.stringify(p.root)}, ${JSON.stringify(ENTRY)}, ${JSON.stringify(p.out)}))`;
    const runs = await Promise.all([0, 1, 2].map(() => new Promise<number | null>((done) => {
      spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' }).on('close', done);
    })));
    expect(runs).toEqual([0, 0, 0]);
    await Promise.all([buildBundle(p.root, ENTRY, p.out), buildBundle(p.root, ENTRY, p.out)]);
    expect(isCurrent(readStamp(p.out), p.root, ENTRY)).toBe(true);
    expect(await run(p.out)).toBe('one');
    expect(readdirSync(dirname(p.out))).toEqual(['cli.mjs']);
  });

  it('fails without writing anything when the sources do not build (the CLI then runs them through tsx)', async () => {
    const p = project();
    p.write('src/dep.ts', 'export const value: string = ;\n');
    await expect(buildBundle(p.root, ENTRY, p.out)).rejects.toThrow();
    expect(existsSync(p.out) ? readdirSync(dirname(p.out)) : []).toEqual([]);
  });

  it('the real CLI runs from a current bundle and prints what the sources print through tsx', () => {
    const bin = join(__dirname, '../../../bin/nemawashi.mjs');
    const input = [
      { id: 'a', body: 'No, that is out of scope.', context: { recipient: 'client' } },
      { id: 'b', subject: '見積り', body: '御社のご依頼、了解しました。できません。', context: { recipient: 'client' } },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n';
    const bundled = spawnSync(process.execPath, [bin, 'check', '--jsonl', '-'], { input, encoding: 'utf8' });
    const stamp = readStamp(defaultBundlePath());
    expect(stamp!.inputs.map(([file]) => file)).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/rules/index.ts']));
    const sources = spawnSync(process.execPath, [bin, 'check', '--jsonl', '-'], { input, encoding: 'utf8', env: { ...process.env, NEMAWASHI_CLI_TSX: '1' } });
    expect([bundled.status, bundled.stderr]).toEqual([0, '']);
    expect([sources.status, sources.stderr]).toEqual([0, '']);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout).toMatch(/"id":"b".*ja\.honorific\.gosha-in-writing/);
  }, 120_000);
});
