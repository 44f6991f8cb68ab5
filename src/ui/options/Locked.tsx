import type { OptionsT } from './Options';

/** Marks a control the enterprise-managed policy fixes. */
export function Locked({ locked, t }: { locked: boolean; t: OptionsT }) {
  return locked ? <span class="nw-locked" title={t('locked')}>🔒 {t('locked')}</span> : null;
}
