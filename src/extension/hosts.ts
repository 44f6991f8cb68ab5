/** The mail hosts Nemawashi reads compose windows on, and nothing else (manifest host_permissions). */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];
