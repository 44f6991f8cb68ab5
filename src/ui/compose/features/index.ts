// Every feature of the compose UI, imported explicitly (the order is the order they start in). A mail
// compose window gets all of them; a calendar editor the same minus the recipient control and the popup link,
// plus its own date findings (src/ui/calendar/when-findings.tsx).
import badge from './badge';
import card from './card';
import discover from './discover';
import hover from './hover';
import type { Feature } from './feature';
import keyboard from './keyboard';
import policy from './policy';
import popupLink from './popup-link';
import recipientControl from './recipient-control';
import sendGuard from './send-guard';
import underlines from './underlines';

/** What every editor has. */
export const CORE_FEATURES: readonly Feature[] = [policy, underlines, badge, card, hover, keyboard, sendGuard, discover];

export const MAIL_FEATURES: readonly Feature[] = [...CORE_FEATURES, recipientControl, popupLink];
