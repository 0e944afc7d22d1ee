import { test } from '@japa/runner'
import env from '#start/env'
import router from '@adonisjs/core/services/router'
import OpenApiService from '#platform/services/openapi_service'
import { ContractChecker, NOT_API_ROUTES } from '#tests/contract'

test.group('platform: OpenAPI', () => {
  test('GET /openapi.json is an OpenAPI 3.1 document with the shared components', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/openapi.json')
    response.assertStatus(200)
    const doc = response.body()
    assert.equal(doc.openapi, '3.1.0')
    assert.deepEqual(doc.servers, [{ url: env.get('APP_URL') }])
    assert.properties(doc.components.schemas, ['Errors', 'Error'])
    assert.deepEqual(doc.components.securitySchemes.bearerAuth, {
      type: 'http',
      scheme: 'bearer',
      description: 'Access token from POST /api/v1/auth/otp/verify',
    })
    assert.properties(doc.paths, ['/health', '/metrics', '/openapi.json', '/docs'])
  })

  test('every $ref points at a schema the document defines', ({ assert }) => {
    const doc = new OpenApiService().document()
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)]
    const missing = [...new Set(refs.map((match) => match[1]))].filter(
      (name) => !(name in doc.components.schemas)
    )
    assert.deepEqual(missing, [], `undefined schemas: ${missing.join(', ')}`)
  })

  test('every registered route is described by its validator and transformer', ({ assert }) => {
    const service = new OpenApiService()
    const described = service.describedOperations()
    const missing: string[] = []
    for (const routes of Object.values(router.toJSON())) {
      for (const route of routes) {
        if (NOT_API_ROUTES.some((skip) => skip.test(route.pattern))) continue
        for (const method of route.methods.filter((m) => m !== 'HEAD')) {
          if (described.has(`${method} ${route.pattern}`)) continue
          missing.push(`${method} ${route.pattern}`)
        }
      }
    }
    assert.deepEqual(
      missing,
      [],
      `Routes not described (add them to app/<capability>/openapi.ts):\n  ${missing.join('\n  ')}`
    )
  })

  test('the contract check refuses a route nobody described and a media type not listed', ({
    assert,
  }) => {
    assert.throws(
      () =>
        new ContractChecker(new OpenApiService([])).check(
          'GET',
          '/health',
          200,
          'application/json',
          {}
        ),
      /GET \/health answered 200 but is not described/
    )
    const checker = new ContractChecker()
    assert.throws(
      () => checker.check('GET', '/health', 200, 'text/html; charset=utf-8', '<p>ok</p>'),
      /answered text\/html, which its description does not list/
    )
    assert.throws(
      () => checker.check('GET', '/health', 200, 'application/json', { status: 'fine' }),
      /does not match its schema/
    )
    assert.doesNotThrow(() =>
      checker.check('GET', '/metrics', 200, 'text/plain; version=0.0.4', 'up 1')
    )
  })

  test('every described route is routed', ({ assert }) => {
    const routed = new Set(
      Object.values(router.toJSON()).flatMap((routes) =>
        routes.flatMap((route) => route.methods.map((method) => `${method} ${route.pattern}`))
      )
    )
    const unrouted = [...new OpenApiService().describedOperations()].filter(
      (operation) => !routed.has(operation)
    )
    assert.deepEqual(
      unrouted,
      [],
      `Described but not routed (a typo in app/<capability>/openapi.ts, or a route removed):\n  ${unrouted.join('\n  ')}`
    )
  })

  test('two capabilities describing the same operation fail loudly', ({ assert }) => {
    const api = {
      tag: { name: 'x' },
      operations: { 'GET /x': { summary: 'x', responses: { 204: 'Nothing' } } },
    } as const
    assert.throws(
      () => new OpenApiService([api, api]).document(),
      'OpenAPI GET /x is described twice'
    )
  })

  test('Swagger UI is served from the API itself', async ({ client, assert }) => {
    const page = await client.get('/docs')
    page.assertStatus(200)
    assert.match(page.header('content-type') ?? '', /^text\/html/)
    assert.include(page.text(), '<script src="/docs/swagger-ui-bundle.js"></script>')
    assert.notMatch(page.text(), /https?:\/\//, 'no CDN')

    const bundle = await client.get('/docs/swagger-ui-bundle.js')
    bundle.assertStatus(200)
    assert.match(bundle.header('content-type') ?? '', /javascript/)

    const init = await client.get('/docs/swagger-initializer.js')
    assert.include(init.text(), "url: '/openapi.json'")

    const outside = await client.get('/docs/package.json')
    outside.assertStatus(404)
  })
})
