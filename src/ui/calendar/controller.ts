// The calendar editors' UI (Google Calendar, Outlook's event form): one ComposeSession per editor reads the
// title and description like a compose window, and this controller adds what an invitation has besides: its
// date/time fields travel as the draft's `when` (kind 'meeting-invite', guests as recipients), a finding on
// `when` is marked under the date fields with a card beside them, and applying its suggestion types the new
// date and time into the editor's own inputs (with an Undo). Save / Send asks first while a finding the
// policy's Send check names remains. Everything is registered through the content script's lifetime.
import type { CalendarAdapter, FieldValues } from '../../adapters/calendar';
import { formatDate, formatTime, parseWhen, type YMD } from '../../adapters/calendar-fields';
import type { AnalyzeRequest, AnalyzeResponse } from '../../extension/protocol';
import { SEVERITY_RANK, type Finding, type Severity } from '../../engine/types';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';
import type { BadgeProps } from '../card/Badge';
import type { CardProps } from '../card/Card';
import { cardTranslator, type CardTranslate } from '../card/messages';
import { listenForRecheck, notifyComposeClosed, requestAnalysis, requestPolicy } from '../compose/background-client';
import { contains, inputTextBox, visibleBox, type Box } from '../compose/geometry';
import { createHighlightPainter, type HighlightPainter } from '../compose/highlights';
import type { Lifetime } from '../compose/lifetime';
import { installSendGuard, isButtonActivation } from '../compose/send-guard';
import { ComposeSession, type ShownFinding } from '../compose/session';
import { mountUiRoot, type UiRoot, type UiView, type UnderlineView } from '../compose/ui-root';
import { resolveUiLang, type UiLang } from '../i18n';
import { blocksSave } from './send-check';
import { mountUndoNotice, type UndoNotice } from './undo-notice';

export interface CalendarControllerOptions {
  adapter: CalendarAdapter;
  lifetime: Lifetime;
  doc?: Document;
  delayMs?: number;
  /** Sends a check to the background (tests pass their own). */
  analyze?(request: AnalyzeRequest): Promise<AnalyzeResponse | null>;
}

/** A finding on the date/time fields, and the `when` text it was found in. */
export interface WhenItem {
  key: string;
  finding: Finding;
  when: string;
}

interface Editor {
  session: ComposeSession;
  whenItems: WhenItem[];
  ignored: Set<string>;
  /** When-findings whose card was shown once by itself (it does not pop up again). */
  shown: Set<string>;
}

type OpenCard = { editor: Editor; kind: 'when'; key: string } | { editor: Editor; kind: 'text'; key: string };

const CARD_WIDTH = 340;

