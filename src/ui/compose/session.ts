// One compose window: reads its draft after a pause in typing, asks the background to check it, and keeps
// the findings as live Ranges. The per-keystroke work is only "bump the revision, (re)arm a timer".
import type { ComposeWindow, MailClientAdapter } from '../../adapters/adapter';
import { rangeFor, readText, type ReadOptions, type TextMap } from '../../adapters/text-map';
import type { AnalyzeRequest, AnalyzeResponse, FailedRule } from '../../extension/protocol';
import { resolveRecipient } from '../../extension/recipient';
import type { DraftInput, Finding, Recipient } from '../../engine/types';
import type { Policy } from '../../policy/schema';
import { holdsSend } from './send-check';
import { endsASentence } from './typing';
import { loadRelationship, saveRelationship, threadKey, type RelationshipChoice } from './relationships';
import { applyToBody, applyToInput, replaceInBody, replaceInInput } from './apply';
import { childSignal, type Lifetime } from './lifetime';
import type { KeystrokeProbe } from './probe';

/** A finding as shown: where it is now, and the text it flagged (to notice it changed since). */
export interface ShownFinding {
  key: string;
  finding: Finding;
  flagged: string;
  /** Body findings: a live Range, kept in place by the browser while the person types elsewhere. */
  range: Range | null;
  /** Subject findings: the field. */
  input: HTMLInputElement | null;
  /** The field's text when checked (the offsets of the finding and of its suggestions' edits refer to it). */
  checked?: string;
}

export interface SessionDeps {
  adapter: MailClientAdapter;
  lifetime: Lifetime;
  analyze(request: AnalyzeRequest): Promise<AnalyzeResponse | null>;
  closed(composeId: string): void;
  /** Findings or status changed: repaint. */
  changed(session: ComposeSession): void;
  probe: KeystrokeProbe | null;
  /** Pause after the last keystroke before checking. */
  delayMs: number;
}

interface Snapshot {
  revision: number;
  map: TextMap;
  subject: string;
  input: HTMLInputElement | null;
}

let counter = 0;

const normalize = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n/g, '');

export class ComposeSession {
  readonly id: string;
  items: ShownFinding[] = [];
  /** Analyze requests sent so far (shown on the badge as data-checks, for tests and debugging). */
  checks = 0;
  checked = false;
  japaneseReady = true;
  dictionaryError: string | null = null;
  /** Rules that could not run on the last check (empty when every rule ran): the badge's notice names them. */
  failedRules: FailedRule[] = [];
  private revision = 0;
  private composing = false;
  private timer: number | undefined;
  /** The pending check is an immediate one. */
  private urgent = false;
  private retries = 0;
  private closed = false;
  private readonly own = new AbortController();
  private readonly ignored = new Map<string, { ruleId: string; field: Finding['field']; flagged: string }>();
  private observer: MutationObserver | null = null;
  /** The person's choice in the recipient control (remembered per thread); empty: the defaults apply. */
  choice: RelationshipChoice = {};
  private choiceKey: string | null = null;
  /** The revision whose findings are shown; behind `revision` while an edit is not yet checked. */
  private shownRevision = -1;
  /** One promise for everyone waiting on the findings to catch up with the text (Send, after typing or Undo). */
  private settling: { promise: Promise<void>; resolve: () => void } | null = null;
  /** When the last edit not yet shown was made (debug probe only): "painted after the last keystroke". */
  private editedAt: number | null = null;

  constructor(
    readonly win: ComposeWindow,
    private readonly deps: SessionDeps,
  ) {
    this.id = `${deps.adapter.client}-${Date.now().toString(36)}-${++counter}`;
  }

