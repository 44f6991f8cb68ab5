// Round 28 (refusal28): English refusals round 27's unread sets showed missed, read as structure (/work/BRIEF28.md).
// Our own wordings, in different shapes:
// - P: what the reader asked for left out of our plans — a negator reaching a plan noun (roadmap, pipeline, backlog, our
//   plans, a release to come, a development schedule) through "in / on / part of", or "no plans" — with their ask in
//   sight (named here or just before, a question included; a reply's subject) (src/engine/analysis/en-plan-denied.ts).
// - H: a price we cannot hold, said by our side in a reply: the refusal stands beside the rise it implies (flat-no
//   holdRefusedInReply, ownAct), not guarded away as price news.
// - T: an answer cell glossed in brackets or in the other language ("No (not supported)", "Not possible / 不可") and a
//   mark of no (✗) in an answer sheet (en-verdict.ts cellEnds, NO_MARK).
// - D: "We have decided to pass on the pilot": a perfect of deciding is the decision (en-acts.ts passesOn).
// Near misses: a plan that reassures ("no plans to raise prices"), the plan affirmed, a cushion with an alternative, our
// diary, a price given up as a change ("no longer"), a notice that is no reply, a spec
// table nobody asked about, a pass on comments reported.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { englishRules } from '../../../src/rules/en';
import { enArai as mail } from '../mail-wrappers';

const engine = new Engine({ rules: englishRules });
const context = { recipient: 'client' as const, firstContact: false, now: '2026-12-05' };
const refusals = (subject: string, body: string) =>
  engine.analyze({ subject, body: mail(body), context }).filter((f) => f.category === 'blunt-refusal' && f.field === 'body');

type Row = [subject: string, body: string];

const P_FLAGGED: Row[] = [
  ['Consolidated reporting', 'Thanks for your question on consolidated reporting.\nMulti-entity consolidation is not in the current roadmap.'],
  ['Offline mode', 'Thank you for asking about offline mode.\nOffline mode isn\'t on the roadmap.'],
  ['Re: Linux client', 'There are no plans for a Linux client.'],
  ['Re: Linux client', 'We have no plans to build a Linux client.'],
  ['Re: Linux client', 'A Linux client is not part of our product plans.'],
  ['Re: SAML', 'SAML support isn\'t included in our roadmap.'],
  ['Re: SAML', 'We do not have SAML on the roadmap.'],
  ['Re: Open API', 'An open API will not be part of the next release.'],
  ['Re: Open API', 'An open API is not on our development schedule.'],
  ['API', 'Regarding your request for an open API: it is not in our pipeline for 2027.'],
];
const P_CLEAN: Row[] = [
  ['Re: Pricing', 'There are no plans to change your price this year.'],
  ['Re: Model X', 'There are no plans to discontinue the model.'],
  ['Re: Pricing', 'A price increase is not on our roadmap for 2027.'],
  ['Re: Open API', 'The open API is in the current roadmap for Q3.'],
  ['Re: Open API', 'Unfortunately an open API is not in the current roadmap, but we could export the data to CSV every night. Would that help?'],
  ['Team update', 'Next week I am travelling; the Osaka visit is not on my schedule yet.'],
  ['Product news', 'Offline mode is not in the current roadmap.'],
];

const H_FLAGGED: Row[] = [
  ['Re: Phase 2 inspection fee', 'Thank you for your email regarding Phase 2.\nThe fee for Phase 2 will be 12% higher than the Phase 1 rate.\nWe are not able to hold the Phase 1 rate for Phase 2.'],
  ['Re: 2027 pricing', 'Thank you for your message about 2027.\nThe unit price will be JPY 1,250 from January.\nWe cannot keep the 2026 price for next year.'],
];
const H_CLEAN: Row[] = [
  ['Price revision from April', 'Copper has risen by 35%.\nIt is not possible anymore to keep the current price.'],
  ['Re: 2027 pricing', 'Copper has risen by 35% since spring.\nWe are no longer able to keep the current price.'],
  ['Re: 2027 pricing', 'With regret, I must let you know that we cannot hold our 2026 prices into 2027, and I would like to visit you to explain.'],
];

const T_FLAGGED: Row[] = [
  ['Re: Your requests', 'Thank you for your list of requests. Our answers are below.\n\n| Request | Answer |\n|---|---|\n| Japanese drawings | Yes, by end of March |\n| Lead time 4 weeks | Not possible / 不可 |'],
  ['Re: Your requests', 'Thank you for your list of requests. Our answers are below.\n\n| Request | Answer |\n|---|---|\n| Japanese drawings | Yes |\n| Custom colours | No (not supported) |'],
  ['Re: Your requests', 'Thank you for your list of requests. Our answers are below.\n\n| Request | Answer |\n|---|---|\n| Japanese drawings | ✓ |\n| Weekend delivery | ✗ |'],
];
const T_CLEAN: Row[] = [
  ['VX-40 specifications', 'Please find the specifications of the VX-40 below.\n\n| Feature | VX-40 |\n|---|---|\n| Bluetooth | No (USB only) |\n| Wi-Fi | Yes |'],
  ['VX-40 specifications', 'Please find the specifications of the VX-40 below.\n\n| Feature | Supported |\n|---|---|\n| Bluetooth | ✗ |\n| Wi-Fi | ✓ |'],
];

const D_FLAGGED: Row[] = [
  ['Re: Pilot proposal', 'Thank you for the proposal.\nWe have decided to pass on the pilot.'],
];
const D_CLEAN: Row[] = [
  ['Re: Pilot feedback', 'Thank you for the feedback.\nWe have passed on your comments to the product team.'],
];

describe.each([
  ['P: a plan denied', P_FLAGGED, P_CLEAN],
  ['H: a price not held, in a reply', H_FLAGGED, H_CLEAN],
  ['T: glossed cells and marks of no', T_FLAGGED, T_CLEAN],
  ['D: a decision to pass', D_FLAGGED, D_CLEAN],
] as const)('%s', (_name, flagged, clean) => {
  it.each(flagged)('flags [%s] %s', (subject, body) => {
    expect(refusals(subject, body).length).toBeGreaterThan(0);
  });
  it.each(clean)('leaves [%s] %s', (subject, body) => {
    expect(refusals(subject, body)).toEqual([]);
  });
});
