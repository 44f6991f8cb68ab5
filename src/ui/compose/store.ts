// The one store of the compose UI in a tab: a few signals that the features read and write. Features never
// call each other; they meet here (see features/index.ts). Used as is by the calendar editors, whose only
// addition is an entry source of their own (the invitation's date and time).
import { h, render, type VNode } from 'preact';
import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { MailClientAdapter } from '../../adapters/adapter';
import type { AnalyzeRequest, AnalyzeResponse } from '../../extension/protocol';
import type { Finding } from '../../engine/types';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';
import { resolveUiLang, translator, type Translate, type UiLang } from '../i18n';
import { requestAnalysis } from './background-client';
import { holdsSend } from './send-check';
import { textEntries } from './text-entries';
import type { Box } from './geometry';
import type { HighlightPainter } from './highlights';
import type { Lifetime } from './lifetime';
import { probeEnabled, KeystrokeProbe } from './probe';
import type { ComposeSession } from './session';
import type { Slot, UiRoot } from './ui-root';

/** One finding as the features show it, whatever it is about (body text, subject, an invitation's date). */
export interface Entry {
  /** Unique within its compose window. */
  key: string;
  finding: Finding;
  flagged: string;
  /** Body findings: the live Range the highlight painter draws. */
  range: Range | null;
  /** Where it is on screen now: underlines are drawn there (without a painted range) and the pointer finds it. */
  boxes(): Box[];
  /** Where its card opens; defaults to the first box. */
  anchor?(): Box | null;
  /** Applies a suggestion through the editor's own editing path; false when the text changed meanwhile. */
  apply(index: number): boolean;
  ignore(): void;
  /** Scrolls it into view. */
  reveal(): void;
}

/** A feature that adds findings of its own to a compose window (they come before the text's). */
export type EntrySource = (session: ComposeSession) => Entry[];

export interface OpenCard {
  sessionId: string;
  key: string;
  /** A card opened by hovering closes when the pointer leaves; one opened on purpose stays. */
  sticky: boolean;
}

export interface Confirm {
  sessionId: string;
  count: number;
  resume(): void;
}

/** What differs between a mail compose window and a calendar editor. */
export interface EditorConfig {
  adapter: MailClientAdapter;
  /** Mount the UI with the first editor found (Outlook's calendar shares its pages with the mail client's UI). */
  lazyUi?: boolean;
  /** data-* attributes of the UI host (tests tell the calendar's layer from the mail's). */
  hostData?: Record<string, string>;
  /** Ctrl/⌘+Enter sends from anywhere in the window (mail); otherwise only the Send/Save button does. */
  sendShortcut: boolean;
  /** Mail to colleagues is never held at Send; an invitation is held by the policy alone. */
  internalSkipsSendCheck: boolean;
}

export interface ComposeStore {
  readonly doc: Document;
  readonly win: Window;
  readonly lifetime: Lifetime;
  readonly config: EditorConfig;
  readonly probe: KeystrokeProbe | null;
  readonly policy: Signal<Policy>;
  readonly lang: ReadonlySignal<UiLang>;
  readonly t: ReadonlySignal<Translate<'card'>>;
  readonly sessions: Signal<readonly ComposeSession[]>;
  /** Bumped when a compose window's findings, status or recipient change. */
  readonly changed: Signal<number>;
  /** Bumped at most once a frame while something on screen may have moved. */
  readonly frame: Signal<number>;
  /** Bumped to look for compose windows again (single-page navigation). */
  readonly rescan: Signal<number>;
  readonly card: Signal<OpenCard | null>;
  readonly confirm: Signal<Confirm | null>;
  /** The pointer is over the open card (a card opened by hovering stays while it is). */
  readonly pointerOnCard: Signal<boolean>;
  /** The compose window whose recipient menu is open. */
  readonly recipientOpen: Signal<string | null>;
  readonly ui: Signal<UiRoot | null>;
  readonly painter: Signal<HighlightPainter | null>;
  readonly sources: EntrySource[];
  /** How a compose window's draft is checked (the calendar adds the invitation's date and guests). */
  analyze: (session: ComposeSession, request: AnalyzeRequest) => Promise<AnalyzeResponse | null>;
  /** Every live finding of a compose window, in the order the card steps through them. */
  entries(session: ComposeSession): Entry[];
  session(id: string): ComposeSession | null;
  /** The findings that make Send ask first. */
  holdingSend(session: ComposeSession): Entry[];
  queueFrame(): void;
  touch(): void;
  /** Renders `view` into one slot of the UI layer for as long as `signal` lives. */
  mount(slot: Slot, view: () => VNode | null, signal: AbortSignal): void;
}

export function createStore(config: EditorConfig, lifetime: Lifetime, doc: Document = document): ComposeStore {
  const win = doc.defaultView ?? window;
  const policy = signal<Policy>(DEFAULT_POLICY);
  const lang = computed(() => resolveUiLang(policy.value.uiLanguage, win.navigator.language));
  const frame = signal(0);
  const changed = signal(0);
  let frameQueued = false;
  const store: ComposeStore = {
    doc,
    win,
    lifetime,
    config,
    probe: probeEnabled(win) ? new KeystrokeProbe() : null,
    policy,
    lang,
    t: computed(() => translator(lang.value, 'card')),
    sessions: signal([]),
    changed,
    frame,
    rescan: signal(0),
    card: signal(null),
    confirm: signal(null),
    pointerOnCard: signal(false),
    recipientOpen: signal(null),
    ui: signal(null),
    painter: signal(null),
    sources: [textEntries],
    analyze: (_session, request) => requestAnalysis(request),
    entries(session) {
      const out: Entry[] = [];
      for (const source of store.sources) out.push(...source(session));
      return out;
    },
    session(id) {
      return store.sessions.peek().find((s) => s.id === id && !s.isClosed) ?? null;
    },
    holdingSend(session) {
      if (config.internalSkipsSendCheck && session.recipient(policy.peek()) === 'internal') return [];
      return store.entries(session).filter((e) => holdsSend(e.finding, policy.peek()));
    },
    queueFrame() {
      if (frameQueued) return;
      frameQueued = true;
      lifetime.requestAnimationFrame(() => {
        frameQueued = false;
        frame.value++;
      });
    },
    touch() {
      changed.value++;
      store.queueFrame();
    },
    mount(slot, view, signal) {
      const stop = effect(() => {
        const ui = store.ui.value;
        if (!ui) return;
        const el = ui.slot(slot);
        render(h(Layer, { view }), el);
        return () => render(null, el);
      });
      signal.addEventListener('abort', stop, { once: true });
    },
  };
  return store;
}

/** A component around a feature's view, so that the signals it reads re-render it (and only it). */
function Layer({ view }: { view: () => VNode | null }) {
  return view();
}
