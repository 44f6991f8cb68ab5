// Builds the external register sets (docs/evaluation/external-r28/README.md): Japanese sentences labelled formal or
// informal by people outside this project, turned into the scorer's JSONL, one draft a segment, to a client.
//
//   node scripts/build-external-register-sets.mjs --cocoa DIR --pastel DIR --keico DIR [--out scratch/external-r28]
//
// Each DIR is a checkout or a bare git directory of the source repository (see the README for which); files are
// read at the pinned commit and refused unless their sha256 is the pinned one, so the sets are byte-identical on
// every machine. Informal segments expect one `register` finding quoting the whole segment (any register finding
// in it meets it); formal segments expect nothing, so any finding on one is a false alarm. The copies are not
// committed: fetched data stays out of the repository, and .jsonl under docs/evaluation would become development
// data that score-all reads.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentClasses } from './lib/ja-casual-classes.mjs';

const SOURCES = {
  cocoa: {
    repo: 'amazon-science/contrastive-controlled-mt',
    commit: '441e23a7c41beeac6329ffdb27d47024eb71b829',
    licence: 'CDLA-Sharing-1.0',
    sha256: {
      'CoCoA-MT/test/en-ja/formality-control.test.call_center.en-ja.formal': 'f65a947160673ba37ccc4a29479002d18e37ac72fa5f75d1bd698a1302a5b698',
      'CoCoA-MT/test/en-ja/formality-control.test.call_center.en-ja.informal': '8047b44ce8e9260e7d149fea27b15697e646649caa331a5674c4b5eb6f2cb344',
      'CoCoA-MT/test/en-ja/formality-control.test.telephony.en-ja.formal': '8e9de006aee840bd5f5087af2d6f15fc977f71a076f7b0fefdcd496a04ea929f',
      'CoCoA-MT/test/en-ja/formality-control.test.telephony.en-ja.informal': '24a9d940fc92064eef57cf56f1a5922300f571a570af0724a9c192d9ee01d8da',
      'CoCoA-MT/test/en-ja/formality-control.test.topical_chat.en-ja.formal': 'fb6757df8b7d7ae8e19ccd6bdfd3676a993931ad600e112c5180c88671ead74d',
      'CoCoA-MT/test/en-ja/formality-control.test.topical_chat.en-ja.informal': '9d1a679505a9aec00ca4bb59c66d0c83219969243249ad05b571437263b94832',
      'CoCoA-MT/train/en-ja/formality-control.train.telephony.en-ja.formal': 'd6a6d507279f607aeeb078d4879325267a5294a3ce12306f5d8a305fcd8bcd8d',
      'CoCoA-MT/train/en-ja/formality-control.train.telephony.en-ja.informal': '686c7ccfb64bfb520b22af297d5800cf49fc91d22ff0ae371a536ec2faf98512',
      'CoCoA-MT/train/en-ja/formality-control.train.topical_chat.en-ja.formal': 'c1833262ba8b6775b217d1dfdc1b4c40c7c3757d5a15ed78d099782975f2e9b4',
      'CoCoA-MT/train/en-ja/formality-control.train.topical_chat.en-ja.informal': 'c808420c621e2a64c76e40cfba90ca227c42ba60dcc4e8818030e10d74520f38',
    },
  },
  pastel: {
    repo: 'EhimeNLP/PASTEL-JP',
    commit: '7eaebd9e168292809e6a3322400652bbc29cdf47',
    licence: 'CC BY 4.0',
    sha256: {
      'Formality/formal.txt': '41240f07151c27252850eea5d4449a5aab75c095325e8720b87049fe3fe947b5',
      'Formality/informal.txt': '92040ff3a0833702610214816cfa956edfe5c1f919f9056f136f6e1f71b6343a',
      'Politeness/polite.txt': 'c9e8723fbcc1c7103ca71e98be589d7adf3497551d3937593299bc35bd003e02',
      'Politeness/impolite.txt': '6c5d01dead4f09b88cbaead272684f57e4196f1c3a5784daf5d9a21bf8da0ebb',
    },
  },
  keico: {
    repo: 'Liumx2020/KeiCO-corpus',
    commit: 'b633e81a1df99e6c6d9baf7212c15ce7da32ee04',
    licence: 'CC BY 4.0',
    sha256: {
      'keico_corpus(forLREC)-OldVersion.csv': 'acdaf9d5e6967a1736ec9562ec8e49151d099da060100c3380dde4e2460cc393',
    },
  },
};

// A Wednesday in an ordinary working week: the segments carry no date of their own, so 明日, 来週の水曜日 and the
// like must land on working days, or the calendar rule would flag an accident of the chosen day.
const CONTEXT = { recipient: 'client', firstContact: false, now: '2026-06-10' };

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

