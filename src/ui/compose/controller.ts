// The compose UI of one tab: finds compose windows as they appear and disappear, keeps one session per
// window, paints findings, places badges and the card, and guards Send. Everything it registers goes
// through the content script's lifetime, so an extension reload leaves no listener or timer behind.
import type { MailClientAdapter } from '../../adapters/adapter';
import { SEVERITY_RANK, type Severity } from '../../engine/types';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';
import type { BadgeProps } from '../card/Badge';
import type { RecipientControlProps } from '../card/RecipientControl';
import { cardTranslator, type CardTranslate } from '../card/messages';
import { resolveUiLang, type UiLang } from '../i18n';
import type { ComposeAction, ComposeActionResult } from '../../extension/protocol';
import { listenForActions, listenForRecheck, notifyComposeClosed, notifyComposeFocus, requestAnalysis, requestPolicy } from './background-client';
import { contains, inputTextBox, visibleBox, type Box } from './geometry';
import { createHighlightPainter, type HighlightPainter } from './highlights';
import type { Lifetime } from './lifetime';
import { debugSetting, KeystrokeProbe, probeEnabled } from './probe';
import { installSendGuard, isButtonActivation, isSendShortcut } from './send-guard';
import { ComposeSession, type ShownFinding } from './session';
import { mountUiRoot, type UiRoot, type UnderlineView, type UiView } from './ui-root';

export interface ControllerOptions {
  adapter: MailClientAdapter;
  lifetime: Lifetime;
  doc?: Document;
  /** Pause after typing before a check (ms); a finished sentence is checked at once. */
  delayMs?: number;
}

interface OpenCard {
  session: ComposeSession;
  key: string;
  /** A card opened by hovering closes when the pointer leaves; one opened on purpose stays. */
  sticky: boolean;
}

const CARD_WIDTH = 340;
/** Until a card has been drawn once, its height is a guess. */
const CARD_HEIGHT_GUESS = 240;
const HOVER_OPEN_MS = 250;
/** A short idle after typing is enough: reading the draft and the engine's cached re-analysis are fast (issue 14). */
const IDLE_CHECK_MS = 120;
const HOVER_CLOSE_MS = 450;

export class ComposeController {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private painter: HighlightPainter | null = null;
  private ui!: UiRoot;
  private policy: Policy = DEFAULT_POLICY;
  private lang: UiLang;
  private t: CardTranslate;
  private card: OpenCard | null = null;
  private confirm: UiView['confirm'] = null;
  private overCard = false;
  private hoverTimer: number | undefined;
  private hideTimer: number | undefined;
  private scanQueued = false;
  private layoutQueued = false;
  private pointer: { x: number; y: number } | null = null;
  private pointerQueued = false;
  private badges: Omit<BadgeProps, 't'>[] = [];
  private relationships: Omit<RecipientControlProps, 't'>[] = [];
  /** The compose window whose recipient menu is open. */
  private relationshipOpen: ComposeSession | null = null;
  private underlines: UnderlineView[] = [];
  private cardPosition = { left: 0, top: 0 };
  private cardHeight = CARD_HEIGHT_GUESS;
  readonly probe: KeystrokeProbe | null;

  constructor(private readonly options: ControllerOptions) {
    this.doc = options.doc ?? document;
    this.win = this.doc.defaultView ?? window;
    this.lang = resolveUiLang('auto', this.win.navigator.language);
    this.t = cardTranslator(this.lang);
    this.probe = probeEnabled(this.win) ? new KeystrokeProbe() : null;
  }

  private get lifetime(): Lifetime {
    return this.options.lifetime;
  }

