// Summarises a scorer run on an external register set (docs/evaluation/external-r28/README.md): recall on the
// informal segments (all, clearly casual, plain-form only, per linguistic class), the share of formal segments
// flagged and by which categories and rules, and the misses and false alarms with their text.
//
//   node /work/shared/tools/score-corpus.mjs SET.jsonl --verbose > SCORE.txt
//   node scripts/external-register-report.mjs SET.jsonl SCORE.txt [--list N]
//
// Reads only the scorer's printed misses and unmatched findings, so it measures exactly what the scorer scored.
import { readFileSync } from 'node:fs';
import { segmentClasses } from './lib/ja-casual-classes.mjs';

const [setPath, scorePath] = process.argv.slice(2);
const listIdx = process.argv.indexOf('--list');
const listN = listIdx >= 0 ? Number(process.argv[listIdx + 1]) : 0;
if (!setPath || !scorePath) {
  console.error('usage: external-register-report.mjs SET.jsonl SCORE.txt [--list N]');
  process.exit(2);
}

const drafts = readFileSync(setPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const score = readFileSync(scorePath, 'utf8').split('\n');

// "  ID [ja] register: «…»" under "missed"; "  ID [ja] CATEGORY RULE: «…»[ (clean draft)]" under "unmatched findings".
const missed = new Set();
const extras = new Map(); // id -> [{category, rule, text}]
let section = '';
for (const line of score) {
  if (/^missed \(/u.test(line)) section = 'missed';
  else if (/^unmatched findings \(/u.test(line)) section = 'extras';
  else if (/^(invalid output|score:)/u.test(line)) section = '';
  const m = /^ {2}(\S+) \[[^\]]*\] (\S+)(?: (\S*))?: «(.*)»( \(clean draft\))?$/u.exec(line);
  if (!m) continue;
  if (section === 'missed') missed.add(m[1]);
  else if (section === 'extras') {
    const list = extras.get(m[1]) ?? [];
    list.push({ category: m[2], rule: m[3] ?? '', text: m[4] });
    extras.set(m[1], list);
  }
}

const pct = (a, b) => (b ? `${a}/${b} = ${(a / b).toFixed(3)}` : '0/0');
const informal = drafts.filter((d) => d.expect.length);
const formal = drafts.filter((d) => !d.expect.length);
const classesOf = (d) => d.class.split('/')[1].split('+');
const hit = (d) => !missed.has(d.id);

console.log(`# ${setPath}`);
console.log(`informal recall (all): ${pct(informal.filter(hit).length, informal.length)}`);
const groups = {
  'clearly casual (particle, contraction, slang or bare request)': (d) => classesOf(d).some((c) => !['plain', 'unmarked'].includes(c)),
  'plain-form only': (d) => classesOf(d).join() === 'plain',
  'unmarked (labelled informal, no casual marker found)': (d) => classesOf(d).join() === 'unmarked',
};
for (const [name, test] of Object.entries(groups)) {
  const g = informal.filter(test);
  console.log(`  ${name}: ${pct(g.filter(hit).length, g.length)}`);
}
console.log('  per class (a segment counts in each class it shows):');
for (const c of ['slang', 'particle', 'contraction', 'request', 'plain', 'unmarked']) {
  const g = informal.filter((d) => classesOf(d).includes(c));
  if (g.length) console.log(`    ${c.padEnd(12)} ${pct(g.filter(hit).length, g.length)}`);
}

const flagged = formal.filter((d) => extras.has(d.id));
console.log(`formal flagged (any category): ${pct(flagged.length, formal.length)}`);
const byRegister = formal.filter((d) => extras.get(d.id)?.some((f) => f.category === 'register'));
console.log(`formal flagged for register: ${pct(byRegister.length, formal.length)}`);
// What the formal text itself shows: a dataset's "formal" is keigo or written style, not always polite to the
// reader, so a flag on a segment with its own casual marker or plain-form sentence is not the engine's mistake.
const shows = new Map();
for (const d of flagged) {
  const c = await segmentClasses(d.body);
  shows.set(d.id, c.some((x) => x !== 'plain') ? 'casual marker' : c.includes('plain') ? 'plain-form sentence' : 'polite throughout');
}
for (const k of ['casual marker', 'plain-form sentence', 'polite throughout']) {
  const n = flagged.filter((d) => shows.get(d.id) === k).length;
  console.log(`  flagged formal segments whose text shows ${k}: ${n}`);
}
const strict = flagged.filter((d) => shows.get(d.id) === 'polite throughout');
console.log(`formal flagged though its text is polite throughout: ${pct(strict.length, formal.length)}`);
// Errors the spec names as client etiquette (findings.md: 貴社/御社, double keigo, 了解しました, a second-person
// pronoun to a client) stay errors in a sentence someone else labelled formal: counted apart, not as the engine's.
const ETIQUETTE = /^honorific:ja\.honorific\.(second-person-to-client|gosha-in-writing|double-keigo|ryokai-to-client)$/u;
const onlyEtiquette = (d) => extras.get(d.id).every((f) => ETIQUETTE.test(`${f.category}:${f.rule}`));
const other = strict.filter((d) => !onlyEtiquette(d));
console.log(`  of which only a spec-named etiquette error (あなた, 御社, double keigo, 了解): ${strict.length - other.length}`);
console.log(`formal flagged, polite throughout, not only an etiquette error: ${pct(other.length, formal.length)}`);
const strictTally = new Map();
for (const d of strict) for (const k of new Set(extras.get(d.id).map((f) => `${f.category}:${f.rule}`))) strictTally.set(k, (strictTally.get(k) ?? 0) + 1);
console.log('  by rule: ' + [...strictTally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
const byFormalClass = new Map();
for (const d of formal) {
  const k = d.class;
  const e = byFormalClass.get(k) ?? [0, 0];
  e[1]++;
  if (extras.has(d.id)) e[0]++;
  byFormalClass.set(k, e);
}
if (byFormalClass.size > 1) for (const [k, [a, b]] of byFormalClass) console.log(`  ${k}: ${pct(a, b)}`);
const tally = (key) => {
  const m = new Map();
  for (const d of flagged) for (const k of new Set(extras.get(d.id).map(key))) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
console.log('  formal segments flagged, by category: ' + tally((f) => f.category).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('  by rule: ' + tally((f) => `${f.category}:${f.rule}`).map(([k, n]) => `${k} ${n}`).join(', '));

if (listN) {
  console.log(`\n## misses (first ${listN})`);
  for (const d of informal.filter((x) => !hit(x)).slice(0, listN)) console.log(`  ${d.id} ${d.class}: ${d.body}`);
  console.log(`\n## false alarms (first ${listN})`);
  for (const d of flagged.slice(0, listN)) {
    if (shows.get(d.id) === 'polite throughout' && onlyEtiquette(d)) shows.set(d.id, 'polite throughout, etiquette error');
    const fs = extras.get(d.id).map((f) => `${f.category} ${f.rule} «${f.text}»`).join('; ');
    console.log(`  ${d.id} ${d.class} [shows ${shows.get(d.id)}]: ${fs} — ${d.body}`);
  }
}
