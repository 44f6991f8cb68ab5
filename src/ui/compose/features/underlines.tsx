// Marks findings in the text: the CSS Custom Highlight API paints body findings (only what changed since the
// last paint); what it cannot reach (subject fields, an invitation's date inputs, browsers without the API)
// gets a drawn underline in the UI layer.
import { effect, untracked } from '@preact/signals';
import { visibleBox } from '../geometry';
import { createHighlightPainter } from '../highlights';
import { debugSetting } from '../probe';
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

function Underlines({ store }: { store: ComposeStore }) {
  store.frame.value;
  store.changed.value;
  const painter = store.painter.value;
  const lines = [];
  for (const s of store.sessions.value) {
    if (s.isClosed || !visibleBox(s.body)) continue;
    for (const entry of store.entries(s)) {
      if (entry.range && painter) continue;
      for (const r of entry.boxes()) lines.push({ left: r.left, top: r.bottom - 1, width: r.right - r.left, severity: entry.finding.severity });
    }
  }
  return (
    <>
      {lines.map((u) => (
        <div class={`underline sev-${u.severity}`} style={{ left: `${u.left}px`, top: `${u.top}px`, width: `${u.width}px` }} />
      ))}
    </>
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const { doc, win } = store;
  // "nemawashi:highlights" = "off" draws underlines the way browsers without the Highlight API get them.
  const stopPainter = effect(() => {
    if (!store.ui.value || debugSetting(win, 'nemawashi:highlights') === 'off') return;
    const painter = createHighlightPainter(doc);
    store.painter.value = painter;
    return () => {
      painter?.dispose();
      store.painter.value = null;
    };
  });

  const painted = new Set<string>();
  const stopPaint = effect(() => {
    store.changed.value;
    const painter = store.painter.value;
    const sessions = store.sessions.value;
    untracked(() => {
      const open = new Set<string>();
      for (const s of sessions) {
        open.add(s.id);
        painted.add(s.id);
        painter?.paint(s.id, s.items.filter((i) => i.range).map((i) => ({ range: i.range!, severity: i.finding.severity })));
      }
      for (const id of painted) {
        if (open.has(id)) continue;
        painter?.clear(id);
        painted.delete(id);
      }
    });
  });

  // The debug probe's figures, published where a test (or a curious developer) can read them.
  const stopProbe = effect(() => {
    store.frame.value;
    const host = store.ui.value?.host;
    if (store.probe && host) host.dataset.keystrokeMs = JSON.stringify(store.probe.summary());
  });

  store.mount('underlines', () => <Underlines store={store} />, signal);
  signal.addEventListener('abort', () => {
    stopPaint();
    stopPainter();
    stopProbe();
  }, { once: true });
}

export default defineFeature('underlines', init);
