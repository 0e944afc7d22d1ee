import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import OpenApiService from '#platform/services/openapi_service'
import { CURRENCY } from '#core/money_format'
import OpenApiTypesService, {
  WEB_API_ENUMS,
  WEB_API_TYPES,
} from '#platform/services/openapi_types_service'

test.group('Web app API types', () => {
  test('the committed web/src/app/core/api/openapi.d.ts matches the OpenAPI document', async ({
    assert,
  }) => {
    const service = new OpenApiTypesService(WEB_API_TYPES)
    const [expected, committed] = await Promise.all([service.generate(), service.committed()])
    assert.isTrue(
      expected === committed,
      'The web app\'s API types are stale: run "cd backend && node ace openapi:types" and commit ' +
        'web/src/app/core/api/openapi.d.ts (then fix what `npm run lint -w web` reports)'
    )
  }).timeout(30_000)

  test('the committed web/src/app/core/api/openapi-enums.ts matches the document', async ({
    assert,
  }) => {
    const service = new OpenApiTypesService(WEB_API_TYPES)
    const [expected, committed] = await Promise.all([
      service.generateEnums(),
      service.committed(WEB_API_ENUMS),
    ])
    assert.isTrue(
      expected === committed,
      'The web app\'s API enums are stale: run "cd backend && node ace openapi:types" and commit ' +
        'web/src/app/core/api/openapi-enums.ts'
    )
  }).timeout(30_000)

  test('a named enum of the document is a list of values typed by it', async ({ assert }) => {
    const source = await new OpenApiTypesService(WEB_API_TYPES).generateEnums({
      components: {
        schemas: {
          TruckKind: { type: 'string', enum: ['flatbed', 'tanker'] },
          Truck: {
            type: 'object',
            properties: { kind: { $ref: '#/components/schemas/TruckKind' } },
          },
        },
      },
    })
    assert.match(
      source,
      /export const truckKindValues = \[\s*'flatbed',\s*'tanker',?\s*\] as const satisfies readonly Schemas\['TruckKind'\]\[\];/
    )
    assert.notInclude(source, 'truckValues')
  }).timeout(30_000)

  test("a change in the API's currency table reaches the web app's currencyFacts", async ({
    assert,
  }) => {
    const document = new OpenApiService().document() as {
      components: { schemas: Record<string, Record<string, unknown>> }
    }
    assert.deepEqual(document.components.schemas.Currency['x-facts'], CURRENCY)
    // Were KES to gain a third digit in money_format.ts, the web app would scale by it.
    document.components.schemas.Currency['x-facts'] = {
      ...CURRENCY,
      KES: { minorDigits: 3, country: 'KE' },
    }
    const source = await new OpenApiTypesService(WEB_API_TYPES).generateEnums(document)
    assert.match(
      source,
      /export const currencyFacts = \{\n(?: {2}.*\n)* {2}KES: \{ minorDigits: 3, country: 'KE' \},/
    )
    assert.match(source, /as const satisfies Readonly<Record<Schemas\['Currency'\], unknown>>;/)
  }).timeout(30_000)

  test('a documented change shows up in the generated types', async ({ assert }) => {
    const service = new OpenApiTypesService(WEB_API_TYPES)
    const source = await service.generate({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Truck: {
            type: 'object',
            required: ['plate'],
            properties: { plate: { type: 'string' }, axles: { type: 'integer' } },
          },
        },
      },
    })
    assert.include(source, 'Truck: {')
    assert.match(source, /axles\?: number;/)
    assert.match(source, /plate: string;/)
  }).timeout(30_000)
})

/** The named string enums of the API document: name -> values. */
function namedEnums() {
  const { components } = new OpenApiService().document() as {
    components: { schemas: Record<string, { type?: unknown; enum?: string[] }> }
  }
  return Object.entries(components.schemas).flatMap(([name, schema]) =>
    schema.type === 'string' && Array.isArray(schema.enum) ? [[name, schema.enum] as const] : []
  )
}

