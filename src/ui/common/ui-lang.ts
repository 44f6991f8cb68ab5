// The interface language of an extension page: the policy's choice, else the browser's.
import { browser } from 'wxt/browser';
import { resolveUiLang, type UiLang } from '../i18n';
import type { Policy } from '../../policy/schema';

export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

export function uiLangFor(policy: Pick<Policy, 'uiLanguage'> | null): UiLang {
  return resolveUiLang(policy?.uiLanguage ?? 'auto', browserLanguage());
}
