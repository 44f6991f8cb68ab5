// The CLI refuses bad input clearly (issue 15): as a real process, exit 2 and nothing on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, it, vi } from 'vitest';

// Each case starts a real process that loads the dictionary: slow on a loaded machine, never timed.
vi.setConfig({ testTimeout: 300_000 });

const BIN = join(__dirname, '../../../bin/nemawashi.mjs');
const dir = mkdtempSync(join(tmpdir(), 'nemawashi-cli-hard-'));

function cli(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

const JA = 'お世話になっております。\n御社のご依頼、了解しました。\n';
function encoded(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}
function ruleIds(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
}

describe('charsets', () => {
  const expected = (() => {
    const file = join(dir, 'utf8.txt');
    writeFileSync(file, JA);
    const r = cli(['check', file, '--json', '--now', '2025-12-01']);
    expect(r.status).toBe(0);
    return ruleIds(r.stdout);
  })();

  it('the UTF-8 Japanese draft has findings to compare with', () => {
    expect(expected).toContain('ja.honorific.ryokai-to-client');
  });

  it.each(['SJIS', 'EUCJP', 'JIS'] as const)('a .txt in %s is detected and checked like its UTF-8 text', (enc) => {
    const file = join(dir, `draft-${enc}.txt`);
    writeFileSync(file, encoded(JA, enc));
    const r = cli(['check', file, '--json', '--now', '2025-12-01']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(ruleIds(r.stdout)).toEqual(expected);
  });

  it.each(['SJIS', 'EUCJP', 'JIS'] as const)('an .eml without a charset, body in %s, is detected', (enc) => {
    const file = join(dir, `mail-${enc}.eml`);
    writeFileSync(file, Buffer.concat([Buffer.from('From: a@example.com\r\nTo: b@example.jp\r\nSubject: test\r\nContent-Type: text/plain\r\n\r\n'), encoded(JA.replace(/\n/g, '\r\n'), enc)]));
    const r = cli(['check', file, '--json', '--now', '2025-12-01']);
    expect(r.status).toBe(0);
    expect(ruleIds(r.stdout)).toEqual(expected);
  });

  it('a UTF-8 byte-order mark is accepted, in a .txt and in JSON Lines', () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\ufeff' + JA);
    const r = cli(['check', file, '--json', '--now', '2025-12-01']);
    expect(r.status).toBe(0);
    expect(ruleIds(r.stdout)).toEqual(expected);
    const j = cli(['check', '--jsonl', '-'], '\ufeff' + JSON.stringify({ id: 1, body: 'Thank you.' }) + '\n');
    expect(j.status).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual({ id: 1, findings: [] });
  });

  it('bytes in no known encoding are refused, naming the encodings allowed', () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0xff, 0x00, 0x81, 0xff, 0xfe, 0x80, 0x80, 0xa0, 0xff]));
    const r = cli(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not in a known character encoding \(allowed: UTF-8.*Shift_JIS, EUC-JP, ISO-2022-JP\)/);
  });
});

describe('size limit per draft', () => {
  it('refuses a draft over the limit with the size and the flag to raise it; the flag raises it', () => {
    const body = 'Thank you. '.repeat(120_000); // ~1.3 MB
    const file = join(dir, 'big.txt');
    writeFileSync(file, body);
    const r = cli(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/big\.txt: the draft is 1\.3 MB, over the limit of 1 MB per draft; raise it with --max-size 2M/);
    const j = cli(['check', '--jsonl', '-'], JSON.stringify({ id: 1, body: 'ok' }) + '\n' + JSON.stringify({ id: 2, body }) + '\n');
    expect(j.status).toBe(2);
    expect(j.stdout).toBe('');
    expect(j.stderr).toMatch(/stdin:2: the draft is 1\.3 MB/);
    const raised = cli(['check', '--jsonl', '-', '--max-size', '2M'], JSON.stringify({ id: 2, body: body.slice(0, 200_000) + '\n' + body.slice(200_000) }) + '\n');
    expect(raised.status).toBe(0);
    expect(JSON.parse(raised.stdout).id).toBe(2);
  }, 120_000);

  it('a bad --max-size is a usage error', () => {
    const r = cli(['check', '--jsonl', '-', '--max-size', 'lots'], '');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--max-size: "lots" is not a size/);
  });
});

describe('strict dates and errors that name the field', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-2-3', 'tomorrow'])('--now %s is refused', (now) => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Thank you.');
    const r = cli(['check', file, '--now', now]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^nemawashi: --now: "[^"]+" (is not a date|has no month)/);
  });

  it('--now 2024-02-29 (a leap day) is a date', () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Thank you.');
    expect(cli(['check', file, '--now', '2024-02-29']).status).toBe(0);
  });

  it.each([
    ['{"id":"a","body":"ok","context":{"now":"2026-02-30"}}', /^nemawashi: stdin:1: field "context.now": "2026-02-30" is not a date: February 2026 has days 01–28/],
    ['{"id":"a","body":"ok","context":{"now":"2026-02-02T25:00"}}', /stdin:1: field "context.now": "2026-02-02T25:00" has no such time of day/],
    ['{"id":"a","body":"ok"}\n{"id":"b","body":"ok","kind":"fax"}', /stdin:2: field "kind": "fax" is not allowed; allowed values: "email", "meeting-invite"/],
    ['{"id":"a","body":"ok","context":{"recipient":"boss"}}', /stdin:1: field "context.recipient": "boss" is not allowed; allowed values: "client", "prospect", "internal"/],
  ])('JSON Lines: %s', (input, message) => {
    const r = cli(['check', '--jsonl', '-'], input + '\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a valid ISO date-time in context.now is accepted', () => {
    const r = cli(['check', '--jsonl', '-'], '{"id":"a","body":"ok","context":{"now":"2026-02-02T09:30:00+09:00"}}\n');
    expect(r.status).toBe(0);
  });

  it('--recipient and --lang list their allowed values; an unknown option lists the options', () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Thank you.');
    expect(cli(['check', file, '--recipient', 'boss']).stderr).toMatch(/--recipient: "boss" is not allowed; allowed values: "client", "prospect", "internal"/);
    expect(cli(['check', file, '--lang', 'fr']).stderr).toMatch(/--lang: "fr" is not allowed; allowed values: "en", "ja"/);
    const r = cli(['check', file, '--colour']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option --colour; allowed: --jsonl, --json/);
  });
});