export function todayYmd(now = new Date()): YMD {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

export class CalendarController {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly editors = new Map<HTMLElement, Editor>();
  private painter: HighlightPainter | null = null;
  /** Our painter's warning highlight as registered (to notice another script replacing it). */
  private painted: unknown = undefined;
  /** Mounted with the first editor: Outlook's calendar shares its hosts with the mail client's UI. */
  private ui: UiRoot | null = null;
  private notice: UndoNotice | null = null;
  private policy: Policy = DEFAULT_POLICY;
  private lang: UiLang;
  private t: CardTranslate;
  private card: OpenCard | null = null;
  private confirm: UiView['confirm'] = null;
  private scanQueued = false;
  private layoutQueued = false;
  private badges: Omit<BadgeProps, 't'>[] = [];
  private underlines: UnderlineView[] = [];
  private cardPosition = { left: 0, top: 0 };

  constructor(private readonly options: CalendarControllerOptions) {
    this.doc = options.doc ?? document;
    this.win = this.doc.defaultView ?? window;
    this.lang = resolveUiLang('auto', this.win.navigator.language);
    this.t = cardTranslator(this.lang);
  }

  private get adapter(): CalendarAdapter {
    return this.options.adapter;
  }

  private get lifetime(): Lifetime {
    return this.options.lifetime;
  }

  start(): void {
    const { lifetime } = this;
    const signal = lifetime.signal;
    const watcher = new MutationObserver(() => this.scanSoon());
    watcher.observe(this.doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => watcher.disconnect());
    const passive = { capture: true, passive: true, signal };
    this.win.addEventListener('scroll', this.queueLayout, passive);
    this.win.addEventListener('resize', this.queueLayout, passive);
    this.win.addEventListener('mousedown', this.onPointerDown, { capture: true, signal });
    this.win.addEventListener('click', this.onClick, { capture: true, signal });
    this.win.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
    lifetime.setInterval(this.queueLayout, 1000);
    const stopRecheck = listenForRecheck(() => void this.onRecheck());
    lifetime.onInvalidated(() => {
      stopRecheck();
      this.dispose();
    });
    installSendGuard(lifetime, this.win, {
      sessionForSend: (event) => this.sessionForSave(event),
      blockingErrors: (session) => this.blocking(this.editorOf(session)).length,
      ask: (session, n, resume) => this.askBeforeSave(session, n, resume),
      sendButton: (session) => this.adapter.sendButton(session.win),
    });
    void this.loadPolicy();
    this.scan();
  }

  scanSoon(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    this.lifetime.setTimeout(() => {
      this.scanQueued = false;
      this.scan();
    }, 150);
  }

  private async loadPolicy(): Promise<void> {
    this.policy = await requestPolicy();
    this.lang = resolveUiLang(this.policy.uiLanguage, this.win.navigator.language);
    this.t = cardTranslator(this.lang);
    this.render();
  }

  private async onRecheck(): Promise<void> {
    await this.loadPolicy();
    for (const e of this.editors.values()) e.session.recheck();
  }

  private dispose(): void {
    for (const e of this.editors.values()) e.session.detach();
    this.editors.clear();
    this.painter?.dispose();
    this.ui?.dispose();
    this.notice?.dispose();
  }

  // ── Editors appearing and disappearing ──

  private scan(): void {
    for (const [body, e] of this.editors) {
      const s = e.session;
      if (!body.isConnected || !s.win.root.isConnected || !s.win.root.contains(body)) {
        s.detach();
        this.editors.delete(body);
        this.painter?.clear(s.id);
        if (this.card?.editor === e) this.closeCard();
      }
    }
    let bodies: HTMLElement[] = [];
    try {
      bodies = this.adapter.findBodies(this.doc);
    } catch {
      return;
    }
    for (const body of bodies) {
      if (this.editors.has(body)) continue;
      try {
        const win = this.adapter.composeWindow(body);
        if (!win) continue;
        const editor = { whenItems: [], ignored: new Set<string>(), shown: new Set<string>() } as unknown as Editor;
        editor.session = new ComposeSession(win, {
          adapter: this.adapter,
          lifetime: this.lifetime,
          analyze: (request) => this.analyze(editor, request),
          closed: notifyComposeClosed,
          changed: () => this.onChanged(editor),
          probe: null,
          delayMs: this.options.delayMs ?? 350,
        });
        this.mountUi();
        this.editors.set(body, editor);
        editor.session.attach();
      } catch {
        // One odd editor must not break the others.
      }
    }
    this.queueLayout();
  }

  private mountUi(): void {
    if (this.ui) return;
    this.painter = createHighlightPainter(this.doc);
    this.painted = (this.win as Window & typeof globalThis).CSS?.highlights?.get('nemawashi-warning');
    this.ui = mountUiRoot(this.doc);
    this.ui.host.dataset.calendar = this.adapter.client;
    this.notice = mountUndoNotice(this.doc);
  }

  private editorOf(session: ComposeSession): Editor {
    for (const e of this.editors.values()) if (e.session === session) return e;
    throw new Error('unknown session');
  }

  /** The session's check, as an invitation: kind, `when` from the date fields, guests as recipients. */
  private async analyze(editor: Editor, request: AnalyzeRequest): Promise<AnalyzeResponse | null> {
    const win = editor.session.win;
    const when = this.adapter.readWhen(win, todayYmd());
    const guests = this.adapter.guests(win);
    const draft: AnalyzeRequest['draft'] = {
      ...request.draft,
      kind: 'meeting-invite',
      context: { ...request.draft.context, ...(guests.length ? { recipients: guests } : {}) },
    };
    if (when) draft.when = when;
    const response = await (this.options.analyze ?? requestAnalysis)({ ...request, draft });
    if (!response) return null;
    editor.whenItems = when
      ? response.findings
          .filter((f) => f.field === 'when')
          .map((finding) => ({ key: `when:${finding.ruleId}:${when}`, finding, when }))
          .filter((item) => !editor.ignored.has(item.key))
      : [];
    return { ...response, findings: response.findings.filter((f) => f.field !== 'when') };
  }

  /** A when-finding still describes the fields (nothing was changed since the check). */
  liveWhen(editor: Editor): WhenItem[] {
    if (editor.whenItems.length === 0) return [];
    const now = this.adapter.readWhen(editor.session.win, todayYmd());
    return editor.whenItems.filter((item) => item.when === now);
  }

  private blocking(editor: Editor): Array<ShownFinding | WhenItem> {
    const text = editor.session.liveItems().filter((i) => blocksSave(i.finding, this.policy));
    const when = this.liveWhen(editor).filter((i) => blocksSave(i.finding, this.policy));
    return [...when, ...text];
  }

  /**
   * Outlook's mail script shares these hosts and registers the same highlight names when it starts (maybe
   * after us): when the page's registry no longer holds our highlights, register a fresh painter and repaint.
   */
  private ensurePainter(): void {
    const registry = (this.win as Window & typeof globalThis).CSS?.highlights;
    if (!this.painter || !registry || registry.get('nemawashi-warning') === this.painted) return;
    this.painter = createHighlightPainter(this.doc);
    this.painted = registry.get('nemawashi-warning');
    for (const e of this.editors.values()) if (e.session.items.length) this.paint(e);
  }

  private paint(editor: Editor): void {
    const s = editor.session;
    this.painter?.paint(
      s.id,
      s.items.filter((i) => i.range).map((i) => ({ range: i.range!, severity: i.finding.severity })),
    );
  }

  private onChanged(editor: Editor): void {
    const s = editor.session;
    this.ensurePainter();
    this.paint(editor);
    if (this.card?.editor === editor && this.card.kind === 'text' && !s.items.some((i) => i.key === this.card!.key)) this.closeCard();
    if (this.card?.editor === editor && this.card.kind === 'when' && !editor.whenItems.some((i) => i.key === this.card!.key)) this.closeCard();
    // A new finding on the date shows its card once by itself, beside the date field.
    const first = this.liveWhen(editor).find((i) => !editor.shown.has(i.key));
    if (first && !this.card && !this.confirm) {
      editor.shown.add(first.key);
      this.card = { editor, kind: 'when', key: first.key };
    }
    this.queueLayout();
  }

  // ── Layout ──

  private queueLayout = (): void => {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    this.lifetime.requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.layout();
    });
  };

  /** The screen boxes of the date/time inputs a when-finding is about. */
  private whenBoxes(editor: Editor): Box[] {
    const inputs = this.adapter.whenInputs(editor.session.win);
    if (!inputs) return [];
    return [inputs.startDate, inputs.startTime, inputs.endDate, inputs.endTime]
      .filter((el): el is HTMLInputElement => !!el)
      .map((el) => visibleBox(el))
      .filter((b): b is Box => !!b);
  }

  private textBoxes(item: ShownFinding, bodyBox: Box | null): Box[] {
    if (item.range) {
      if (!bodyBox) return [];
      return [...item.range.getClientRects()]
        .filter((r) => r.width > 0 && r.bottom > bodyBox.top && r.top < bodyBox.bottom)
        .map((r) => ({ left: Math.max(r.left, bodyBox.left), right: Math.min(r.right, bodyBox.right), top: r.top, bottom: r.bottom }));
    }
    const box = item.input ? inputTextBox(item.input, item.finding.start, item.finding.end) : null;
    return box ? [box] : [];
  }

  private layout(): void {
    this.ensurePainter();
    const badges: Omit<BadgeProps, 't'>[] = [];
    const underlines: UnderlineView[] = [];
    for (const editor of this.editors.values()) {
      const s = editor.session;
      if (s.isClosed) continue;
      const bodyBox = visibleBox(s.body);
      const live = s.liveItems();
      const when = this.liveWhen(editor);
      const all = [...when.map((w) => w.finding.severity), ...live.map((i) => i.finding.severity)];
      if (bodyBox) {
        badges.push({
          composeId: s.id,
          left: bodyBox.right - 8,
          top: bodyBox.bottom - 8,
          count: all.length,
          severity: maxSeverity(all),
          state: !s.checked ? 'loading' : all.length > 0 ? 'issues' : 'clean',
          checks: s.checks,
          japaneseReady: s.japaneseReady,
          dictionaryError: s.dictionaryError,
          onOpen: () => this.openFirst(editor),
        });
      }
      for (const item of live) {
        if (item.range && this.painter) continue;
        for (const r of this.textBoxes(item, bodyBox)) {
          underlines.push({ left: r.left, top: r.bottom - 1, width: r.right - r.left, severity: item.finding.severity });
        }
      }
      const severity = maxSeverity(when.map((w) => w.finding.severity));
      if (severity) {
        for (const r of this.whenBoxes(editor)) underlines.push({ left: r.left, top: r.bottom - 1, width: r.right - r.left, severity });
      }
    }
    this.badges = badges;
    this.underlines = underlines;
    this.placeCard();
    this.render();
  }

  private placeCard(): void {
    const card = this.card;
    if (!card) return;
    let anchor: Box | null = null;
    if (card.kind === 'when') {
      const boxes = this.whenBoxes(card.editor);
      if (boxes.length) {
        anchor = {
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
          top: Math.min(...boxes.map((b) => b.top)),
          bottom: Math.max(...boxes.map((b) => b.bottom)),
        };
      }
    } else {
      const item = card.editor.session.items.find((i) => i.key === card.key);
      anchor = item ? (this.textBoxes(item, visibleBox(card.editor.session.body))[0] ?? null) : null;
    }
    if (!anchor) return;
    const height = this.ui?.cardHeight() ?? 240;
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    let top = anchor.bottom + 6;
    if (top + height > vh - 8) top = Math.max(8, anchor.top - 6 - height);
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, vw - CARD_WIDTH - 8));
    this.cardPosition = { left, top };
  }

  private render(): void {
    if (!this.ui) return;
    this.ui.render({ t: this.t, badges: this.badges, underlines: this.underlines, confirm: this.confirm, card: this.cardView() });
  }

  /** Every finding of an editor, date first, in the order the card steps through them. */
  private entries(editor: Editor): Array<{ kind: 'when' | 'text'; key: string }> {
    return [
      ...this.liveWhen(editor).map((i) => ({ kind: 'when' as const, key: i.key })),
      ...editor.session.liveItems().map((i) => ({ kind: 'text' as const, key: i.key })),
    ];
  }

  private cardView(): Omit<CardProps, 't'> | null {
    const card = this.card;
    if (!card) return null;
    const entries = this.entries(card.editor);
    const index = entries.findIndex((e) => e.kind === card.kind && e.key === card.key);
    if (index < 0) return null;
    const common = {
      lang: this.lang,
      position: this.cardPosition,
      index,
      total: entries.length,
      notice: card.editor.session.dictionaryError ? this.t('dictionaryError') : null,
      onStep: (d: number) => this.step(d),
      onClose: () => this.closeCard(),
      onHover: () => undefined,
    };
    if (card.kind === 'when') {
      const item = this.liveWhen(card.editor).find((i) => i.key === card.key)!;
      const shown = this.readable(card.editor, item.when);
      return {
        ...common,
        // The card shows dates as the fields do; Apply writes the machine text into the fields.
        finding: { ...item.finding, suggestions: item.finding.suggestions.map((s) => ({ ...s, text: this.readable(card.editor, s.text) })) },
        flagged: shown,
        onApply: (i) => this.applyWhen(card.editor, item, i),
        onIgnore: () => {
          card.editor.ignored.add(item.key);
          card.editor.whenItems = card.editor.whenItems.filter((w) => w !== item);
          this.closeCard();
          this.queueLayout();
        },
      };
    }
    const item = card.editor.session.liveItems().find((i) => i.key === card.key)!;
    return {
      ...common,
      finding: item.finding,
      flagged: item.flagged,
      onApply: (i) => {
        this.closeCard();
        card.editor.session.apply(item, i);
        this.queueLayout();
      },
      onIgnore: () => {
        this.closeCard();
        card.editor.session.ignore(item);
      },
    };
  }

  /** A `when` text as the editor's fields would show it ("Thu, May 7, 2026 2:00pm – 3:00pm"). */
  private readable(editor: Editor, when: string): string {
    const w = parseWhen(when);
    const inputs = this.adapter.whenInputs(editor.session.win);
    if (!w || !inputs) return when;
    const date = (d: YMD) => formatDate(d, inputs.startDate.value);
    if (!w.startTime || !w.endTime) {
      const last = { ...w.end, d: w.end.d - 1 };
      const end = new Date(Date.UTC(last.y, last.m - 1, last.d));
      const endDay = { y: end.getUTCFullYear(), m: end.getUTCMonth() + 1, d: end.getUTCDate() };
      const same = endDay.y === w.start.y && endDay.m === w.start.m && endDay.d === w.start.d;
      return same ? date(w.start) : `${date(w.start)} – ${date(endDay)}`;
    }
    const like = inputs.startTime?.value ?? '14:00';
    const sameDay = w.start.y === w.end.y && w.start.m === w.end.m && w.start.d === w.end.d;
    const end = sameDay ? formatTime(w.endTime, like) : `${date(w.end)} ${formatTime(w.endTime, like)}`;
    return `${date(w.start)} ${formatTime(w.startTime, like)} – ${end}`;
  }

  // ── The card ──

  private openCard(card: OpenCard): void {
    this.card = card;
    this.painter?.setActive(card.kind === 'text' ? (card.editor.session.items.find((i) => i.key === card.key)?.range ?? null) : null);
    this.placeCard();
    this.render();
    // Drawn once: place it again with its real height.
    this.placeCard();
    this.render();
  }

  private closeCard(): void {
    if (!this.card) return;
    this.card = null;
    this.painter?.setActive(null);
    this.render();
  }

  private openFirst(editor: Editor): void {
    if (this.card?.editor === editor) return this.closeCard();
    const first = this.entries(editor)[0];
    if (first) this.openCard({ editor, ...first });
  }

  private step(delta: number): void {
    const card = this.card;
    if (!card) return;
    const entries = this.entries(card.editor);
    const i = entries.findIndex((e) => e.kind === card.kind && e.key === card.key);
    const next = entries[(i + delta + entries.length) % entries.length];
    if (next) this.openCard({ editor: card.editor, ...next });
  }

  private applyWhen(editor: Editor, item: WhenItem, index: number): void {
    this.closeCard();
    const suggestion = item.finding.suggestions[index];
    if (!suggestion || !this.liveWhen(editor).includes(item)) {
      editor.session.recheck();
      return;
    }
    const replaced: FieldValues | null = this.adapter.writeWhen(editor.session.win, suggestion.text, todayYmd());
    if (!replaced) return;
    editor.whenItems = editor.whenItems.filter((w) => w !== item);
    this.notice?.show({
      token: replaced,
      lang: this.lang,
      when: this.readable(editor, suggestion.text),
      onUndo: () => {
        this.adapter.restore(replaced);
        editor.session.recheck();
      },
    });
    this.lifetime.setTimeout(() => this.notice?.hideIf(replaced), 20_000);
    editor.session.recheck();
    this.queueLayout();
  }

  // ── Pointer and keys ──

  private hitTest(x: number, y: number): OpenCard | null {
    for (const editor of this.editors.values()) {
      if (this.liveWhen(editor).length && this.whenBoxes(editor).some((b) => contains(b, x, y, 2))) {
        return { editor, kind: 'when', key: this.liveWhen(editor)[0]!.key };
      }
      const bodyBox = visibleBox(editor.session.body);
      for (const item of editor.session.liveItems()) {
        if (this.textBoxes(item, bodyBox).some((b) => contains(b, x, y, 2))) return { editor, kind: 'text', key: item.key };
      }
    }
    return null;
  }

  private onPointerDown = (event: MouseEvent): void => {
    if (!this.card || this.ui?.owns(event)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (!hit || hit.key !== this.card.key) this.closeCard();
  };

  private onClick = (event: MouseEvent): void => {
    if (this.ui?.owns(event) || this.confirm) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit) this.openCard(hit);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    if (event.key === 'Escape' && this.card && !this.confirm) this.closeCard();
  };

  // ── Save / Send ──

  private sessionForSave(event: Event): ComposeSession | null {
    if (this.ui?.owns(event)) return null;
    const target = event.target as Node | null;
    if (!target) return null;
    for (const e of this.editors.values()) {
      const s = e.session;
      if (s.isClosed || !s.win.root.contains(target)) continue;
      const onButton = this.adapter.sendButtonOf(s.win, event.target);
      if (!onButton) continue;
      if (event.type === 'keydown') return isButtonActivation(event) ? s : null;
      if (((event as MouseEvent).button ?? 0) === 0) return s;
    }
    return null;
  }

  private askBeforeSave(session: ComposeSession, errors: number, resume: () => void): void {
    if (this.confirm) return;
    this.closeCard();
    const editor = this.editorOf(session);
    this.confirm = {
      errors,
      onSendAnyway: () => {
        this.confirm = null;
        this.render();
        resume();
      },
      onReview: () => {
        this.confirm = null;
        const first = this.blocking(editor)[0];
        if (first) this.openCard('when' in first ? { editor, kind: 'when', key: first.key } : { editor, kind: 'text', key: first.key });
        else this.render();
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