/** Every list literal of quoted strings only (`['KE', 'SN']`) and every union of string literals, as its strings. */
function stringLists(source: string) {
  const lists: string[][] = []
  for (const [, body] of source.matchAll(/\[([^\[\]]*)\]/g)) {
    const items = body
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
    if (items.length < 2 || !items.every((item) => /^(['"])[^'"]*\1$/.test(item))) continue
    lists.push(items.map((item) => item.slice(1, -1)))
  }
  // And unions of literal types (`'KE' | 'SN' | 'TZ' | 'UG'`).
  for (const [union] of source.matchAll(/'[^'\n]*'(?:\s*\|\s*'[^'\n]*')+/g)) {
    lists.push(union.split('|').map((item) => item.trim().slice(1, -1)))
  }
  return lists
}

/**
 * Every list literal of quoted strings only (`['clerk', 'grader']`): values,
 * not types (a union narrowing a signal's type decides nothing), nor a
 * schema's `examples`.
 */
function valueLists(source: string) {
  return stringLists(
    source.replace(/'[^'\n]*'(?:\s*\|\s*'[^'\n]*')+/g, '').replace(/^.*examples:.*$/gm, '')
  )
}

/** The .ts (and .html) files under `root`, relative to it. */
async function sourcesUnder(root: string, extensions = /\.ts$/) {
  const all = await readdir(root, { recursive: true })
  return all
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => extensions.test(file) && !/\.spec\.ts$/.test(file))
}

/**
 * Files that are the written authority of a rule over an enum's values (the
 * docs' "One authority per rule" table): they may list some of its values.
 */
const RULE_AUTHORITIES = new Set([
  'accounts/membership_rules.ts', // roles by kind of organisation, member roles
  'accounts/validators/auth.ts', // who may sign up by themselves
  'orders/order_state_machine.ts', // status groups, which party may do what
  'money/payout_rules.ts', // an operator's payout actions
  'money/payment_providers.ts', // which provider collects which currency
  'money/ledger_accounts.ts', // journal kinds
  'notifications/notification_kinds.ts', // channels by default
  'fleet/models/fleet_document.ts', // a vehicle's papers (VEHICLE_DOCUMENT_KINDS)
])

/**
 * Copies found when the check began to see partial ones, each still to be
 * named in its authority (issue 8). The list only shrinks: a new copy fails.
 */
const KNOWN_COPIES = new Set([
  // The USSD menu's own order of languages (1 English, 2 Kiswahili, 3 Français).
  'backend:ussd/services/farmer_menu.ts Locale [en, sw, fr]',
])

test.group('Values of a named enum are listed by their authority only', () => {
  test('no web or backend source re-lists some values of a named enum outside its authority', async ({
    assert,
  }) => {
    const enums = namedEnums()
    const found: string[] = []
    // Where each enum's values are declared: the backend file with the whole list in the document's order.
    const backendApp = app.makePath('app')
    const backendFiles = await sourcesUnder(backendApp)
    const sources = new Map<string, string>()
    for (const file of backendFiles)
      sources.set(file, await readFile(join(backendApp, file), 'utf8'))
    const authorities = new Map<string, string>()
    for (const [name, values] of enums) {
      for (const [file, source] of sources) {
        if (valueLists(source).some((list) => list.join() === values.join())) {
          authorities.set(name, file)
        }
      }
    }
    const check = (side: string, file: string, lists: string[][], mayRule: boolean) => {
      for (const list of lists) {
        const of = enums
          .filter(([, values]) => values.length >= 2 && list.every((v) => values.includes(v)))
          .map(([name]) => name)
        if (!of.length || of.some((name) => authorities.get(name) === file)) continue
        if (mayRule && RULE_AUTHORITIES.has(file)) continue
        found.push(`${side}:${file} ${of.join('|')} [${list.join(', ')}]`)
      }
    }
    for (const [file, source] of sources) check('backend', file, valueLists(source), true)
    const webApp = app.makePath('../web/src/app')
    for (const file of await sourcesUnder(webApp, /\.(ts|html)$/)) {
      if (file.includes('core/api/openapi')) continue
      // The web app has no rules of its own: any list of an enum's values is a copy.
      check('web', file, valueLists(await readFile(join(webApp, file), 'utf8')), false)
    }
    const copies = [...new Set(found)].filter((copy) => !KNOWN_COPIES.has(copy))
    assert.deepEqual(
      copies,
      [],
      "Name these values once, in the enum's authority (or a rule's, listed in docs/architecture.md), and take them from there"
    )
    const gone = [...KNOWN_COPIES].filter((copy) => !found.includes(copy))
    assert.deepEqual(gone, [], 'Fixed: remove them from KNOWN_COPIES')
  }).timeout(30_000)

  test('the check finds a partial copy and leaves types alone', ({ assert }) => {
    assert.deepEqual(valueLists("rolesGuard(['clerk', 'grader'])"), [['clerk', 'grader']])
    assert.deepEqual(valueLists("signal<'dispute' | 'rate' | null>(null)"), [])
  })
})

test.group('The web app lists enums from the API', () => {
  test('no web source writes out all the values of a named enum of the API', async ({ assert }) => {
    const webApp = app.makePath('../web/src/app')
    const all = await readdir(webApp, { recursive: true })
    const files = all.filter(
      (file) =>
        /\.(ts|html)$/.test(file) && !/\.spec\.ts$/.test(file) && !file.includes('core/api/openapi')
    )
    const enums = namedEnums()
    assert.isAbove(enums.length, 10)
    const copies: string[] = []
    for (const file of files) {
      const source = await readFile(join(webApp, file), 'utf8')
      for (const list of stringLists(source)) {
        for (const [name, values] of enums) {
          if (values.length >= 2 && values.every((value) => list.includes(value))) {
            copies.push(`${relative(webApp, join(webApp, file))}: ${name} [${list.join(', ')}]`)
          }
        }
      }
    }
    assert.deepEqual(
      copies,
      [],
      'Take these from web/src/app/core/api/openapi-enums.ts (`<name>Values`) instead of copying them'
    )
  }).timeout(30_000)

  test('the check finds a copied list', ({ assert }) => {
    assert.deepEqual(stringLists("const COUNTRIES = ['KE', 'SN', \"TZ\", 'UG'] as const"), [
      ['KE', 'SN', 'TZ', 'UG'],
    ])
    assert.deepEqual(stringLists("const radii = [25, 50]; const one = ['a']; f(a[0])"), [])
    assert.deepEqual(stringLists("type Role = 'driver' | 'shipper'"), [['driver', 'shipper']])
  })
})
