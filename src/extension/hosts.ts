/** The hosts Nemawashi reads drafts on, and nothing else (manifest host_permissions): every client's pages. */
import { CLIENT_MATCHES } from '../adapters/registry';

export const MAIL_HOSTS = CLIENT_MATCHES;
