// The badge in the corner of each compose body: how many findings wait, coloured by the most severe, and
// whether the Japanese dictionary is ready, and which checks could not run. Clicking it opens (or closes) the card on the first finding.
import { SEVERITY_RANK, type Severity } from '../../../engine/types';
import { Badge } from '../../card/Badge';
import { visibleBox } from '../geometry';
import type { ComposeSession } from '../session';
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

export function maxSeverity(list: readonly Severity[]): Severity | null {
  let best: Severity | null = null;
  for (const s of list) if (!best || SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}

function toggleCard(store: ComposeStore, session: ComposeSession): void {
  if (store.card.peek()?.sessionId === session.id) {
    store.card.value = null;
    return;
  }
  const first = store.entries(session)[0];
  if (first) store.card.value = { sessionId: session.id, key: first.key, sticky: true };
}

function Badges({ store }: { store: ComposeStore }) {
  store.frame.value;
  store.changed.value;
  const t = store.t.value;
  return (
    <>
      {store.sessions.value.map((s) => {
        const box = s.isClosed ? null : visibleBox(s.body);
        if (!box) return null;
        const entries = store.entries(s);
        return (
          <Badge
            key={s.id}
            composeId={s.id}
            // Bottom-right corner of the visible body; the badge is drawn up and left of this point.
            left={box.right - 8}
            top={box.bottom - 8}
            count={entries.length}
            severity={maxSeverity(entries.map((e) => e.finding.severity))}
            state={!s.checked ? 'loading' : entries.length > 0 ? 'issues' : 'clean'}
            checks={s.checks}
            japaneseReady={s.japaneseReady}
            dictionaryError={s.dictionaryError}
            failedRules={s.failedRules}
            lang={store.lang.value}
            t={t}
            onOpen={() => toggleCard(store, s)}
          />
        );
      })}
    </>
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  store.mount('badges', () => <Badges store={store} />, signal);
}

export default defineFeature('badge', init);
