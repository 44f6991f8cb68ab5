// Seeded drafts for the apply fuzz: English, Japanese and mixed lines with nested formatting (bold, italic,
// underline, links, styled spans), <br>s inside lines, lists and nested <div>s, no-break spaces, emoji
// (surrogate pairs, skin tones, ZWJ sequences, flags) and rare kanji outside the BMP. Written the way each
// client writes its body: Gmail a bare first line then one <div> a line; Outlook one
// <div class="elementToProof"> a paragraph. No white space that HTML would collapse (no leading, trailing or
// doubled plain spaces), so the text the extension reads is exactly the text in the DOM.

const NBSP = '\u00a0';
const EN = [
  'Hi', 'Kenji,', 'thx', 'for', 'the', 'call.', 'We', 'cannot', 'do', 'this', 'now.', 'Please', 'send', 'it', 'by', 'Friday.',
  'ASAP', 'sorry,', 'just', 'no,', 'that', 'is', 'out', 'of', 'scope.', 'Best', 'regards,', 'price', 'goes', 'up', '10%', 'in', 'April.',
];
const JA = [
  '佐藤様', 'いつもお世話になっております。', 'できません。', '了解しました', '御社', 'の', 'ご提案', 'ありがとうございます', '𠮷野家',
  '対応しません。', '納期', 'は', '来週', 'です', 'よろしくお願いいたします。', '見積もり', '𩸽',
];
const EMOJI = ['😀', '👍🏽', '🇯🇵', '👨‍👩‍👧', '❤️', '🙏', '🎉'];
const WRAPPERS = [
  ['<b>', '</b>'], ['<i>', '</i>'], ['<u>', '</u>'], ['<a href="https://example.com/offer">', '</a>'],
  ['<span style="color: rgb(200, 0, 0);">', '</span>'], ['<strong>', '</strong>'], ['<font color="#1155cc">', '</font>'],
];

/** mulberry32: a small seeded generator, so every draft is reproduced by its seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, items) => items[Math.floor(rnd() * items.length)];

/** The atoms of one line (words or phrases) with what separates each from the next ('' | ' ' | NBSP). */
function atoms(rnd, lang) {
  const count = 2 + Math.floor(rnd() * 9);
  const out = [];
  for (let i = 0; i < count; i++) {
    const kind = rnd();
    const ja = lang === 'ja' || (lang === 'mixed' && rnd() < 0.5);
    const text = kind < 0.12 ? pick(rnd, EMOJI) : ja ? pick(rnd, JA) : pick(rnd, EN);
    // English words are spaced (now and then by a no-break space); Japanese runs on, with a space at times.
    const sep = ja ? (rnd() < 0.15 ? (rnd() < 0.5 ? ' ' : NBSP) : '') : rnd() < 0.18 ? NBSP : ' ';
    out.push({ text, sep });
  }
  // A line may also end or start on a no-break space (it does not collapse).
  if (rnd() < 0.1) out[0].text = NBSP + out[0].text;
  out[out.length - 1].sep = rnd() < 0.1 ? NBSP : '';
  return out;
}

/** Atoms i..j-1 as HTML, spans of them wrapped in formatting, nested up to `depth` levels. */
function inline(rnd, list, i, j, depth) {
  let html = '';
  for (let k = i; k < j; ) {
    if (depth < 3 && rnd() < 0.3) {
      const len = 1 + Math.floor(rnd() * Math.min(3, j - k));
      const [open, close] = pick(rnd, WRAPPERS);
      // The separator after the span goes inside it or after it.
      const sepInside = rnd() < 0.5;
      const innerList = list.slice(k, k + len).map((a, n) => (n === len - 1 && !sepInside ? { ...a, sep: '' } : a));
      html += open + inline(rnd, innerList, 0, len, depth + 1) + close + (sepInside ? '' : list[k + len - 1].sep);
      k += len;
    } else {
      html += list[k].text + list[k].sep;
      k++;
    }
  }
  return html;
}

/** One line's HTML, now and then split by a <br>. */
function line(rnd, lang) {
  const list = atoms(rnd, lang);
  if (list.length > 3 && rnd() < 0.25) {
    const cut = 1 + Math.floor(rnd() * (list.length - 2));
    // No space may end the first part (it would sit before the <br>, where HTML drops it).
    const head = list.slice(0, cut).map((a, n) => (n === cut - 1 ? { ...a, sep: '' } : a));
    return `${inline(rnd, head, 0, head.length, 0)}<br>${inline(rnd, list.slice(cut), 0, list.length - cut, 0)}`;
  }
  return inline(rnd, list, 0, list.length, 0);
}

/** Blocks of a draft (each the HTML of one paragraph's content): lines, an empty line, a list, nested divs. */
function blocks(rnd, lang) {
  const out = [];
  const count = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.12 && i > 0) out.push('<br>');
    else if (r < 0.24) out.push(`<ul>${Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `<li>${line(rnd, lang)}</li>`).join('')}</ul>`);
    else if (r < 0.32) out.push(`<div><div>${line(rnd, lang)}</div></div>`);
    else out.push(line(rnd, lang));
  }
  return out;
}

const OUTLOOK_P = '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">';

/** Draft `index` of a run with `seed`, for `client`: { lang, html }. */
export function draft(seed, index, client) {
  const rnd = random(seed * 1000003 + index * 7919 + (client === 'gmail' ? 1 : 2));
  const lang = index % 3 === 0 ? 'en' : index % 3 === 1 ? 'ja' : 'mixed';
  const parts = blocks(rnd, lang);
  const html =
    client === 'gmail'
      ? parts.map((p, i) => (i === 0 && !p.startsWith('<') ? p : `<div>${p}</div>`)).join('')
      : parts.map((p) => `${OUTLOOK_P}${p}</div>`).join('');
  return { lang, html };
}
