// Conventions of the English rule folder: one rule a file, named after the last part of its id, every file
// registered, and the categories of the issue all covered.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { englishRules } from '../../../src/rules/en';

const dir = new URL('../../../src/rules/en/', import.meta.url);
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

it('registers every rule file, each named after the last part of its id', () => {
  const names = englishRules.map((r) => `${r.id.split('.').pop()}.ts`).sort();
  expect(names).toEqual([...ruleFiles].sort());
});

it('gives every rule an English id in one of its categories', () => {
  for (const r of englishRules) {
    // Only the rule that reads English shorthand inside Japanese sentences runs on both languages.
    expect(r.lang, r.id).toBe(r.id === 'en.register.shorthand-in-japanese' ? 'any' : 'en');
    expect(r.id).toBe(`en.${r.category}.${r.id.split('.').pop()}`);
  }
});

it('covers every category of the English etiquette issue', () => {
  const categories = new Set(englishRules.map((r) => r.category));
  for (const c of ['blunt-refusal', 'honorific', 'cold-outreach', 'pressure', 'register', 'bad-news']) expect(categories.has(c as never), c).toBe(true);
});
