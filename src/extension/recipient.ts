// Who a draft is for, when the content script knows the addresses but not the relationship.
import type { Recipient } from '../engine/types';
import type { Policy } from '../policy/schema';
import type { AnalyzeRequest } from './protocol';

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  return address.slice(at + 1).trim().replace(/>$/, '').toLowerCase() || null;
}

/** True when `domain` is `internal` or one of its subdomains (tokyo.example.co.jp is example.co.jp). */
function isWithin(domain: string, internal: string): boolean {
  const d = internal.toLowerCase();
  return domain === d || domain.endsWith(`.${d}`);
}

/**
 * The draft's own context wins; otherwise a mail whose every address is in an internal domain is
 * internal (client etiquette does not apply). Undefined leaves the engine's default (client).
 */
export function resolveRecipient(request: Pick<AnalyzeRequest, 'draft' | 'recipients'>, policy: Policy): Recipient | undefined {
  const own = request.draft.context?.recipient;
  if (own) return own;
  const addresses = request.recipients ?? [];
  if (addresses.length === 0 || policy.internalDomains.length === 0) return undefined;
  const internal = addresses.every((address) => {
    const domain = domainOf(address);
    return domain !== null && policy.internalDomains.some((d) => isWithin(domain, d));
  });
  return internal ? 'internal' : undefined;
}
