// The adapters against the saved compose-window fixtures (the same DOM the end-to-end tests run on).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressesIn, isReplySubject } from '../../../src/adapters/dom-helpers';
import { gmailAdapter } from '../../../src/adapters/gmail';
import { outlookAdapter } from '../../../src/adapters/outlook';
import { readText } from '../../../src/adapters/text-map';
import { htmlDocument } from './dom';

const fixture = (client: string) => readFileSync(new URL(`../../e2e/fixtures/${client}/index.html`, import.meta.url), 'utf8');

/** The fixture page with some of its templates instantiated, as the fake client's script would. */
function page(client: 'gmail' | 'outlook', templates: string[]): Document {
  const source = htmlDocument(fixture(client).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
  const parts = templates.map((id) => (source.getElementById(id) as HTMLTemplateElement).innerHTML).join('\n');
  return htmlDocument(`<div id="app">${parts}</div>`);
}

describe('Gmail adapter', () => {
  it('finds a new message body, its window, subject and Send button', () => {
    const doc = page('gmail', ['tpl-compose']);
    const bodies = gmailAdapter.findBodies(doc);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.getAttribute('aria-label')).toBe('Message Body');
    const win = gmailAdapter.composeWindow(bodies[0]!)!;
    expect(win.root.contains(doc.querySelector('input[name="subjectbox"]'))).toBe(true);
    expect(gmailAdapter.subjectInput(win)?.name).toBe('subjectbox');
    expect(gmailAdapter.sendButton(win)?.textContent).toBe('Send');
    // A click on the button's inner text node still counts as the Send button.
    expect(gmailAdapter.sendButtonOf(win, gmailAdapter.sendButton(win)!.firstChild)).toBe(gmailAdapter.sendButton(win));
    expect(gmailAdapter.sendButtonOf(win, doc.querySelector('[aria-label="More send options"]'))).toBeNull();
  });

  it('keeps several compose windows apart', () => {
    const doc = page('gmail', ['tpl-compose', 'tpl-compose', 'tpl-reply']);
    const wins = gmailAdapter.findBodies(doc).map((b) => gmailAdapter.composeWindow(b)!);
    expect(wins).toHaveLength(3);
    expect(new Set(wins.map((w) => w.root)).size).toBe(3);
    for (const w of wins) expect(w.root.contains(w.body)).toBe(true);
  });

  it('reads recipients from chips, typed text and hidden fields; names from To chips only', () => {
    const doc = page('gmail', ['tpl-reply']);
    const win = gmailAdapter.composeWindow(gmailAdapter.findBodies(doc)[0]!)!;
    (win.root.querySelector('textarea[name="to"]') as HTMLTextAreaElement).value = 'Mika Ito <mika.ito@sakura-trading.co.jp>, ';
    expect(gmailAdapter.recipients(win)).toMatchObject({
      addresses: ['mika.ito@sakura-trading.co.jp', 'kenji.sato@sakura-trading.co.jp'],
      toNames: ['佐藤 健二'],
      list: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }],
    });
  });

  it('knows a reply by its quoted history and "Re:" subject, and reads none of the quote', () => {
    const doc = page('gmail', ['tpl-reply']);
    const win = gmailAdapter.composeWindow(gmailAdapter.findBodies(doc)[0]!)!;
    expect(gmailAdapter.isReply(win)).toBe(true);
    expect(gmailAdapter.threadSubject(win)).toMatch(/^Re: /);
    expect(readText(win.body, gmailAdapter.readOptions).text.trim()).toBe('');
  });

  it('leaves the signature out of a new message', () => {
    const doc = page('gmail', ['tpl-compose']);
    const body = gmailAdapter.findBodies(doc)[0]!;
    body.innerHTML = `御社の件<div><br></div>${(fixture('gmail').match(/<template id="tpl-signature">([\s\S]*?)<\/template>/) ?? [])[1]}`;
    const text = readText(body, gmailAdapter.readOptions).text;
    expect(text.trim()).toBe('御社の件');
  });
});

