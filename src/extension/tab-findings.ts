// The latest findings of every open compose window, by tab, for the reviewer's popup. Lives in the
// background; mirrored to session storage (memory only, cleared when the browser closes) so that a service
// worker restarted after its idle shutdown still knows them.
import { z } from 'zod';
import type { Finding } from '../engine/types';
import { TabFindingsSchema, type AllDrafts, type AnalyzeRequest, type AnalyzeResponse, type TabFindings } from './protocol';

type DraftFindings = TabFindings['drafts'][number];

/** A compose window's findings plus the revision they belong to. */
const StoredDraftSchema = TabFindingsSchema.shape.drafts.element.extend({ revision: z.number().int(), focusedAt: z.number().default(0) });
type StoredDraft = z.infer<typeof StoredDraftSchema>;
const SnapshotSchema = z.record(z.string(), z.array(StoredDraftSchema));
type Snapshot = z.infer<typeof SnapshotSchema>;

export interface TabFindingsPersistence {
  load(): Promise<unknown>;
  save(snapshot: Snapshot): Promise<void>;
  /** The tabs open now; a snapshot can outlive a tab whose removal the worker never heard (it was asleep). */
  openTabIds?(): Promise<Set<number>>;
}

/** The phrase a finding covers, so the popup can show it without keeping the whole draft. */
function withFlagged(f: Finding, request: AnalyzeRequest): DraftFindings['findings'][number] {
  const text = f.field === 'subject' ? request.draft.subject : request.draft.body;
  return { ...f, flagged: text.slice(f.start, f.end) };
}

/** Ignored in the compose window: the same rule on the same words in the same field. */
function isIgnored(f: DraftFindings['findings'][number], request: AnalyzeRequest): boolean {
  return (request.ignored ?? []).some((i) => i.ruleId === f.ruleId && i.field === f.field && i.flagged === f.flagged);
}

export class TabFindingsStore {
  private tabs = new Map<number, Map<string, StoredDraft>>();
  private restored: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Forgotten since this worker started: a snapshot still being loaded must not bring them back. */
  private closedTabs = new Set<number>();
  private closedComposes = new Set<string>();

  /** `saveDelayMs` batches writes while someone types: one write per pause, not per keystroke. */
  constructor(private readonly persistence: TabFindingsPersistence | null = null, private readonly saveDelayMs = 300) {}

  /** Loads what a previous life of the service worker saved; idempotent. */
  restore(): Promise<void> {
    this.restored ??= (async () => {
      if (!this.persistence) return;
      const parsed = SnapshotSchema.safeParse(await this.persistence.load().catch(() => undefined));
      if (!parsed.success) return;
      for (const [tab, drafts] of Object.entries(parsed.data)) {
        const tabId = Number(tab);
        if (this.closedTabs.has(tabId)) continue;
        // Anything recorded since this worker started is newer than the snapshot.
        const current = this.tabs.get(tabId) ?? new Map<string, StoredDraft>();
        for (const d of drafts) if (!current.has(d.composeId) && !this.closedComposes.has(d.composeId)) current.set(d.composeId, d);
        this.tabs.set(tabId, current);
      }
    })();
    return this.restored;
  }

  record(tabId: number, request: AnalyzeRequest, response: AnalyzeResponse): void {
    let drafts = this.tabs.get(tabId);
    if (!drafts) this.tabs.set(tabId, (drafts = new Map()));
    const previous = drafts.get(request.composeId);
    // Replies can arrive out of order; an older revision never replaces a newer one.
    if (previous && previous.revision > request.revision) return;
    drafts.set(request.composeId, {
      composeId: request.composeId,
      client: request.client,
      subject: request.draft.subject,
      findings: response.findings.map((f) => withFlagged(f, request)).filter((f) => !isIgnored(f, request)),
      ...(response.failedRules?.length ? { failedRules: response.failedRules } : {}),
      revision: request.revision,
      focusedAt: previous?.focusedAt ?? 0,
    });
    this.scheduleSave();
  }

  /** The person is working in this compose window (at `now`): the popup shows it first. */
  focus(tabId: number, composeId: string, now = Date.now()): void {
    const draft = this.tabs.get(tabId)?.get(composeId);
    if (!draft) return;
    draft.focusedAt = now;
    this.scheduleSave();
  }

  /** Every tab's compose windows, the most recently focused first. */
  async all(): Promise<AllDrafts> {
    await this.restore();
    await this.forgetClosedTabs();
    const drafts: AllDrafts['drafts'] = [];
    for (const [tabId, list] of this.tabs) {
      for (const { composeId, client, subject, findings, failedRules, focusedAt } of list.values()) {
        drafts.push({ tabId, composeId, client, subject, findings, ...(failedRules ? { failedRules } : {}), focusedAt });
      }
    }
    return { drafts: drafts.sort((a, b) => b.focusedAt - a.focusedAt) };
  }

  forgetCompose(tabId: number, composeId: string): void {
    this.closedComposes.add(composeId);
    if (this.tabs.get(tabId)?.delete(composeId)) this.scheduleSave();
  }

  forgetTab(tabId: number): void {
    this.closedTabs.add(tabId);
    if (this.tabs.delete(tabId)) this.scheduleSave();
  }

  /** Drops the tabs that are no longer open (their removal may have happened while the worker slept). */
  private async forgetClosedTabs(): Promise<void> {
    const open = await this.persistence?.openTabIds?.().catch(() => null);
    if (!open) return;
    for (const tabId of [...this.tabs.keys()]) if (!open.has(tabId)) this.forgetTab(tabId);
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  async findings(tabId: number): Promise<TabFindings> {
    await this.restore();
    const drafts = [...(this.tabs.get(tabId)?.values() ?? [])].map(({ composeId, client, subject, findings, failedRules }) => ({
      composeId, client, subject, findings, ...(failedRules ? { failedRules } : {}),
    }));
    return { drafts };
  }

  /** Writes now (tests, and before the worker may be shut down). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.persistence?.save(this.snapshot());
  }

  private snapshot(): Snapshot {
    const out: Snapshot = {};
    for (const [tabId, drafts] of this.tabs) if (drafts.size > 0) out[String(tabId)] = [...drafts.values()];
    return out;
  }

  private scheduleSave(): void {
    if (!this.persistence || this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.flush(), this.saveDelayMs);
  }
}
