// The interface's strings: one catalogue per language (en.ts, ja.ts) with one key type, read by surface.
// A surface's translator takes its own keys and the shared ones (`t('apply')`, `t('category.pressure')`).
import { en } from './en';
import { ja } from './ja';

export type UiLang = 'en' | 'ja';
export const UI_LANGS: readonly UiLang[] = ['en', 'ja'];

/** The shape every language gives: the keys of en.ts, each a string. */
export type Catalogue = { [S in keyof typeof en]: { [K in keyof (typeof en)[S]]: string } };
export type Surface = Exclude<keyof Catalogue, 'shared'>;
export type SharedKey = keyof Catalogue['shared'];
export type KeyOf<S extends Surface> = keyof Catalogue[S] | SharedKey;
export type Vars = Record<string, string | number>;
export type Translate<S extends Surface> = (key: KeyOf<S>, vars?: Vars) => string;

export const CATALOGUES: Record<UiLang, Catalogue> = { en, ja };

/** The interface language: the policy's choice, else the browser's. */
export function resolveUiLang(setting: 'auto' | UiLang, browserLang: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return browserLang?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** `{n}` in a string replaced by `vars.n`; an unknown name stays visible rather than vanishing. */
export function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A shared name (category, level, recipient kind) in one language. */
export function label(lang: UiLang, key: SharedKey): string {
  return CATALOGUES[lang].shared[key];
}

const cache = new Map<string, Translate<Surface>>();

/** The translator of one surface in one language (made once, then reused). */
export function translator<S extends Surface>(lang: UiLang, surface: S): Translate<S> {
  const id = `${lang}:${surface}`;
  let t = cache.get(id);
  if (!t) {
    const own = CATALOGUES[lang][surface] as Record<string, string>;
    const shared = CATALOGUES[lang].shared as Record<string, string>;
    t = (key, vars) => fill(own[key as string] ?? shared[key as string] ?? String(key), vars);
    cache.set(id, t);
  }
  return t as Translate<S>;
}

