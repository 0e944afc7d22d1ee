import { test } from '@japa/runner'
import env from '#start/env'
import { tileSource } from '#config/security_headers'
import { EARLY_SUBMIT_SCRIPT_HASH } from '#platform/services/web_app_sign_in'

test.group('platform: security headers', () => {
  test('every response carries the security headers, errors included', async ({
    client,
    assert,
  }) => {
    for (const path of ['/health', '/api/v1/no-such-thing']) {
      const response = await client.get(path)
      assert.equal(response.header('x-content-type-options'), 'nosniff')
      assert.equal(response.header('x-frame-options'), 'DENY')
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin')
      assert.include(response.header('permissions-policy'), 'geolocation=(self)')
      assert.include(response.header('permissions-policy'), 'camera=(self)')
      // HSTS is for production, where TLS terminates in front of the API.
      assert.isUndefined(response.header('strict-transport-security'))
    }
  })

  test('the CSP allows the app, its map tiles and Swagger UI, and nothing else', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/docs')
    const csp = response.header('content-security-policy') as string
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')])
    )
    assert.equal(directives['default-src'], "'self'")
    // The app's own scripts, and the sign-in form's one inline script by its hash.
    assert.equal(directives['script-src'], `'self' ${EARLY_SUBMIT_SCRIPT_HASH}`)
    assert.equal(directives['frame-ancestors'], "'none'")
    assert.include(directives['img-src'], 'https://*.tile.openstreetmap.org')
    assert.include(directives['img-src'], 'data:')
    assert.equal(directives['connect-src'], "'self' https://*.tile.openstreetmap.org")
  })

  test('tile URL templates become CSP sources', ({ assert }) => {
    assert.equal(
      tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'),
      'https://*.tile.openstreetmap.org'
    )
    assert.equal(
      tileSource('https://tiles.example.com/{z}/{x}/{y}.png'),
      'https://tiles.example.com'
    )
    assert.equal(tileSource('https://tiles-{s}.example.com/{z}/{x}/{y}.png'), 'https:')
    assert.isUndefined(tileSource(undefined))
  })
})

test.group('platform: CORS', () => {
  test('an origin listed in CORS_ORIGIN may call the API', async ({ client }) => {
    const response = await client
      .options('/health')
      .header('origin', 'https://app.njia.test')
      .header('access-control-request-method', 'GET')
    response.assertStatus(204)
    response.assertHeader('access-control-allow-origin', 'https://app.njia.test')
  })

  test('the API’s own origin may call it', async ({ client }) => {
    const response = await client.get('/health').header('origin', env.get('APP_URL'))
    response.assertHeader('access-control-allow-origin', env.get('APP_URL'))
  })

  test('any other origin gets no CORS grant', async ({ client, assert }) => {
    const response = await client
      .options('/health')
      .header('origin', 'https://evil.example')
      .header('access-control-request-method', 'GET')
    assert.isUndefined(response.header('access-control-allow-origin'))
  })

  test('an origin named by Host or X-Forwarded-Host gets no CORS grant', async ({
    client,
    assert,
  }) => {
    const byHost = await client
      .get('/health')
      .header('host', 'evil.example')
      .header('origin', 'http://evil.example')
    assert.isUndefined(byHost.header('access-control-allow-origin'))
    const byForwardedHost = await client
      .options('/api/v1/me')
      .header('x-forwarded-host', 'evil.example')
      .header('x-forwarded-proto', 'https')
      .header('origin', 'https://evil.example')
      .header('access-control-request-method', 'GET')
    assert.isUndefined(byForwardedHost.header('access-control-allow-origin'))
  })
})
