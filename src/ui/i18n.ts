// UI strings in English and Japanese. Each surface (card, popup, options) keeps its own message table and
// builds a translator with `translator(table, lang)`; a test checks every key exists in both languages.
export type UiLang = 'en' | 'ja';
export type MessageTable<K extends string> = Record<UiLang, Record<K, string>>;

/** The interface language: the policy's choice, else the browser's. */
export function resolveUiLang(setting: 'auto' | UiLang, browserLang: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return browserLang?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** `t('key', { n: 3 })` replaces `{n}` in the string. */
export function translator<K extends string>(table: MessageTable<K>, lang: UiLang) {
  return (key: K, vars: Record<string, string | number> = {}): string =>
    table[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
