import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAt, pointAt, readText, type TextMap } from '../../../src/adapters/text-map';
import { GMAIL_BODY_READ } from '../../../src/adapters/gmail/selectors';
import { OUTLOOK_BODY_READ } from '../../../src/adapters/outlook/selectors';
import { editable, replaceBetween } from './dom';

const read = (html: string, options = {}) => readText(editable(html), options).text;

/** The text between two offsets, read back through the DOM points (what a Range over them would cover). */
function textBetween(map: TextMap, start: number, end: number): string {
  const from = pointAt(map, start, true);
  const to = pointAt(map, end, false);
  return map.text.slice(offsetAt(map, from.node, from.offset), offsetAt(map, to.node, to.offset));
}

describe('readText: lines as the person sees them', () => {
  it('reads Gmail-style lines: a bare first line, one <div> a line, <div><br></div> for an empty line', () => {
    expect(read('Dear Sato-sama,<div><br></div><div>Thank you.</div><div>Best</div>')).toBe('Dear Sato-sama,\n\nThank you.\nBest');
  });

  it('reads Outlook-style paragraphs', () => {
    const html =
      '<div class="elementToProof">Hello</div><div class="elementToProof"><br></div><div class="elementToProof">World</div>';
    expect(read(html)).toBe('Hello\n\nWorld');
  });

  it('treats <br> as a line break, a trailing <br> in a block as nothing, and <br><br> as an empty line', () => {
    expect(read('a<br>b')).toBe('a\nb');
    expect(read('<div>a<br></div><div>b</div>')).toBe('a\nb');
    expect(read('a<br><br>b')).toBe('a\n\nb');
    expect(read('<div><br></div><div>b</div>')).toBe('\nb');
    expect(read('a<br><div>b</div>')).toBe('a\nb');
  });

  it('keeps nested formatting and links inline and turns &nbsp; into a plain space, one for one', () => {
    const html = '<div>We <b>cannot <i>do</i></b>&nbsp;<a href="https://x.example">this</a>&nbsp;&nbsp;now.</div>';
    expect(read(html)).toBe('We cannot do this  now.');
  });

  it('collapses formatting white space in the HTML source but not &nbsp;', () => {
    const html = `
      <div>
        <span>御社の</span>
        <span>件</span>
      </div>
      <div>  two&nbsp; spaces  </div>`;
    expect(read(html)).toBe('御社の 件 \ntwo  spaces ');
  });

  it('keeps "\\n" in text as a line break when the editor preserves white space', () => {
    const map = readText(editable('line one\nline  two'), { preserveWhitespace: true });
    expect(map.text).toBe('line one\nline  two');
    expect(map.runs).toHaveLength(1);
  });

  it('drops zero-width caret placeholders without shifting offsets', () => {
    const map = readText(editable('a\u200bb'));
    expect(map.text).toBe('ab');
    expect(pointAt(map, 1, true)).toEqual({ node: map.runs[0]!.node, offset: 2 });
  });
});

describe('readText: quoted history and signatures are left out, offsets stay exact', () => {
  it('Gmail: skips .gmail_quote and the signature', () => {
    const html =
      '<div dir="ltr">了解いたしました。<div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">山田</div></div>' +
      '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, Sato wrote:<br></div>' +
      '<blockquote class="gmail_quote">御社の件、了解しました。</blockquote></div>';
    const map = readText(editable(html), GMAIL_BODY_READ);
    expect(map.text.trimEnd()).toBe('了解いたしました。');
    expect(map.text).not.toContain('御社');
  });

  it('Outlook: stops at #appendonsend / #divRplyFwdMsg and skips #Signature', () => {
    const html =
      '<div class="elementToProof">No, that is fine.</div><div id="Signature"><div>Taro Yamada</div></div>' +
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Sato</div><div>No, that\'s out of scope.</div>';
    const map = readText(editable(html), OUTLOOK_BODY_READ);
    expect(map.text).toBe('No, that is fine.');
  });

  it('a quote in the middle keeps the text after it on its own line, with exact offsets', () => {
    const html = '<div>before</div><blockquote class="gmail_quote">quoted</blockquote><div>after 御社</div>';
    const map = readText(editable(html), GMAIL_BODY_READ);
    expect(map.text).toBe('before\nafter 御社');
    const start = map.text.indexOf('御社');
    const p = pointAt(map, start, true);
    expect((p.node as Text).data.slice(p.offset, p.offset + 2)).toBe('御社');
  });
});

describe('pointAt / offsetAt', () => {
  it('maps a range start to the next real character and a range end to the previous one across a line break', () => {
    const map = readText(editable('<div>ab</div><div>cd</div>'));
    expect(map.text).toBe('ab\ncd');
    const start = pointAt(map, 2, true);
    expect((start.node as Text).data).toBe('cd');
    expect(start.offset).toBe(0);
    const end = pointAt(map, 3, false);
    expect((end.node as Text).data).toBe('ab');
    expect(end.offset).toBe(2);
  });

  it('resolves element points to the next character', () => {
    const root = editable('<div>ab</div><div>cd</div>');
    const map = readText(root);
    expect(offsetAt(map, root, 1)).toBe(3);
    expect(offsetAt(map, root, 2)).toBe(5);
  });

  it('handles an empty editable', () => {
    const root = editable('<br>');
    const map = readText(root);
    expect(map.text).toBe('');
    expect(pointAt(map, 0, true)).toEqual({ node: root, offset: 0 });
  });
});

// ── Property tests: random drafts rendered the way each client renders them, read back exactly. ──

