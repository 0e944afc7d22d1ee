import { test } from '@japa/runner'
import env from '#start/env'
import { Secret } from '@adonisjs/core/helpers'

test.group('platform: metrics', () => {
  test('exposes process metrics and HTTP metrics labelled by route pattern', async ({
    client,
    assert,
  }) => {
    await client.get('/docs/swagger-ui.css')
    await client.get('/api/v1/no-such-thing/raw-url-segment')

    const response = await client.get('/metrics')
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/plain; version=0\.0\.4/)
    const text = response.text()
    assert.include(text, 'process_cpu_seconds_total')
    assert.include(text, 'nodejs_heap_size_used_bytes')
    assert.match(text, /http_requests_total\{method="GET",route="\/docs\/:file",status="200"\} \d+/)
    assert.match(text, /http_requests_total\{method="GET",route="\(unmatched\)",status="404"\} \d+/)
    assert.match(
      text,
      /http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/docs\/:file",status="200"\} \d+/
    )
    assert.notInclude(text, 'raw-url-segment', 'raw URLs never become labels')
  })

  test('with METRICS_TOKEN set, /metrics needs that bearer token', async ({ client, cleanup }) => {
    env.set('METRICS_TOKEN', new Secret('s3cret-metrics'))
    cleanup(() => {
      env.set('METRICS_TOKEN', undefined)
      // Env#set also writes process.env, where undefined becomes the string "undefined".
      delete process.env.METRICS_TOKEN
    })

    const anonymous = await client.get('/metrics')
    anonymous.assertStatus(401)
    anonymous.assertBodyContains({ errors: [{ code: 'E_UNAUTHORIZED_ACCESS' }] })

    const wrong = await client.get('/metrics').bearerToken('nope')
    wrong.assertStatus(401)

    const right = await client.get('/metrics').bearerToken('s3cret-metrics')
    right.assertStatus(200)
    right.assertTextIncludes('http_requests_total')
  })

  test('in production without METRICS_TOKEN, /metrics is closed to everyone', async ({
    client,
    cleanup,
  }) => {
    env.set('NODE_ENV', 'production')
    cleanup(() => env.set('NODE_ENV', 'test'))

    const anonymous = await client.get('/metrics')
    anonymous.assertStatus(401)
    anonymous.assertBodyContains({ errors: [{ code: 'E_UNAUTHORIZED_ACCESS' }] })
    const guessed = await client.get('/metrics').bearerToken('undefined')
    guessed.assertStatus(401)
  })
})