describe('Outlook adapter', () => {
  it('finds the body by role and label, and its window, subject and Send button', () => {
    const doc = page('outlook', ['tpl-compose']);
    const bodies = outlookAdapter.findBodies(doc);
    expect(bodies).toHaveLength(1);
    const win = outlookAdapter.composeWindow(bodies[0]!)!;
    expect(outlookAdapter.subjectInput(win)?.placeholder).toBe('Add a subject');
    expect(outlookAdapter.sendButton(win)?.getAttribute('title')).toBe('Send (Ctrl+Enter)');
    // The To and Cc wells are editable textboxes too, but never a compose body.
    expect(bodies[0]!.getAttribute('aria-label')).toMatch(/^Message body/);
  });

  it('reads pills in the To and Cc wells', () => {
    const doc = page('outlook', ['tpl-compose']);
    const win = outlookAdapter.composeWindow(outlookAdapter.findBodies(doc)[0]!)!;
    const to = win.root.querySelector('.well[data-field="to"]')!;
    to.innerHTML = '<span class="_pill" title="kenji.sato@sakura-trading.co.jp" aria-label="Sato Kenji"><span class="textContainer">Sato Kenji</span></span>';
    win.root.querySelector('.well[data-field="cc"]')!.textContent = 'boss@nemawashi-demo.example';
    expect(outlookAdapter.recipients(win)).toMatchObject({
      addresses: ['kenji.sato@sakura-trading.co.jp', 'boss@nemawashi-demo.example'],
      toNames: ['Sato Kenji'],
      list: [{ name: 'Sato Kenji', address: 'kenji.sato@sakura-trading.co.jp' }],
    });
    expect(outlookAdapter.isReply(win)).toBe(false);
  });

  it('stops reading at the reply history and skips the signature', () => {
    const doc = page('outlook', ['tpl-compose']);
    const body = outlookAdapter.findBodies(doc)[0]!;
    const history = (fixture('outlook').match(/<template id="tpl-reply-history">([\s\S]*?)<\/template>/) ?? [])[1]!;
    body.firstElementChild!.textContent = 'Thank you for your message.';
    body.insertAdjacentHTML('beforeend', history);
    const win = outlookAdapter.composeWindow(body)!;
    expect(readText(body, outlookAdapter.readOptions).text).toBe('Thank you for your message.');
    expect(outlookAdapter.isReply(win)).toBe(true);
  });
});

describe('helpers', () => {
  it('finds addresses in display strings', () => {
    expect(addressesIn('佐藤 健二 <Kenji.Sato@Sakura-Trading.co.jp>, b@x.example')).toEqual(['kenji.sato@sakura-trading.co.jp', 'b@x.example']);
  });
  it('recognises reply subjects in English and Japanese', () => {
    expect(isReplySubject('Re: quote')).toBe(true);
    expect(isReplySubject('RE：見積')).toBe(true);
    expect(isReplySubject('返信: 見積')).toBe(true);
    expect(isReplySubject('Regarding the quote')).toBe(false);
  });
});

describe('unknown DOM', () => {
  it('does not borrow another window’s Send button when its own is missing', () => {
    const doc = page('gmail', ['tpl-compose', 'tpl-compose']);
    const [a, b] = gmailAdapter.findBodies(doc);
    const winA = gmailAdapter.composeWindow(a!)!;
    winA.root.querySelector('.aoO')!.remove();
    expect(gmailAdapter.composeWindow(a!)).toBeNull();
    expect(gmailAdapter.composeWindow(b!)).not.toBeNull();
  });

  it('finds no window around a body with no Send button at all', () => {
    const doc = htmlDocument('<div><div g_editable="true" role="textbox" contenteditable="true"></div></div>');
    expect(gmailAdapter.composeWindow(gmailAdapter.findBodies(doc)[0]!)).toBeNull();
  });
});