  start(): void {
    const { lifetime } = this;
    // "nemawashi:highlights" = "off" draws underlines the way browsers without the Highlight API get them.
    this.painter = debugSetting(this.win, 'nemawashi:highlights') === 'off' ? null : createHighlightPainter(this.doc);
    this.ui = mountUiRoot(this.doc);
    const signal = lifetime.signal;

    const watcher = new MutationObserver(this.onDomMutation);
    watcher.observe(this.doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => watcher.disconnect());

    const passive = { capture: true, passive: true, signal };
    this.win.addEventListener('scroll', this.queueLayout, passive);
    this.win.addEventListener('resize', this.queueLayout, passive);
    this.win.addEventListener('mousemove', this.onPointerMove, passive);
    this.win.addEventListener('mousedown', this.onPointerDown, { capture: true, signal });
    this.win.addEventListener('click', this.onClick, { capture: true, signal });
    this.win.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
    // Compose windows move and resize without telling anyone (minimise, full screen): follow them slowly.
    lifetime.setInterval(this.queueLayout, 1000);

    const stopRecheck = listenForRecheck(() => void this.onRecheck());
    const stopActions = listenForActions((action) => this.act(action));
    this.win.addEventListener('focusin', this.onFocusIn, { capture: true, signal });
    lifetime.onInvalidated(() => {
      stopRecheck();
      stopActions();
      this.dispose();
    });

    installSendGuard(lifetime, this.win, {
      sessionForSend: (event) => this.sessionForSend(event),
      blockingErrors: (session) => session.liveBlocking(this.policy).length,
      ask: (session, errors, resume) => this.askBeforeSend(session, errors, resume),
      sendButton: (session) => this.options.adapter.sendButton(session.win),
    });

    void this.loadPolicy();
    this.scan();
  }

  /** Look for compose windows again soon (SPA navigation). */
  scanSoon(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    this.lifetime.setTimeout(() => {
      this.scanQueued = false;
      this.scan();
    }, 120);
  }

  private async loadPolicy(): Promise<void> {
    this.policy = await requestPolicy();
    this.lang = resolveUiLang(this.policy.uiLanguage, this.win.navigator.language);
    this.t = cardTranslator(this.lang);
    this.render();
  }

  private async onRecheck(): Promise<void> {
    await this.loadPolicy();
    for (const s of this.sessions.values()) s.recheck();
  }

  private dispose(): void {
    for (const s of this.sessions.values()) s.detach();
    this.sessions.clear();
    this.painter?.dispose();
    this.ui?.dispose();
  }

  // ── Compose windows appearing and disappearing ──

  private onDomMutation = (records: MutationRecord[]): void => {
    const t0 = this.probe ? performance.now() : 0;
    if (!this.scanQueued) {
      for (const r of records) {
        // Typing inside a compose body is its session's business, not a new window.
        if (!this.insideABody(r.target)) {
          this.scanSoon();
          break;
        }
      }
    }
    if (this.probe) this.probe.record('watch', performance.now() - t0);
  };

  private insideABody(node: Node): boolean {
    for (const body of this.sessions.keys()) if (body.contains(node)) return true;
    return false;
  }

  private scan(): void {
    const { adapter } = this.options;
    for (const [body, s] of this.sessions) {
      // Closed, or re-rendered into a different window around the same body: start over.
      if (!body.isConnected || !s.win.root.isConnected || !s.win.root.contains(body)) this.endSession(body, s);
    }
    let found: HTMLElement[] = [];
    try {
      found = adapter.findBodies(this.doc);
    } catch {
      return; // DOM we do not understand: do nothing.
    }
    for (const body of found) {
      if (this.sessions.has(body)) continue;
      try {
        const win = adapter.composeWindow(body);
        if (!win) continue;
        const session = new ComposeSession(win, {
          adapter,
          lifetime: this.lifetime,
          analyze: requestAnalysis,
          closed: notifyComposeClosed,
          changed: (s) => this.onSessionChanged(s),
          probe: this.probe,
          delayMs: this.options.delayMs ?? IDLE_CHECK_MS,
        });
        this.sessions.set(body, session);
        session.attach();
      } catch {
        // One odd window must not break the others.
      }
    }
    this.queueLayout();
  }

  private endSession(body: HTMLElement, s: ComposeSession): void {
    s.detach();
    this.sessions.delete(body);
    this.painter?.clear(s.id);
    if (this.card?.session === s) this.closeCard();
    if (this.relationshipOpen === s) this.relationshipOpen = null;
    if (this.confirm && this.sessions.size === 0) this.confirm = null;
  }

