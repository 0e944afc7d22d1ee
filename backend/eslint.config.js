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
  money: ['core', 'accounts', 'sms', 'audit', 'realtime', 'orders'],
  notifications: ['core', 'accounts', 'sms', 'realtime', 'fleet', 'orders', 'chat', 'money'],
  chat: ['core', 'accounts', 'realtime', 'orders'],
  collections: ['core', 'accounts', 'sms', 'audit', 'fleet', 'money', 'realtime'],
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

const SHARED_VINE_RULES = {
  selector:
    "CallExpression[callee.object.name='vine'][callee.property.name=/^(number|string|date|boolean)$/]",
  message:
    'Use the shared rules (#core/validators/rules/number, boolean, text, date, position): one authority for ids, numbers, booleans, dates and text.',
}

const ONE_NOT_FOUND = {
  selector: "Property[key.name='code'][value.value='E_NOT_FOUND']",
  message:
    "A 404 is DomainException.notFound('Order'): one answer for a missing record, whichever way it is asked (REST, socket).",
}

/**
 * A file of a capability's `services/` holds one service: a class, its
 * default export; besides it the file exports only the types, constants and
 * errors of its interface. Free functions go to a rules file beside the
 * capability's folders, metrics to a declarations file, process-wide state
 * to a container singleton (docs/architecture.md, "One style").
 */
const SERVICE_STYLE = [
  {
    selector: 'Program:not(:has(ExportDefaultDeclaration > ClassDeclaration))',
    message:
      'A file in services/ default-exports its service class (docs/architecture.md, "One style"); plain functions and data belong in a file beside the capability\'s folders.',
  },
  {
    selector: 'ExportNamedDeclaration > FunctionDeclaration',
    message:
      'A service file exports no functions: make it a method of the service, or move a pure rule to a file outside services/ (docs/architecture.md, "One style").',
  },
  {
    selector:
      'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[init.type=/^(ArrowFunctionExpression|FunctionExpression)$/]',
    message:
      'A service file exports no functions: make it a method of the service, or move a pure rule to a file outside services/ (docs/architecture.md, "One style").',
  },
  {
    selector: "ExportNamedDeclaration > VariableDeclaration[kind!='const']",
    message:
      'A service file exports no mutable state: process-wide state lives in a container singleton (docs/architecture.md, "One style").',
  },
  {
    selector:
      "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[init.type='NewExpression'][init.callee.name!=/^(Set|Map)$/]",
    message:
      'A service file exports no instances (module singletons, metrics): bind a singleton in the provider, declare metrics beside the capability\'s folders (docs/architecture.md, "One style").',
  },
  {
    selector: 'ExportNamedDeclaration > ClassDeclaration:not([superClass])',
    message:
      'Besides its service, a service file exports only errors (classes that extend an error): one service per file (docs/architecture.md, "One style").',
  },
  {
    selector: "ExportNamedDeclaration[declaration=null][exportKind='value']",
    message:
      'A service file re-exports nothing: import from where it is declared (docs/architecture.md, "One style").',
  },
]

/**
 * Where a capability's domain logic lives besides `services/`: jobs, the
 * implementations of outside systems behind their interface (providers,
 * senders, routers, error reporters), session stores, health checks. Their
 * classes follow the service style too; the pure functions beside them (a
 * provider's wire format) are rules files, as they would be beside services/.
 */
const DOMAIN_LOGIC = [
  'jobs',
  'providers',
  'senders',
  'sessions',
  'routing',
  'health',
  'error_reporting',
].map((folder) => `app/*/${folder}/**/*.ts`)

/** A class exported by name that is not an error (`extends ...Error`, `...Exception`). */
const NAMED_CLASS =
  'ExportNamedDeclaration > ClassDeclaration:not([superClass.name=/(Error|Exception)$/])'

/**
 * The same rules for a file of DOMAIN_LOGIC that holds a class: one that
 * exports a class, by default or by name (which is refused: the class is the
 * default export, so the container and the generators find it alike).
 */
const CLASS_FILE = [
  'Program:has(ExportDefaultDeclaration > ClassDeclaration)',
  `Program:has(${NAMED_CLASS})`,
]
const CLASS_FILE_STYLE = [
  {
    selector: NAMED_CLASS,
    message:
      'A class of a capability\'s domain logic is the default export of its file, named for it (docs/architecture.md, "One style"); only errors are exported by name.',
  },
  ...SERVICE_STYLE.filter(
    // The file's own class is found above; its other classes by the rule just above.
    ({ selector }) => !selector.startsWith('Program') && !selector.includes('ClassDeclaration')
  ).map((rule) => ({
    ...rule,
    selector: CLASS_FILE.map((file) => `${file} > ${rule.selector}`).join(', '),
  })),
]

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
    ignores: ['app/core/validators/**', 'app/*/services/**', ...DOMAIN_LOGIC],
    rules: { 'no-restricted-syntax': ['error', SHARED_VINE_RULES, ONE_NOT_FOUND] },
  },
  {
    name: 'One service style (docs/architecture.md, "One style")',
    files: ['app/*/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', SHARED_VINE_RULES, ONE_NOT_FOUND, ...SERVICE_STYLE],
    },
  },
  {
    name: 'The service style for the classes of every capability\'s domain logic',
    files: DOMAIN_LOGIC,
    rules: {
      'no-restricted-syntax': ['error', SHARED_VINE_RULES, ONE_NOT_FOUND, ...CLASS_FILE_STYLE],
    },
  }
)
