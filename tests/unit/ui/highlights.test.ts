// The highlight painter paints only what changed, and two scripts on one page share the registered
// highlights without removing each other's ranges.
import { describe, expect, it } from 'vitest';
import { createHighlightPainter } from '../../../src/ui/compose/highlights';

class FakeHighlight extends Set<object> {
  priority = 0;
  adds = 0;
  deletes = 0;
  override add(v: object) {
    this.adds++;
    return super.add(v);
  }
  override delete(v: object) {
    this.deletes++;
    return super.delete(v);
  }
}

function fakeDocument() {
  const registry = new Map<string, FakeHighlight>();
  const view = { CSS: { highlights: registry }, Highlight: FakeHighlight };
  const doc = {
    defaultView: view,
    getElementById: () => null,
    createElement: () => ({}),
    head: { appendChild: () => undefined },
  };
  return { doc: doc as unknown as Document, registry };
}

const range = () => ({}) as Range;

describe('highlight painter', () => {
  it('repaints only the ranges that changed', () => {
    const { doc, registry } = fakeDocument();
    const painter = createHighlightPainter(doc)!;
    const kept = range();
    const gone = range();
    painter.paint('c1', [{ range: kept, severity: 'warning' }, { range: gone, severity: 'warning' }]);
    const warning = registry.get('nemawashi-warning')!;
    expect(warning.adds).toBe(2);
    const added = range();
    painter.paint('c1', [{ range: kept, severity: 'warning' }, { range: added, severity: 'error' }]);
    expect(warning.adds).toBe(2);
    expect(warning.deletes).toBe(1);
    expect([...warning]).toEqual([kept]);
    expect([...registry.get('nemawashi-error')!]).toEqual([added]);
    // A severity change moves the range between highlights.
    painter.paint('c1', [{ range: kept, severity: 'error' }]);
    expect(warning.size).toBe(0);
    expect([...registry.get('nemawashi-error')!]).toEqual([kept]);
  });

  it('shares the registered highlights with another painter on the page', () => {
    const { doc, registry } = fakeDocument();
    const mail = createHighlightPainter(doc)!;
    const calendar = createHighlightPainter(doc)!;
    const a = range();
    const b = range();
    mail.paint('m', [{ range: a, severity: 'warning' }]);
    calendar.paint('c', [{ range: b, severity: 'warning' }]);
    expect([...registry.get('nemawashi-warning')!]).toEqual([a, b]);
    calendar.dispose();
    expect([...registry.get('nemawashi-warning')!]).toEqual([a]);
    mail.dispose();
    expect(registry.has('nemawashi-warning')).toBe(false);
  });
});
