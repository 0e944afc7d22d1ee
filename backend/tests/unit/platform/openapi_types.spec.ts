import { test } from '@japa/runner'
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
