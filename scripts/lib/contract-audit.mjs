// Round 30: the data contract, audited over the whole tree (issue 9 and issue 10). Phrase data lives in
// dictionaries/ as entries that show and refute themselves (has / hasNot, run by
// tests/unit/dictionaries/examples.test.ts); no pattern longer than ~80 characters is left in data; no phrase list or
// rewording table lives as a constant in the rules or the analysis layer. tests/unit/dictionaries/examples.test.ts
// checks the entries it recognises as entries; this audit reads everything else a list of phrases can hide in:
//   bareLists      — lists of phrases or patterns in dictionaries/ held by no entry with examples;
//   unexampled     — objects with a recognising key (pattern, phrases, words …) but no has/hasNot;
//   longPatterns   — a regular-expression source over 80 characters anywhere in dictionaries/;
//   codeLists      — an array (or Set) of four or more string literals in src/rules or src/engine/analysis;
//   codeTables     — an array of two or more objects each with a string `text` (rewordings, reply templates) there;
//   codeLongRegex  — a regular-expression literal over 80 characters there (a phrase list in disguise);
//   crossRule      — a line in src/rules that hands a case to another rule by its id ("left to X", "X reports it",
//                    "handled by X", "X's finding") where the file declares no `yieldsTo` X: a rule that keeps quiet
//                    because another one speaks, in code, stays quiet when that one is switched off (issue 10).
//                    A reading to review, not proof: some name a division of the class, not a give-way.
// Each finding is `file: where (what)`, stable across runs, so a ratchet (tests/unit/dictionaries/contract-ratchet.json)
// can hold the counts and a test fails when one grows. Generated lexicons (a file whose about/$comment says it is
// generated from a source: names, WordNet classes, time-zone names) are vocabulary read whole, not hand-written phrase
// lists, and are left out of bareLists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_PATTERN = 80;
/** How many string literals make an array a phrase list. */
export const MIN_LIST = 4;

/** Keys whose string value or list is a recogniser (as tests/unit/dictionaries/examples.test.ts reads them). */
const RECOGNISER_KEYS = ['pattern', 'phrases', 'phrase', 'words', 'verbs', 'plain', 'base', 'from', 'predicate', 'surfaces'];
/** Keys that hold prose, examples or output: never a recogniser. */
const PROSE_KEYS = new Set(['$comment', 'about', 'description', 'has', 'hasNot', 'why', 'name', 'label', 'labelJa', 'message', 'messageJa', 'text', 'textJa', 'suggestion', 'suggestions', 'replacements', 'note', 'sources', 'seeds', 'title']);
/** A string that reads as a regular-expression source rather than a phrase. */
const REGEX_LIKE = /\\[bdswBDSW]|\(\?|\[[^\]]*\]|\|/;

function files(dir, ext) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  ).sort();
}

/** Whether a dictionary file says it is generated from a source (and so is read whole, not entry by entry). */
function generated(data) {
  const about = `${data?.about ?? ''} ${data?.$comment ?? ''}`;
  return /generated|do not edit/i.test(about);
}

const hasExamples = (o) => Array.isArray(o.has) && o.has.length > 0 && Array.isArray(o.hasNot) && o.hasNot.length > 0;

/** The dictionary findings of one parsed file. */
export function auditDictionary(name, data) {
  const out = { bareLists: [], unexampled: [], longPatterns: [] };
  const gen = generated(data);
  const walk = (v, path, key, covered) => {
    if (Array.isArray(v)) {
      const strings = v.filter((x) => typeof x === 'string');
      if (!covered && !gen && strings.length > 0 && strings.length === v.length && !PROSE_KEYS.has(key)) {
        out.bareLists.push(`${name}: ${path} (${strings.length} strings)`);
      }
      v.forEach((x, i) => walk(x, `${path}[${i}]`, key, covered));
      return;
    }
    if (typeof v === 'string') {
      if (!PROSE_KEYS.has(key) && v.length > MAX_PATTERN && REGEX_LIKE.test(v)) out.longPatterns.push(`${name}: ${path} (${v.length} chars)`);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const recogniser = RECOGNISER_KEYS.some((k) => k in v);
    const self = hasExamples(v);
    if (recogniser && !self && !covered && !gen) out.unexampled.push(`${name}: ${path}${typeof v.id === 'string' ? ` (${v.id})` : ''}`);
    for (const [k, x] of Object.entries(v)) if (!PROSE_KEYS.has(k) || typeof x === 'object') {
      if (PROSE_KEYS.has(k)) continue;
      walk(x, `${path}.${k}`, k, covered || self);
    }
  };
  walk(data, '', '', false);
  return out;
}

const isStringLiteral = (n) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

/** Whether a node sits inside a rule's examples (`examples: { valid, invalid }`) or a yieldsTo list: not data. */
function inExamplesOrMeta(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && ['examples', 'yieldsTo', 'outputs'].includes(p.name.text)) return true;
  }
  return false;
}

