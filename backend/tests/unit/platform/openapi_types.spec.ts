import { test } from '@japa/runner'
import OpenApiTypesService, { WEB_API_TYPES } from '#platform/services/openapi_types_service'

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