type Piece = { text: string; wrap: 'none' | 'b' | 'i' | 'span' | 'a' | 'font'; nbsp: boolean; split: number };
type Style = 'gmail' | 'outlook' | 'br' | 'p';

const CHARS = ['a', 'B', 'z', '御', '社', '了', '解', 'で', 'す', '。', ',', '!', '1', 'é', '😀'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
const piece = fc.record({
  text: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  wrap: fc.constantFrom('none', 'b', 'i', 'span', 'a', 'font'),
  nbsp: fc.boolean(),
  split: fc.nat(8),
}) as fc.Arbitrary<Piece>;
const line = fc.array(piece, { minLength: 0, maxLength: 4 });
const draft = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  style: fc.constantFrom('gmail', 'outlook', 'br', 'p') as fc.Arbitrary<Style>,
  quote: fc.boolean(),
});

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Pieces of a line join with a space; spaces are &nbsp; or plain, and a piece may be split in two text nodes. */
function lineText(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join(' ');
}

function pieceHtml(p: Piece, sep: string): string {
  const cut = Math.min(p.split, p.text.length);
  // Split only between UTF-16 code units of whole characters (never inside a surrogate pair).
  const safeCut = /[\uDC00-\uDFFF]/.test(p.text[cut] ?? '') ? cut - 1 : cut;
  const inner = [p.text.slice(0, safeCut), p.text.slice(safeCut)].filter(Boolean).map(escape).join('<span></span>');
  const body = p.nbsp ? inner.replace(/ /g, '&nbsp;') : inner;
  const wrapped =
    p.wrap === 'none' ? body : p.wrap === 'a' ? `<a href="https://example.com/">${body}</a>` : p.wrap === 'font' ? `<font color="red">${body}</font>` : `<${p.wrap}>${body}</${p.wrap}>`;
  return wrapped + sep;
}

function lineHtml(pieces: Piece[]): string {
  return pieces.map((p, i) => pieceHtml(p, i < pieces.length - 1 ? (p.nbsp ? '&nbsp;' : ' ') : '')).join('');
}

function render(lines: Piece[][], style: Style): string {
  const inner = lines.map(lineHtml);
  switch (style) {
    case 'gmail':
      // Gmail: the first line is bare; later lines are <div>s; an empty line is <div><br></div>.
      return inner.map((h, i) => (i === 0 ? h || '<br>' : `<div>${h || '<br>'}</div>`)).join('');
    case 'outlook':
      return inner.map((h) => `<div class="elementToProof">${h || '<br>'}</div>`).join('');
    case 'p':
      return inner.map((h) => `<p>${h || '<br>'}</p>`).join('');
    case 'br':
      return inner.join('<br>') + (inner[inner.length - 1] === '' ? '<br>' : '');
  }
}

function expectedText(lines: Piece[][]): string {
  return lines.map(lineText).join('\n');
}

const QUOTE = '<div class="gmail_quote"><blockquote class="gmail_quote">御社 了解しました</blockquote></div>';

describe('property: text → DOM → text', () => {
  it('reads back exactly the text that was rendered, in every client style, with or without quoted history', () => {
    fc.assert(
      fc.property(draft, ({ lines, style, quote }) => {
        const html = render(lines, style) + (quote ? QUOTE : '');
        const map = readText(editable(html), GMAIL_BODY_READ);
        expect(map.text).toBe(expectedText(lines));
      }),
      { numRuns: 400 },
    );
  });

  it('maps every character boundary to the DOM and back', () => {
    fc.assert(
      fc.property(draft, ({ lines, style }) => {
        const map = readText(editable(render(lines, style)), GMAIL_BODY_READ);
        const synthetic = syntheticBreaks(map);
        for (let o = 0; o <= map.text.length; o++) {
          if (o < map.text.length && !synthetic.has(o)) {
            const p = pointAt(map, o, true);
            expect(offsetAt(map, p.node, p.offset)).toBe(o);
          }
          if (o > 0 && !synthetic.has(o - 1)) {
            const p = pointAt(map, o, false);
            expect(offsetAt(map, p.node, p.offset)).toBe(o);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('replacing a range through its DOM points changes exactly that range of the text', () => {
    const withRange = draft.chain((d) => {
      const text = expectedText(d.lines);
      return fc.record({
        d: fc.constant(d),
        a: fc.nat(Math.max(0, text.length)),
        b: fc.nat(Math.max(0, text.length)),
        replacement: fc.array(fc.constantFrom('貴', '社', 'x', 'Y'), { minLength: 1, maxLength: 5 }).map((c) => c.join('')),
      });
    });
    fc.assert(
      fc.property(withRange, ({ d, a, b, replacement }) => {
        const root = editable(render(d.lines, d.style));
        const map = readText(root, GMAIL_BODY_READ);
        const start = Math.min(a, b);
        let end = Math.max(a, b);
        // A finding lies within one line: clamp the range to the line that holds its start.
        const lineEnd = map.text.indexOf('\n', start);
        if (lineEnd >= 0) end = Math.min(end, lineEnd);
        if (start === end) return;
        if (isLowSurrogate(map.text, start) || isLowSurrogate(map.text, end)) return;
        replaceBetween(root, pointAt(map, start, true), pointAt(map, end, false), replacement);
        expect(readText(root, GMAIL_BODY_READ).text).toBe(map.text.slice(0, start) + replacement + map.text.slice(end));
      }),
      { numRuns: 400 },
    );
  });
});

function syntheticBreaks(map: TextMap): Set<number> {
  const covered = new Uint8Array(map.text.length);
  for (const r of map.runs) covered.fill(1, r.start, r.end);
  const out = new Set<number>();
  covered.forEach((c, i) => c === 0 && out.add(i));
  return out;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
