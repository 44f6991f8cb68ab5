// The findings of a compose window's own text (body and subject) as the features show them.
import type { ComposeSession, ShownFinding } from './session';
import { inputTextBox, visibleBox, type Box } from './geometry';
import type { Entry } from './store';

/** Screen boxes of a finding: its text's line boxes inside the visible body, or the measured span of the subject. */
export function itemBoxes(item: ShownFinding, bodyBox: Box | null): Box[] {
  if (item.range) {
    if (!bodyBox) return [];
    return [...item.range.getClientRects()]
      .filter((r) => r.width > 0 && r.bottom > bodyBox.top && r.top < bodyBox.bottom)
      .map((r) => ({ left: Math.max(r.left, bodyBox.left), right: Math.min(r.right, bodyBox.right), top: r.top, bottom: r.bottom }));
  }
  const box = item.input ? inputTextBox(item.input, item.finding.start, item.finding.end) : null;
  return box ? [box] : [];
}

/** Scrolls a finding into view inside its compose window (no focus or selection change). */
export function revealItem(item: ShownFinding): void {
  const el = item.range ? item.range.startContainer.parentElement : item.input;
  el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

export function textEntries(session: ComposeSession): Entry[] {
  // The body's visible box is measured once for all of its findings, and only when asked.
  let bodyBox: Box | null | undefined;
  const body = () => (bodyBox === undefined ? (bodyBox = visibleBox(session.body)) : bodyBox);
  return session.liveItems().map((item) => ({
    key: item.key,
    finding: item.finding,
    flagged: item.flagged,
    range: item.range,
    boxes: () => itemBoxes(item, body()),
    apply: (index) => session.apply(item, index),
    ignore: () => session.ignore(item),
    reveal: () => revealItem(item),
  }));
}