  get body(): HTMLElement {
    return this.win.body;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  attach(): void {
    const signal = childSignal(this.deps.lifetime, this.own);
    const root = this.win.root;
    // Body edits of any origin (typing, paste, the client inserting a quote) arrive as mutations; the
    // callback only schedules. Subject and recipient fields report through input events.
    this.observer = new MutationObserver(this.onBodyMutation);
    this.observer.observe(this.body, { childList: true, subtree: true, characterData: true });
    root.addEventListener('input', this.onFieldInput, { capture: true, signal });
    root.addEventListener('change', this.onFieldInput, { capture: true, signal });
    root.addEventListener('compositionstart', this.onCompositionStart, { capture: true, signal });
    root.addEventListener('compositionend', this.onCompositionEnd, { capture: true, signal });
    signal.addEventListener('abort', () => this.observer?.disconnect());
    this.schedule(0);
    void this.restoreChoice();
  }

  private threadKey(): string | null {
    try {
      return threadKey(this.deps.adapter.client, this.deps.adapter.threadSubject(this.win));
    } catch {
      return null;
    }
  }

  /** A thread the person already told us about: use that choice (and check again with it). */
  private async restoreChoice(): Promise<void> {
    const key = this.threadKey();
    if (!key) return;
    const saved = await loadRelationship(key);
    if (!saved || this.closed || Object.keys(this.choice).length > 0) return;
    this.choice = { ...(saved.recipient ? { recipient: saved.recipient } : {}), ...(saved.firstContact !== undefined ? { firstContact: saved.firstContact } : {}) };
    this.choiceKey = key;
    this.recheck();
  }

  /** The person set the recipient kind or first contact: check again, and remember it for the thread. */
  choose(choice: RelationshipChoice): void {
    this.choice = { ...this.choice, ...choice };
    const key = this.threadKey() ?? this.choiceKey;
    if (key) void saveRelationship(key, this.choice);
    this.recheck();
    this.deps.changed(this);
  }

  /** First contact unless chosen otherwise: a new thread is, a reply is not. */
  firstContact(): boolean {
    if (this.choice.firstContact !== undefined) return this.choice.firstContact;
    try {
      return !this.deps.adapter.isReply(this.win);
    } catch {
      return false;
    }
  }

  /** True while the shown findings are those of the text as it is now. */
  get isCurrent(): boolean {
    return this.shownRevision === this.revision && !this.composing;
  }

  /**
   * Resolves once the shown findings are those of the current text (checking at once if an edit is waiting),
   * or when checking gave up; never rejects. Send uses it so that a draft sent right after an edit or an Undo
   * is judged on what it now says, not on the findings of a moment ago.
   */
  settled(): Promise<void> {
    if (this.isCurrent || this.closed) return Promise.resolve();
    if (!this.settling) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.settling = { promise, resolve };
      // Check now rather than after the idle wait (a click on Send arrives as several events: schedule once).
      if (!this.composing) this.schedule(0);
    }
    return this.settling.promise;
  }

  private release(): void {
    const settling = this.settling;
    this.settling = null;
    settling?.resolve();
  }

  /** The compose window closed (sent, discarded) or the extension is going away. */
  detach(): void {
    if (this.closed) return;
    this.closed = true;
    this.own.abort();
    this.observer?.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.items = [];
    this.release();
    this.deps.closed(this.id);
  }

  private onBodyMutation = (): void => {
    const t0 = this.deps.probe ? performance.now() : 0;
    this.edited();
    if (this.deps.probe) this.deps.probe.record('mutation', performance.now() - t0);
  };

  private onFieldInput = (event: Event): void => {
    const t0 = this.deps.probe ? performance.now() : 0;
    // Body typing is already seen by the mutation observer; a finished sentence is checked at once.
    if (!this.body.contains(event.target as Node)) this.edited((event as InputEvent).isComposing);
    else if (endsASentence(event as InputEvent) && !this.composing) this.schedule(0);
    if (this.deps.probe) this.deps.probe.record('input', performance.now() - t0);
  };

  private onCompositionStart = (): void => {
    // No check while the IME holds unconfirmed text: it would flag half-converted kana.
    this.composing = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.urgent = false;
  };

  private onCompositionEnd = (event: Event): void => {
    this.composing = false;
    this.revision++;
    if (this.deps.probe) this.editedAt = performance.now();
    // A conversion committed with 。 ends a sentence: check it now, as typed punctuation is.
    const data = (event as CompositionEvent).data ?? '';
    this.schedule(endsASentence({ inputType: 'insertText', data, isComposing: false }) ? 0 : this.deps.delayMs);
  };

  private edited(isComposing = false): void {
    this.revision++;
    if (this.deps.probe) this.editedAt = performance.now();
    if (!this.composing && !isComposing) this.schedule(this.deps.delayMs);
  }

