import { configApp } from '@adonisjs/eslint-config'

/**
 * The capabilities of app/ and which others each may import: the one place
 * this is written (docs/architecture.md explains the reasons). A capability
 * always reaches its own files and `#config`, `#start`, `#generated`;
 * `platform` assembles the others (API document, health, web app) and may
 * import any of them. An import outside the table fails `make test`.
 */
export const CAPABILITIES = {
  core: [],
  sms: ['core'],
  audit: ['core'],
  accounts: ['core', 'sms', 'audit'],
  realtime: ['core', 'accounts'],
  fleet: ['core', 'accounts', 'audit'],
  orders: ['core', 'accounts', 'audit', 'fleet', 'realtime'],
  tracking: ['core', 'accounts', 'fleet', 'orders', 'realtime'],
  money: ['core', 'accounts', 'audit', 'realtime', 'orders'],
  notifications: ['core', 'accounts', 'sms', 'realtime', 'fleet', 'orders', 'chat', 'money'],
  chat: ['core', 'accounts', 'realtime', 'orders'],
  collections: ['core', 'accounts', 'sms', 'fleet', 'money', 'realtime'],
  ussd: ['core', 'accounts', 'collections', 'orders', 'tracking', 'money'],
  places: ['core', 'accounts'],
  platform: '*',
}

const names = Object.keys(CAPABILITIES)

/** no-restricted-imports for the files of one capability. */
function boundary(capability, allowed) {
  const forbidden =
    allowed === '*' ? [] : names.filter((n) => n !== capability && !allowed.includes(n))
  const patterns = [
    {
      regex: '^#app/',
      message: 'Import through the capability alias (#orders/..., #fleet/...), not #app/.',
    },
    {
      regex: '^\\.\\./',
      message: 'Import other folders through their # alias, as the rest of the app does.',
    },
  ]
  if (forbidden.length) {
    patterns.push({
      regex: `^#(${forbidden.join('|')})/`,
      message: `${capability} may use only ${[...allowed].join(', ') || 'itself'} (eslint.config.js, docs/architecture.md).`,
    })
  }
  return {
    name: `Capability boundary: ${capability}`,
    files: [`app/${capability}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-imports': ['error', { patterns }],
    },
  }
}

export default configApp(
  ...Object.entries(CAPABILITIES).map(([capability, allowed]) => boundary(capability, allowed)),
  {
    name: 'Every folder of app/ is a capability of the table above',
    files: ['app/*/**/*.ts'],
    ignores: names.map((n) => `app/${n}/**`),
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'A new folder in app/ is a capability: add it to CAPABILITIES in eslint.config.js and to docs/architecture.md.',
        },
      ],
    },
  },
  {
    name: 'Ids, numbers, booleans, dates and text are read by the edge rules of app/core/validators/rules',
    files: names.map((n) => `app/${n}/**/*.ts`),
    ignores: ['app/core/validators/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vine'][callee.property.name=/^(number|string|date|boolean)$/]",
          message:
            'Use the shared rules (#core/validators/rules/number, boolean, text, date, position): one authority for ids, numbers, booleans, dates and text.',
        },
      ],
    },
  }
)
