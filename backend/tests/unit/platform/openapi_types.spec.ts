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