  private schedule(delay: number): void {
    if (this.closed) return;
    // A check due at once (a sentence just ended) is not pushed back by the mutation that arrives after it.
    if (delay > 0 && this.urgent && this.timer !== undefined) return;
    this.urgent = delay === 0;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.deps.lifetime.setTimeout(() => void this.check(), delay);
  }

  /** Check again now (the background asked, or a finding's text changed under it). */
  recheck(): void {
    this.revision++;
    if (!this.composing) this.schedule(0);
  }

  /** How the body is read: the client's options, and white space as the body's style renders it. */
  private readOptions(): ReadOptions {
    const view = this.body.ownerDocument.defaultView;
    const ws = view?.getComputedStyle(this.body).whiteSpace ?? 'normal';
    return { ...this.deps.adapter.readOptions, preserveWhitespace: /^(pre|pre-wrap|break-spaces)$/.test(ws) };
  }

  private snapshot(): Snapshot {
    const map = readText(this.body, this.readOptions());
    const input = this.deps.adapter.subjectInput(this.win);
    return { revision: this.revision, map, subject: input?.value ?? '', input };
  }

  private request(s: Snapshot): AnalyzeRequest {
    const { adapter } = this.deps;
    const recipients = adapter.recipients(this.win);
    const context: NonNullable<DraftInput['context']> = { firstContact: this.firstContact() };
    if (this.choice.recipient) context.recipient = this.choice.recipient;
    if (recipients.toNames.length > 0) context.recipientNames = recipients.toNames;
    if (recipients.list && recipients.list.length > 0) context.recipients = recipients.list;
    return {
      type: 'analyze',
      composeId: this.id,
      client: adapter.client,
      revision: s.revision,
      draft: { subject: s.subject, body: s.map.text, kind: 'email', context },
      recipients: recipients.addresses,
      ...(this.ignored.size > 0 ? { ignored: [...this.ignored.values()] } : {}),
    };
  }

  private async check(): Promise<void> {
    this.timer = undefined;
    this.urgent = false;
    if (this.closed || this.composing || !this.body.isConnected) return;
    const t0 = this.deps.probe ? performance.now() : 0;
    const snap = this.snapshot();
    if (this.deps.probe) this.deps.probe.record('read-draft', performance.now() - t0);
    this.checks++;
    // Show the count as the check starts, not when its answer lands: a check taken before an IME composition
    // must not appear to have run during it.
    this.deps.changed(this);
    const t1 = this.deps.probe ? performance.now() : 0;
    const response = await this.deps.analyze(this.request(snap));
    if (this.deps.probe) this.deps.probe.record('analyze', performance.now() - t1);
    // A newer edit supersedes this answer; its own check is scheduled or running.
    if (this.closed || snap.revision !== this.revision) return;
    if (!response) {
      // The background is starting or restarting: try again a few times, slower each time.
      if (this.retries < 6) this.schedule(500 * 2 ** this.retries++);
      // Nobody waits on a checker that is away: Send goes ahead on what is known.
      this.release();
      return;
    }
    this.retries = 0;
    this.show(response, snap);
  }

  private show(response: AnalyzeResponse, snap: Snapshot): void {
    const items: ShownFinding[] = [];
    const previous = new Map<string, ShownFinding[]>();
    for (const item of this.items) {
      if (!item.range) continue;
      const same = sameFindingKey(item.finding, item.flagged);
      previous.set(same, [...(previous.get(same) ?? []), item]);
    }
    for (const finding of response.findings) {
      const text = finding.field === 'body' ? snap.map.text : snap.subject;
      const flagged = text.slice(finding.start, finding.end);
      if (this.ignored.has(ignoreKey(finding, flagged))) continue;
      if (finding.field === 'subject' && !snap.input) continue;
      let range = finding.field === 'body' ? rangeFor(snap.map, finding.start, finding.end) : null;
      // The same finding on the same words as before keeps its Range, so the painter leaves it alone.
      if (range) range = keptRange(previous.get(sameFindingKey(finding, flagged)), range);
      items.push({
        key: `${finding.field}:${finding.start}:${finding.end}:${finding.ruleId}`,
        finding,
        flagged,
        range,
        input: finding.field === 'subject' ? snap.input : null,
        checked: text,
      });
    }
    this.items = items;
    this.checked = true;
    this.shownRevision = snap.revision;
    this.japaneseReady = response.japaneseReady;
    this.dictionaryError = response.dictionaryError;
    this.failedRules = response.failedRules ?? [];
    this.deps.changed(this);
    this.release();
    if (this.deps.probe && this.editedAt !== null) {
      this.deps.probe.record('paint-after-key', performance.now() - this.editedAt);
      this.editedAt = null;
    }
  }

