// Chrome's `storage.managed_schema`: what an administrator may set by enterprise policy. Each top-level key
// is a policy field (src/policy/schema.ts); the extension validates the whole with zod anyway, so this
// schema stays in the conservative subset Chrome's policy schema understands (types, properties, items).
// A unit test checks it names every policy field.
const level = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };
const strings = { type: 'array', items: { type: 'string' } };

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    version: { type: 'integer' },
    internalDomains: { ...strings, description: 'Recipient domains that make a mail internal, e.g. example.co.jp' },
    rules: { type: 'object', description: 'Level per rule id', additionalProperties: level },
    categories: { type: 'object', description: 'Level per category', additionalProperties: level },
    allow: { ...strings, description: 'Phrases never flagged' },
    customRules: {
      type: 'array',
      description: 'Organisation rules: existence (flag phrases) or substitution (swap phrases)',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['existence', 'substitution'] },
          id: { type: 'string' },
          message: { type: 'string' },
          messageJa: { type: 'string' },
          level: { type: 'string', enum: ['info', 'warning', 'error'] },
          audience: { type: 'array', items: { type: 'string', enum: ['client', 'prospect', 'internal'] } },
          phrases: strings,
          suggestion: { type: 'string' },
          swap: { type: 'object', additionalProperties: { type: 'string' } },
          ignoreCase: { type: 'boolean' },
        },
      },
    },
    confirmBeforeSend: { type: 'boolean', description: 'Ask before sending while an error-level finding remains' },
    uiLanguage: { type: 'string', enum: ['auto', 'en', 'ja'] },
    sendCheck: { type: 'object', description: 'When Send asks first: threshold and categories' },
    organisation: { type: 'object', description: "The organisation's own company names and brands" },
    clients: { type: 'array', items: { type: 'object' }, description: 'Client companies and their aliases' },
    meetings: { type: 'object', description: 'Business hours and time zones for meeting checks' },
  },
} as const;

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
