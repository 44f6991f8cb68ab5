// The CLI as the scorer and people use it: a real process, real stdin/stdout, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../src/engine/types';

const BIN = join(__dirname, '../../../bin/nemawashi.mjs');
const dir = mkdtempSync(join(tmpdir(), 'nemawashi-cli-'));

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
}

describe('nemawashi check --jsonl', () => {
  it('prints one result a line, in input order, with valid findings', () => {
    const drafts = [
      { id: 'a', body: 'No, that is out of scope.', context: { recipient: 'client' } },
      { id: 'b', body: 'Thank you for your order.' },
      { id: 'c', subject: 'x', body: '御社のご依頼、了解しました。', kind: 'email', context: { recipient: 'internal' } },
      { id: 'd', body: '御社のご依頼、了解しました。', lang: 'ja', expect: [] },
    ];
    const r = cli(['check', '--jsonl', '-'], drafts.map((d) => JSON.stringify(d)).join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(out[0].findings.map((f: { category: string }) => f.category)).toEqual(['blunt-refusal']);
    expect(out[1].findings).toEqual([]);
    expect(out[2].findings).toEqual([]);
    expect(out[3].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ja.honorific.gosha-in-writing', 'ja.honorific.ryokai-to-client']);
    for (const o of out) for (const f of o.findings) expect(FindingSchema.safeParse(f).success).toBe(true);
  });

  it('reads a file', () => {
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(file, JSON.stringify({ id: 1, body: 'Thank you.' }) + '\n');
    const r = cli(['check', '--jsonl', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 1, findings: [] });
  });

  it.each([
    ['{"id":"a","body":"ok"}\n{"id":"b","body":3}\n', /stdin:2: field "body"/],
    ['{"id":"a","body":"ok"}\nnot json\n', /stdin:2: not valid JSON/],
    ['{"id":"a","body":"ok","kind":"fax"}\n', /stdin:1: field "kind"/],
    ['{"id":"a","body":"ok","context":{"now":"tomorrow"}}\n', /stdin:1: field "context.now"/],
  ])('exits 2 naming the line on bad input %#', (input, message) => {
    const r = cli(['check', '--jsonl', '-'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a bad policy, naming the field', () => {
    const policy = join(dir, 'bad-policy.json');
    writeFileSync(policy, JSON.stringify({ rules: { x: 'loud' } }));
    const r = cli(['check', '--jsonl', '-', '--policy', policy], '{"body":"x"}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid policy: rules\.x/);
  });

  it('exits 2 on unknown options and missing files', () => {
    expect(cli(['check', '--jsonl', '-', '--loud'], '').status).toBe(2);
    const missing = cli(['check', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });
});

describe('nemawashi check FILE', () => {
  it('reports a text draft for people, with line:column and the suggestion', () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'Dear Ms. Ueno,\nNo, that is out of scope.\n');
    const r = cli(['check', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2:1 +warning/);
    expect(r.stdout).toMatch(/→ Thank you for asking\./);
    expect(r.stdout).toMatch(/1 finding\(s\)/);
  });

  it('reads subject and body of an .eml (postal-mime), and --json gives one document', () => {
    const file = join(dir, 'reply.eml');
    const body = Buffer.from('御社のご依頼、了解しました。\r\n', 'utf8').toString('base64');
    writeFileSync(
      file,
      [
        'From: seller@example.com', 'To: buyer@example.co.jp', 'Subject: =?UTF-8?B?' + Buffer.from('御社の件').toString('base64') + '?=',
        'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', body, '',
      ].join('\r\n'),
    );
    const r = cli(['check', file, '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.subject).toBe('御社の件');
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('ja.honorific.ryokai-to-client');
  });
});