  /** Still says what it said when checked (typing elsewhere moves it; typing inside it changes it). */
  isLive(item: ShownFinding): boolean {
    if (item.range) {
      return !item.range.collapsed && this.body.contains(item.range.commonAncestorContainer) && normalize(item.range.toString()) === normalize(item.flagged);
    }
    const input = item.input;
    return !!input && input.isConnected && input.value.slice(item.finding.start, item.finding.end) === item.flagged;
  }

  liveItems(): ShownFinding[] {
    return this.items.filter((item) => this.isLive(item));
  }

  liveErrors(): ShownFinding[] {
    return this.liveItems().filter((item) => item.finding.severity === 'error');
  }

  /** Who the mail is for: the person's choice, else internal when every address is internal, else client. */
  recipient(policy: Policy): Recipient {
    if (this.choice.recipient) return this.choice.recipient;
    const addresses = this.deps.adapter.recipients(this.win).addresses;
    return resolveRecipient({ draft: { subject: '', body: '', kind: 'email', context: {} }, recipients: addresses }, policy) ?? 'client';
  }

  /** The findings that make Send ask first under this policy (none for internal mail). */
  liveBlocking(policy: Policy): ShownFinding[] {
    if (this.recipient(policy) === 'internal') return [];
    return this.liveItems().filter((item) => holdsSend(item.finding, policy));
  }

  /** Applies one suggestion; false when the text changed since the check (then it checks again). */
  apply(item: ShownFinding, suggestionIndex: number): boolean {
    const suggestion = item.finding.suggestions[suggestionIndex];
    if (!suggestion || !this.isLive(item)) {
      this.recheck();
      return false;
    }
    // Its edits (several places, one undo step) when it has them; otherwise its text over the finding.
    let done: boolean;
    if (item.checked === undefined) {
      done = item.range
        ? replaceInBody(this.body, item.range, suggestion.text)
        : replaceInInput(item.input!, item.finding.start, item.finding.end, suggestion.text);
    } else if (item.range) {
      // Read once for its options: while the edit runs, the body's white-space style is not its own.
      const options = this.readOptions();
      done = applyToBody({ body: this.body, read: () => readText(this.body, options), checked: item.checked, finding: item.finding, live: item.range }, suggestion);
    } else {
      done = applyToInput(item.input!, item.checked, item.finding, suggestion);
    }
    if (done) this.drop(item);
    else this.recheck();
    return done;
  }

  /** Hides this finding for this compose window (the same rule on the same words stays quiet). */
  ignore(item: ShownFinding): void {
    this.ignored.set(ignoreKey(item.finding, item.flagged), { ruleId: item.finding.ruleId, field: item.finding.field, flagged: item.flagged });
    this.drop(item);
    // Check again so the background (and the popup) learn it is ignored.
    this.recheck();
  }

  private drop(item: ShownFinding): void {
    this.items = this.items.filter((i) => i !== item);
    this.deps.changed(this);
  }
}

function sameFindingKey(f: Finding, flagged: string): string {
  return `${f.ruleId}\u0000${f.severity}\u0000${flagged}`;
}

/** A previous Range with exactly the new one's boundaries, else the new one. */
function keptRange(candidates: ShownFinding[] | undefined, range: Range): Range {
  for (const old of candidates ?? []) {
    const r = old.range!;
    try {
      if (r.compareBoundaryPoints(r.START_TO_START, range) === 0 && r.compareBoundaryPoints(r.END_TO_END, range) === 0) return r;
    } catch {
      // A range in another document (the window was re-rendered): not the same.
    }
  }
  return range;
}

function ignoreKey(f: Finding, flagged: string): string {
  return `${f.ruleId}\u0000${f.field}\u0000${flagged}`;
}