/** The name a node is bound to (const X = …, X: …), for the report. */
function bindingName(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
    if (ts.isFunctionDeclaration(p) && p.name) return `${p.name.text}()`;
  }
  return '(anonymous)';
}

/** The code findings of one TypeScript source. */
export function auditSource(name, source) {
  const out = { codeLists: [], codeTables: [], codeLongRegex: [] };
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const line = (n) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node) => {
    if (ts.isArrayLiteralExpression(node) && !inExamplesOrMeta(node)) {
      const els = node.elements;
      if (els.length >= MIN_LIST && els.every(isStringLiteral)) out.codeLists.push(`${name}:${line(node)} ${bindingName(node)} (${els.length} strings)`);
      const texts = els.filter((e) => ts.isObjectLiteralExpression(e) && e.properties.some((p) =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'text' && isStringLiteral(p.initializer)));
      if (texts.length >= 2 && texts.length === els.length) out.codeTables.push(`${name}:${line(node)} ${bindingName(node)} (${texts.length} rows)`);
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const src = node.text.slice(1, node.text.lastIndexOf('/'));
      if (src.length > MAX_PATTERN) out.codeLongRegex.push(`${name}:${line(node)} ${bindingName(node)} (${src.length} chars)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const RULE_ID = /\b(?:ja|en|any)\.(?:honorific|register|blunt-refusal|bad-news|pressure|cold-outreach|calendar)\.[a-z0-9-]+/g;
/** Words that hand a case over to the rule named beside them. */
const HANDOVER = /left to|leaves? it|leaves them|reports? it|reported by|handled by|handles it|'s finding|takes it|is its job|belongs to/i;

/** The lines of a rule source that hand a case to another rule not in its yieldsTo. */
export function auditCrossRule(name, source) {
  const own = [...source.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
  const declared = new Set([...source.matchAll(/yieldsTo: \[([^\]]*)\]/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1])));
  const out = [];
  source.split('\n').forEach((text, i) => {
    if (!HANDOVER.test(text) || /yieldsTo/.test(text)) return;
    for (const [id] of text.matchAll(RULE_ID)) {
      if (!own.includes(id) && !declared.has(id)) out.push(`${name}:${i + 1} hands over to ${id}`);
    }
  });
  return out;
}

/** Every static finding of the tree at `root`, by kind. */
export function auditTree(root) {
  const out = { bareLists: [], unexampled: [], longPatterns: [], codeLists: [], codeTables: [], codeLongRegex: [], crossRule: [] };
  const dictRoot = join(root, 'dictionaries');
  for (const f of files(dictRoot, '.json')) {
    const name = relative(dictRoot, f).split('\\').join('/');
    const found = auditDictionary(name, JSON.parse(readFileSync(f, 'utf8')));
    for (const k of Object.keys(found)) out[k].push(...found[k]);
  }
  for (const dir of ['src/rules', 'src/engine/analysis']) {
    for (const f of files(join(root, dir), '.ts')) {
      if (f.endsWith('.d.ts')) continue;
      const name = relative(root, f).split('\\').join('/');
      const source = readFileSync(f, 'utf8');
      const found = auditSource(name, source);
      for (const k of Object.keys(found)) out[k].push(...found[k]);
      if (dir === 'src/rules') out.crossRule.push(...auditCrossRule(name, source));
    }
  }
  return out;
}
