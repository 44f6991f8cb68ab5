import { defineRule } from '../../../engine/rule';
import type { Policy } from '../../../policy/schema';
import type { Suggestion } from '../../../engine/types';
import { addressBlock, domainOf, isExternal, isWithin, normalise, type CompanyMention, type RecipientEntry } from './block';

type Client = Policy['clients'][number];

/** Mail services anyone can have an address at: their domain says nothing about a company. */
const FREE_MAIL = /^(gmail\.com|googlemail\.com|yahoo\.[a-z.]+|outlook\.[a-z.]+|hotmail\.[a-z.]+|live\.[a-z.]+|icloud\.com|me\.com|aol\.com|proton(mail)?\.[a-z.]+|docomo\.ne\.jp|ezweb\.ne\.jp|softbank\.ne\.jp|i\.softbank\.jp)$/;

function clientNamed(mention: CompanyMention, policy: Policy): Client | undefined {
  const m = normalise(mention.text);
  if (m.length < 2) return undefined;
  return policy.clients.find((c) => [c.name, ...c.aliases].some((n) => {
    const x = normalise(n);
    return x.length >= 2 && (x === m || m.includes(x) || x.includes(m));
  }));
}

function clientOf(domain: string, policy: Policy): Client | undefined {
  return policy.clients.find((c) => c.domains.some((d) => isWithin(domain, d)));
}

/** "Globex Corporation" and globex.co.jp, or "Nippon Telegraph and Telephone" and ntt.co.jp. */
function latinNameFitsDomain(mention: CompanyMention, domain: string): boolean {
  const words = mention.text.normalize('NFKC').toLowerCase().replace(/\b(corporation|corp|incorporated|inc|co|ltd|limited|k\.k|llc|gmbh|group)\b\.?/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
  const labels = domain.split('.').filter((l) => !/^(co|or|ne|ac|go|com|net|org|jp|de|uk|us|io|biz|info|mail)$/.test(l));
  const initials = words.filter((w) => !['and', 'of', 'the', '&'].includes(w)).map((w) => w[0]).join('');
  return labels.some((l) => {
    const flat = l.replace(/-/g, '');
    return words.some((w) => w.length >= 3 && (flat.includes(w) || w.includes(flat))) || (initials.length >= 2 && flat.startsWith(initials));
  });
}

/**
 * The address block names another company than the one the mail goes to: the classic copy-paste accident of a
 * proposal sent to one client with another client's name on it. Known companies come from the policy's
 * clients (names, aliases, mail domains); an English company name is also compared with the recipients' domains.
 */
export default defineRule({
  id: 'any.honorific.salutation-wrong-company',
  lang: 'any',
  category: 'honorific',
  severity: 'error',
  title: { en: 'Address block names another company', ja: '宛名の会社名が宛先の会社と違う' },
  rationale: {
    en: 'A mail that greets one company while going to another shows the reader that it was written for a competitor, or copied from a mail to one. Few mistakes damage trust in a Japanese client faster.',
    ja: '宛先と違う会社名で始まるメールは、他社向けの文面の使い回しであることを相手に知らせてしまいます。信頼を損なう、最も避けたい誤りの一つです。',
  },
  examples: {
    valid: [
      { text: 'Globex Corporation\nMr. Smith\n\nThank you for your order.', context: { recipients: [{ name: 'John Smith', address: 'john.smith@globex.com' }] } },
      { text: 'Nippon Telegraph and Telephone Corporation\nMr. Sato\n\nThank you for your order.', context: { recipients: [{ name: 'Taro Sato', address: 'sato@ntt.co.jp' }] } },
      // A free-mail address says nothing about the company.
      { text: 'Globex Corporation\nMr. Smith\n\nThank you for your order.', context: { recipients: [{ name: 'John Smith', address: 'john.smith@gmail.com' }] } },
      // Without known clients a Japanese company name cannot be compared with a domain.
      { text: '株式会社さくら商事\n佐藤様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@midori-bussan.co.jp' }] } },
      { text: 'Globex Corporation\nMr. Smith\n\nThank you for your order.' },
    ],
    invalid: [
      {
        text: 'Initech Inc.\nMr. Smith\n\nThank you for your order.',
        context: { recipients: [{ name: 'John Smith', address: 'john.smith@globex.com' }] },
        flagged: 'Initech Inc.',
        outputs: [],
      },
    ],
  },
  document(ctx) {
    if (ctx.field !== 'body') return;
    const external = (ctx.draft.context.recipients ?? []).filter((r) => isExternal(r, ctx.policy));
    const domains = [...new Set(external.map((r) => domainOf(r.address)).filter((d): d is string => !!d && !FREE_MAIL.test(d)))];
    if (domains.length === 0) return;
    const theirs = [...new Set(domains.map((d) => clientOf(d, ctx.policy)).filter((c): c is Client => !!c))];
    for (const mention of addressBlock(ctx.text, ctx.policy).companies) {
      const named = clientNamed(mention, ctx.policy);
      let wrong: boolean;
      if (named) {
        // A known client: wrong when no recipient is at that client, and the recipients' company is known too
        // (or every recipient is at a company domain that is not the named client's).
        wrong = !domains.some((d) => named.domains.some((x) => isWithin(d, x))) && (theirs.length > 0 || named.domains.length > 0);
      } else if (/[A-Za-z]/.test(mention.text) && !/[\u3040-\u30ff\u3400-\u9fff]/.test(mention.text)) {
        wrong = theirs.length === 0 && !domains.some((d) => latinNameFitsDomain(mention, d));
      } else continue;
      if (!wrong) continue;
      const suggestions: Suggestion[] = theirs.slice(0, 2).map((c) => ({ text: sameForm(mention.text, c.name), label: `Address ${c.name}`, labelJa: `${c.name} 宛てにする` }));
      const to = theirs.length > 0 ? theirs.map((c) => c.name).join(', ') : domains.join(', ');
      ctx.report({
        start: mention.start,
        end: mention.end,
        message: `“${mention.text}” is not the company this mail goes to (${to}).`,
        messageJa: `宛名の「${mention.text}」は、宛先の会社（${to}）ではありません。`,
        suggestions,
      });
    }
  },
});

/** The client's name written the way the mention was (keeps "株式会社" where it stood when the name lacks it). */
function sameForm(mention: string, name: string): string {
  if (/株式会社|有限会社|合同会社/.test(name)) return name;
  if (mention.startsWith('株式会社')) return `株式会社${name}`;
  if (mention.endsWith('株式会社')) return `${name}株式会社`;
  return name;
}

export type { RecipientEntry };