  private onSessionChanged(s: ComposeSession): void {
    this.painter?.paint(
      s.id,
      s.items.filter((i) => i.range).map((i) => ({ range: i.range!, severity: i.finding.severity })),
    );
    if (this.card?.session === s && !s.items.some((i) => i.key === this.card!.key)) this.closeCard();
    this.queueLayout();
    // The pointer may already rest on a finding that just appeared (or was re-created by a check).
    if (this.pointer) this.queuePointer();
  }

  // ── Layout: badges, drawn underlines, the card ──

  private queueLayout = (): void => {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    this.lifetime.requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.layout();
    });
  };

  private layout(): void {
    const badges: Omit<BadgeProps, 't'>[] = [];
    const relationships: Omit<RecipientControlProps, 't'>[] = [];
    const underlines: UnderlineView[] = [];
    for (const s of this.sessions.values()) {
      if (s.isClosed) continue;
      const box = visibleBox(s.body);
      const live = s.liveItems();
      if (box) {
        const severity = maxSeverity(live.map((i) => i.finding.severity));
        badges.push({
          composeId: s.id,
          // Bottom-right corner of the visible body; the badge is drawn up and left of this point.
          left: box.right - 8,
          top: box.bottom - 8,
          count: live.length,
          severity,
          state: !s.checked ? 'loading' : live.length > 0 ? 'issues' : 'clean',
          checks: s.checks,
          japaneseReady: s.japaneseReady,
          dictionaryError: s.dictionaryError,
          onOpen: () => this.openFirst(s),
        });
        relationships.push({
          composeId: s.id,
          left: box.left + 8,
          top: box.bottom - 8,
          recipient: s.recipient(this.policy),
          firstContact: s.firstContact(),
          chosen: Object.keys(s.choice).length > 0,
          open: this.relationshipOpen === s,
          onToggle: () => this.toggleRelationship(s),
          onChoose: (choice) => s.choose(choice),
        });
      }
      for (const item of live) {
        if (item.range && this.painter) continue;
        for (const r of this.itemBoxes(s, item, box)) {
          underlines.push({ left: r.left, top: r.bottom - 1, width: r.right - r.left, severity: item.finding.severity });
        }
      }
    }
    this.badges = badges;
    this.relationships = relationships;
    this.underlines = underlines;
    this.placeCard();
    if (this.probe) this.ui.host.dataset.keystrokeMs = JSON.stringify(this.probe.summary());
    this.render();
  }

  /** Screen boxes of a finding: its text's line boxes in the body, or the measured span of the subject. */
  private itemBoxes(s: ComposeSession, item: ShownFinding, bodyBox: Box | null): Box[] {
    if (item.range) {
      if (!bodyBox) return [];
      return [...item.range.getClientRects()]
        .filter((r) => r.width > 0 && r.bottom > bodyBox.top && r.top < bodyBox.bottom)
        .map((r) => ({ left: Math.max(r.left, bodyBox.left), right: Math.min(r.right, bodyBox.right), top: r.top, bottom: r.bottom }));
    }
    const box = item.input ? inputTextBox(item.input, item.finding.start, item.finding.end) : null;
    return box ? [box] : [];
  }

  private placeCard(): void {
    const card = this.card;
    if (!card) return;
    const item = card.session.items.find((i) => i.key === card.key);
    if (!item) return;
    const boxes = this.itemBoxes(card.session, item, visibleBox(card.session.body));
    const badge = this.badges.find((b) => b.composeId === card.session.id);
    const anchor: Box | null = boxes[0] ?? (badge ? { left: badge.left - 40, right: badge.left, top: badge.top - 24, bottom: badge.top } : null);
    if (!anchor) return;
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    let top = anchor.bottom + 6;
    if (top + this.cardHeight > vh - 8) top = Math.max(8, anchor.top - 6 - this.cardHeight);
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, vw - CARD_WIDTH - 8));
    this.cardPosition = { left, top };
  }

  private render(): void {
    if (!this.ui) return;
    const card = this.card;
    const items = card ? card.session.liveItems() : [];
    const index = card ? items.findIndex((i) => i.key === card.key) : -1;
    const item = index >= 0 ? items[index]! : null;
    this.ui.render({
      t: this.t,
      badges: this.badges,
      relationships: this.relationships,
      underlines: this.underlines,
      confirm: this.confirm,
      card:
        card && item
          ? {
              finding: item.finding,
              flagged: item.flagged,
              lang: this.lang,
              position: this.cardPosition,
              index,
              total: items.length,
              notice: card.session.dictionaryError ? this.t('dictionaryError') : null,
              onApply: (i) => this.applySuggestion(card.session, item, i),
              onIgnore: () => this.ignore(card.session, item),
              onStep: (d) => this.step(d),
              onClose: () => this.closeCard(),
              onHover: (inside) => this.onCardHover(inside),
            }
          : null,
    });
  }

  // ── The card ──

  private openCard(session: ComposeSession, item: ShownFinding, sticky: boolean): void {
    this.card = { session, key: item.key, sticky };
    this.painter?.setActive(item.range);
    this.placeCard();
    this.render();
    // Now that it is drawn, place it again with its real height (below the words when it fits).
    const height = this.ui.cardHeight();
    if (height && height !== this.cardHeight) {
      this.cardHeight = height;
      this.placeCard();
      this.render();
    }
  }

  private closeCard(): void {
    if (!this.card) return;
    this.card = null;
    this.overCard = false;
    this.painter?.setActive(null);
    this.render();
  }

  private openFirst(session: ComposeSession): void {
    if (this.card?.session === session) return this.closeCard();
    const first = session.liveItems()[0];
    if (first) this.openCard(session, first, true);
  }

  private step(delta: number): void {
    const card = this.card;
    if (!card) return;
    const items = card.session.liveItems();
    const i = items.findIndex((x) => x.key === card.key);
    const next = items[(i + delta + items.length) % items.length];
    if (next) {
      revealItem(next);
      this.openCard(card.session, next, true);
    }
  }

  private applySuggestion(session: ComposeSession, item: ShownFinding, index: number): void {
    this.closeCard();
    session.apply(item, index);
    this.queueLayout();
  }

  private ignore(session: ComposeSession, item: ShownFinding): void {
    this.closeCard();
    session.ignore(item);
  }

  private onCardHover(inside: boolean): void {
    this.overCard = inside;
    if (inside && this.hideTimer !== undefined) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
    }
  }

  /** The finding under a screen point, if any. */
  private hitTest(x: number, y: number): { session: ComposeSession; item: ShownFinding } | null {
    for (const s of this.sessions.values()) {
      if (s.items.length === 0) continue;
      const box = visibleBox(s.body);
      for (const item of s.items) {
        if (item.range && (!box || !contains(box, x, y, 4))) continue;
        if (!s.isLive(item)) continue;
        if (this.itemBoxes(s, item, box).some((b) => contains(b, x, y, 2))) return { session: s, item };
      }
    }
    return null;
  }

  private onPointerMove = (event: MouseEvent): void => {
    this.pointer = { x: event.clientX, y: event.clientY };
    this.queuePointer();
  };

  private queuePointer(): void {
    if (this.pointerQueued) return;
    this.pointerQueued = true;
    this.lifetime.requestAnimationFrame(() => {
      this.pointerQueued = false;
      this.onHover();
    });
  }

  private onHover(): void {
    if (!this.pointer || this.confirm) return;
    const hit = this.hitTest(this.pointer.x, this.pointer.y);
    if (hit) {
      if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      if (this.card?.key === hit.item.key && this.card.session === hit.session) return;
      if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
      this.hoverTimer = this.lifetime.setTimeout(() => {
        this.hoverTimer = undefined;
        // Findings are replaced by every check: compare by key, and open the current object.
        const still = this.pointer && this.hitTest(this.pointer.x, this.pointer.y);
        if (still && still.session === hit.session && still.item.key === hit.item.key) this.openCard(still.session, still.item, false);
      }, HOVER_OPEN_MS);
      return;
    }
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
    if (this.card && !this.card.sticky && !this.overCard && this.hideTimer === undefined) {
      this.hideTimer = this.lifetime.setTimeout(() => {
        this.hideTimer = undefined;
        if (this.card && !this.card.sticky && !this.overCard) this.closeCard();
      }, HOVER_CLOSE_MS);
    }
  }

  private onPointerDown = (event: MouseEvent): void => {
    if (this.relationshipOpen && !this.ui.owns(event)) {
      this.relationshipOpen = null;
      this.queueLayout();
    }
    if (!this.card || this.ui.owns(event)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (!hit || hit.item.key !== this.card.key) this.closeCard();
  };

  private onClick = (event: MouseEvent): void => {
    if (this.ui.owns(event) || this.confirm) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit) this.openCard(hit.session, hit.item, true);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    if (event.key === 'Escape' && this.card && !this.confirm) this.closeCard();
    if (event.key === 'Escape' && this.relationshipOpen) {
      this.relationshipOpen = null;
      this.queueLayout();
    }
  };

  // ── The recipient control ──

  private toggleRelationship(session: ComposeSession): void {
    this.relationshipOpen = this.relationshipOpen === session ? null : session;
    if (this.relationshipOpen) this.closeCard();
    this.layout();
  }

  // ── The popup ──

  private focused: ComposeSession | null = null;

  private onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Node | null;
    if (!target) return;
    for (const s of this.sessions.values()) {
      if (s.isClosed || !s.win.root.contains(target)) continue;
      if (this.focused !== s) notifyComposeFocus(s.id);
      this.focused = s;
      return;
    }
  };

  /** An action chosen in the popup, on the same path as the card's buttons. Null: not one of this tab's windows. */
  act(action: ComposeAction): ComposeActionResult | null {
    const session = [...this.sessions.values()].find((s) => s.id === action.composeId && !s.isClosed);
    if (!session) return null;
    const { field, start, end, ruleId } = action.finding;
    const item = session.items.find((i) => i.key === `${field}:${start}:${end}:${ruleId}`);
    if (!item) return { ok: false, reason: 'not-found' };
    if (!session.isLive(item)) {
      session.recheck();
      return { ok: false, reason: 'changed' };
    }
    if (action.action === 'reveal') {
      revealItem(item);
      if (item.range) this.painter?.flash(item.range);
      else item.input?.focus({ preventScroll: true });
      return { ok: true };
    }
    if (action.action === 'ignore') {
      this.ignore(session, item);
      return { ok: true };
    }
    if (this.card?.session === session) this.closeCard();
    const done = session.apply(item, action.suggestion ?? 0);
    this.queueLayout();
    return done ? { ok: true } : { ok: false, reason: 'failed' };
  }

  // ── Send ──

  private sessionForSend(event: Event): ComposeSession | null {
    if (this.ui.owns(event)) return null;
    const target = event.target as Node | null;
    if (!target) return null;
    for (const s of this.sessions.values()) {
      if (s.isClosed || !s.win.root.contains(target)) continue;
      const onButton = this.options.adapter.sendButtonOf(s.win, event.target);
      if (event.type === 'keydown') {
        if (isSendShortcut(event) || (onButton && isButtonActivation(event))) return s;
        continue;
      }
      if (onButton && ((event as MouseEvent).button ?? 0) === 0) return s;
    }
    return null;
  }

  private askBeforeSend(session: ComposeSession, errors: number, resume: () => void): void {
    if (this.confirm) return;
    this.closeCard();
    this.confirm = {
      errors,
      onSendAnyway: () => {
        this.confirm = null;
        this.render();
        resume();
      },
      onReview: () => {
        this.confirm = null;
        const first = session.liveBlocking(this.policy)[0];
        if (first) {
          revealItem(first);
          this.openCard(session, first, true);
        } else this.render();
      },
    };
    this.render();
  }
}

function maxSeverity(list: Severity[]): Severity | null {
  let best: Severity | null = null;
  for (const s of list) if (!best || SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}

/** Scrolls a finding into view inside its compose window (no focus or selection change). */
function revealItem(item: ShownFinding): void {
  const el = item.range ? item.range.startContainer.parentElement : item.input;
  el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
