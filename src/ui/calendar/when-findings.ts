// What an invitation has besides its text: its date and time. Each check sends them as the draft's `when`
// (kind 'meeting-invite', guests as recipients); a finding on `when` becomes an entry marked under the date
// fields, with a card beside them that opens once by itself; applying its suggestion types the new date and
// time into the editor's own inputs, with an Undo notice (several inputs change, so Ctrl+Z would not do).
import { effect, untracked } from '@preact/signals';
import type { CalendarAdapter, FieldValues } from '../../adapters/calendar';
import { formatDate, formatTime, parseWhen, type YMD } from '../../adapters/calendar-fields';
import { applySuggestion } from '../../engine/apply';
import type { Finding } from '../../engine/types';
import type { AnalyzeRequest } from '../../extension/protocol';
import { defineFeature } from '../compose/features/feature';
import { visibleBox, type Box } from '../compose/geometry';
import type { ComposeSession } from '../compose/session';
import type { ComposeStore, Entry } from '../compose/store';
import { mountUndoNotice, type UndoNotice } from './undo-notice';

/** A finding on the date/time fields, and the `when` text it was found in. */
export interface WhenItem {
  key: string;
  finding: Finding;
  when: string;
}

interface EditorState {
  items: WhenItem[];
  ignored: Set<string>;
  /** When-findings whose card was shown once by itself (it does not pop up again). */
  shown: Set<string>;
}

export function todayYmd(now = new Date()): YMD {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/** The `when` a suggestion leads to: its edits applied to the checked text, or its text when that is a whole `when`. */
export function suggestedWhen(item: WhenItem, index: number): string | null {
  const suggestion = item.finding.suggestions[index];
  if (!suggestion) return null;
  try {
    const applied = applySuggestion(item.when, item.finding, index);
    if (parseWhen(applied)) return applied;
  } catch {
    // Offsets outside the text: fall through to the text itself.
  }
  return parseWhen(suggestion.text) ? suggestion.text : null;
}

/** A `when` text as the editor's fields would show it ("Thu, May 7, 2026 2:00pm – 3:00pm"). */
function readable(adapter: CalendarAdapter, session: ComposeSession, when: string): string {
  const w = parseWhen(when);
  const inputs = adapter.whenInputs(session.win);
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

/** The screen boxes of the date/time inputs. */
function whenBoxes(adapter: CalendarAdapter, session: ComposeSession): Box[] {
  const inputs = adapter.whenInputs(session.win);
  if (!inputs) return [];
  return [inputs.startDate, inputs.startTime, inputs.endDate, inputs.endTime]
    .filter((el): el is HTMLInputElement => !!el)
    .map((el) => visibleBox(el))
    .filter((b): b is Box => !!b);
}

function union(boxes: Box[]): Box | null {
  if (!boxes.length) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const adapter = store.config.adapter as CalendarAdapter;
  const states = new WeakMap<ComposeSession, EditorState>();
  const stateOf = (s: ComposeSession) => {
    let state = states.get(s);
    if (!state) states.set(s, (state = { items: [], ignored: new Set(), shown: new Set() }));
    return state;
  };
  let notice: UndoNotice | null = null;

  /** Still describes the fields (nothing was changed since the check). */
  const liveWhen = (s: ComposeSession): WhenItem[] => {
    const { items } = stateOf(s);
    if (items.length === 0) return [];
    const now = adapter.readWhen(s.win, todayYmd());
    return items.filter((item) => item.when === now);
  };

  const drop = (s: ComposeSession, item: WhenItem) => {
    const state = stateOf(s);
    state.items = state.items.filter((w) => w !== item);
  };

  const applyWhen = (s: ComposeSession, item: WhenItem, index: number): boolean => {
    const target = suggestedWhen(item, index);
    if (!target || !liveWhen(s).includes(item)) {
      s.recheck();
      return false;
    }
    const replaced: FieldValues | null = adapter.writeWhen(s.win, target, todayYmd());
    if (!replaced) return false;
    drop(s, item);
    notice ??= mountUndoNotice(store.doc);
    notice.show({
      token: replaced,
      lang: store.lang.peek(),
      when: readable(adapter, s, target),
      onUndo: () => {
        adapter.restore(replaced);
        s.recheck();
      },
    });
    store.lifetime.setTimeout(() => notice?.hideIf(replaced), 20_000);
    s.recheck();
    store.touch();
    return true;
  };

  const entry = (s: ComposeSession, item: WhenItem): Entry => {
    const shown = readable(adapter, s, item.when);
    return {
      key: item.key,
      // The card shows dates as the fields do; Apply writes the machine text into the fields.
      finding: {
        ...item.finding,
        suggestions: item.finding.suggestions.map((suggestion, i) => {
          const when = suggestedWhen(item, i) ?? suggestion.text;
          const text = readable(adapter, s, when);
          // A label that quotes the machine text says it as the fields would.
          const say = (label: string | undefined) => label?.split(when).join(text);
          return { ...suggestion, text, label: say(suggestion.label)!, labelJa: say(suggestion.labelJa) };
        }),
      },
      flagged: shown,
      range: null,
      boxes: () => whenBoxes(adapter, s),
      anchor: () => union(whenBoxes(adapter, s)),
      apply: (index) => applyWhen(s, item, index),
      ignore: () => {
        stateOf(s).ignored.add(item.key);
        drop(s, item);
        store.touch();
      },
      reveal: () => adapter.whenInputs(s.win)?.startDate.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }),
    };
  };

  // Date findings come first: the card steps through them before the text's.
  store.sources.unshift((s) => liveWhen(s).map((item) => entry(s, item)));

  // The check, as an invitation: kind, `when` from the date fields, guests as recipients.
  const analyze = store.analyze;
  store.analyze = async (session: ComposeSession, request: AnalyzeRequest) => {
    const when = adapter.readWhen(session.win, todayYmd());
    const guests = adapter.guests(session.win);
    const draft: AnalyzeRequest['draft'] = {
      ...request.draft,
      kind: 'meeting-invite',
      context: { ...request.draft.context, ...(guests.length ? { recipients: guests } : {}) },
    };
    if (when) draft.when = when;
    const response = await analyze(session, { ...request, draft });
    if (!response) return null;
    const state = stateOf(session);
    state.items = when
      ? response.findings
          .filter((f) => f.field === 'when')
          .map((finding) => ({ key: `when:${finding.ruleId}:${when}`, finding, when }))
          .filter((item) => !state.ignored.has(item.key))
      : [];
    return { ...response, findings: response.findings.filter((f) => f.field !== 'when') };
  };

  // A new finding on the date shows its card once by itself, beside the date fields.
  const stop = effect(() => {
    store.changed.value;
    untracked(() => {
      if (store.card.peek() || store.confirm.peek()) return;
      for (const s of store.sessions.peek()) {
        const state = stateOf(s);
        const first = liveWhen(s).find((i) => !state.shown.has(i.key));
        if (!first) continue;
        state.shown.add(first.key);
        store.card.value = { sessionId: s.id, key: first.key, sticky: true };
        return;
      }
    });
  });

  signal.addEventListener('abort', () => {
    stop();
    notice?.dispose();
  }, { once: true });
}

export default defineFeature('when-findings', init);