/** A source file's text at the pinned commit, refused when its sha256 differs from the pinned one. */
function readSource(key, root, path) {
  const src = SOURCES[key];
  const bytes = existsSync(join(root, path))
    ? readFileSync(join(root, path))
    : execFileSync('git', ['--git-dir', root, 'show', `${src.commit}:${path}`], { maxBuffer: 64 << 20 });
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (hash !== src.sha256[path]) throw new Error(`${src.repo} ${path}: sha256 ${hash}, pinned ${src.sha256[path]}`);
  return bytes.toString('utf8').replace(/^\uFEFF/u, '');
}

const lines = (text) => text.split(/\r?\n/u);
const pad = (n) => String(n).padStart(4, '0');

/** One draft; informal drafts expect a register finding anywhere in the segment. */
async function draft(id, body, informal, cls) {
  const classes = informal ? await segmentClasses(body) : [];
  return {
    id,
    lang: 'ja',
    kind: 'email',
    context: CONTEXT,
    subject: '',
    body,
    class: informal ? `informal/${classes.length ? classes.join('+') : 'unmarked'}` : `formal/${cls}`,
    expect: informal ? [{ category: 'register', quote: body }] : [],
  };
}

/** Parallel formal/informal files: one pair a line; pairs whose two sides are identical or empty are skipped. */
async function pairs(prefix, formalText, informalText, formalClass) {
  const f = lines(formalText), inf = lines(informalText), out = [];
  for (let i = 0; i < Math.max(f.length, inf.length); i++) {
    const a = (f[i] ?? '').trim(), b = (inf[i] ?? '').trim();
    if (!a || !b || a === b) continue;
    out.push(await draft(`${prefix}-${pad(i + 1)}-f`, a, false, formalClass));
    out.push(await draft(`${prefix}-${pad(i + 1)}-i`, b, true));
  }
  return out;
}

async function cocoa(root, split, domains) {
  const out = [];
  for (const [domain, short] of domains) {
    const base = `CoCoA-MT/${split}/en-ja/formality-control.${split}.${domain}.en-ja`;
    out.push(...await pairs(`cocoa-${split}-${short}`, readSource('cocoa', root, `${base}.formal`),
      readSource('cocoa', root, `${base}.informal`), 'teineigo'));
  }
  return out;
}

async function pastel(root) {
  return [
    ...await pairs('pastel-formality', readSource('pastel', root, 'Formality/formal.txt'),
      readSource('pastel', root, 'Formality/informal.txt'), 'formal'),
    ...await pairs('pastel-politeness', readSource('pastel', root, 'Politeness/polite.txt'),
      readSource('pastel', root, 'Politeness/impolite.txt'), 'polite'),
  ];
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes); the KeiCO file has commas inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** KeiCO: level 4 (no keigo) is informal; levels 1–3 (尊敬・謙譲 … 丁寧) are formal. */
async function keico(root) {
  const [header, ...rows] = parseCsv(readSource('keico', root, 'keico_corpus(forLREC)-OldVersion.csv'));
  const text = header.indexOf('本文'), level = header.indexOf('Level');
  const out = [];
  for (const [i, r] of rows.entries()) {
    const body = (r[text] ?? '').trim();
    if (!body || !/^[1-4]$/u.test(r[level] ?? '')) continue;
    const informal = r[level] === '4';
    out.push(await draft(`keico-${String(i + 1).padStart(5, '0')}-l${r[level]}`, body, informal, `keico-${r[level]}`));
  }
  return out;
}

async function main() {
  const out = arg('--out', 'scratch/external-r28');
  const roots = { cocoa: arg('--cocoa'), pastel: arg('--pastel'), keico: arg('--keico') };
  if (Object.values(roots).some((r) => !r)) {
    console.error('usage: build-external-register-sets.mjs --cocoa DIR --pastel DIR --keico DIR [--out DIR]');
    process.exit(2);
  }
  const sets = {
    'cocoa-test-ja.jsonl': await cocoa(roots.cocoa, 'test', [['call_center', 'cc'], ['telephony', 'tel'], ['topical_chat', 'tc']]),
    'cocoa-train-ja.jsonl': await cocoa(roots.cocoa, 'train', [['telephony', 'tel'], ['topical_chat', 'tc']]),
    'pastel-ja.jsonl': await pastel(roots.pastel),
    'keico-ja.jsonl': await keico(roots.keico),
  };
  mkdirSync(out, { recursive: true });
  const manifest = [];
  for (const [name, drafts] of Object.entries(sets)) {
    const text = drafts.map((d) => JSON.stringify(d)).join('\n') + '\n';
    writeFileSync(join(out, name), text);
    const informal = drafts.filter((d) => d.expect.length).length;
    manifest.push(`${createHash('sha256').update(text).digest('hex')}  ${name}  (${drafts.length} drafts: ${informal} informal, ${drafts.length - informal} formal)`);
  }
  writeFileSync(join(out, 'SHA256SUMS'), manifest.join('\n') + '\n');
  console.log(manifest.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
