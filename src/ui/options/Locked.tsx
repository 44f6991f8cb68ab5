import type { OptionsT } from './Options';

/** A padlock drawn inline: an emoji needs a colour-emoji font, which many Linux desktops lack. */
export function LockIcon() {
  return (
    <svg class="nw-lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path fill="currentColor" d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1 1 0 0 1 13 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

/** Marks a control the enterprise-managed policy fixes: visible text, not only a disabled control. */
export function Locked({ locked, t }: { locked: boolean; t: OptionsT }) {
  return locked ? <span class="nw-locked" data-testid="locked" title={t('managedIntro')}><LockIcon /> {t('locked')}</span> : null;
}
