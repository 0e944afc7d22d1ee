import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webConfig from '#config/web'
import WebAppService from '#platform/services/web_app_service'

const INDEX = '<!doctype html><html><body><njia-root></njia-root></body></html>'

/** Points the web app middleware at a throw-away build for the group. */
async function fakeBuild(files: Record<string, string>) {
  const dist = await mkdtemp(join(tmpdir(), 'njia-web-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dist, name, '..'), { recursive: true })
    await writeFile(join(dist, name), content)
  }
  app.container.swap(WebAppService, () => new WebAppService(dist, webConfig.reservedPrefixes))
  return async () => {
    app.container.restore(WebAppService)
    await rm(dist, { recursive: true, force: true })
  }
}

test.group('web app: served at the API origin', (group) => {
  group.setup(() =>
    fakeBuild({
      'index.html': INDEX,
      'main-QM3VIE7N.js': 'console.log(1)',
      'styles-3SAZ566W.css': 'body{}',
      'ngsw-worker.js': '//',
      'manifest.webmanifest': '{"name":"Njia"}',
      'icons/icon-72x72.png': 'png',
    })
  )

  test('the app opens at / and on its own deep links, revalidated on every visit', async ({
    client,
    assert,
  }) => {
    for (const path of ['/', '/sign-in', '/map', '/orders/42']) {
      const response = await client.get(path)
      response.assertStatus(200)
      assert.include(response.header('content-type'), 'text/html', path)
      assert.equal(response.header('cache-control'), 'no-cache')
      assert.include(response.text(), '<njia-root>')
    }
  })

  test('assets have their content types; hashed bundles are cached for a year', async ({
    client,
    assert,
  }) => {
    const js = await client.get('/main-QM3VIE7N.js')
    js.assertStatus(200)
    assert.match(String(js.header('content-type')), /javascript/)
    assert.equal(js.header('cache-control'), 'public, max-age=31536000, immutable')

    const css = await client.get('/styles-3SAZ566W.css')
    assert.match(String(css.header('content-type')), /text\/css/)

    const manifest = await client.get('/manifest.webmanifest')
    assert.match(String(manifest.header('content-type')), /application\/manifest\+json/)
    assert.equal(manifest.header('cache-control'), 'no-cache')

    const worker = await client.get('/ngsw-worker.js')
    assert.equal(worker.header('cache-control'), 'no-cache')

    const icon = await client.get('/icons/icon-72x72.png')
    assert.equal(icon.header('content-type'), 'image/png')
  })

  test('the API keeps its JSON errors: unknown API paths and missing files are 404s', async ({
    client,
    assert,
  }) => {
    for (const path of ['/api/v1/no-such-thing', '/api', '/missing-ABCDEFGH.js', '/health/x']) {
      const response = await client.get(path)
      response.assertStatus(404)
      assert.equal(response.body().errors[0].code, 'E_ROUTE_NOT_FOUND', path)
    }
  })

  test('API routes are never shadowed by the app', async ({ client, assert }) => {
    const config = await client.get('/api/v1/config')
    assert.include(config.header('content-type'), 'application/json')
    const openapi = await client.get('/openapi.json')
    assert.equal(openapi.body().openapi, '3.1.0')
  })

  test('only GET and HEAD reach the app; other methods keep the API answer', async ({ client }) => {
    const head = await client.head('/map')
    head.assertStatus(200)
    const post = await client.post('/map').json({})
    post.assertStatus(404)
    post.assertBodyContains({ errors: [{ code: 'E_ROUTE_NOT_FOUND' }] })
  })
})

test.group('web app: not built', (group) => {
  group.setup(() => fakeBuild({}))

  test('GET / explains how to build the app', async ({ client, assert }) => {
    const response = await client.get('/')
    response.assertStatus(503)
    assert.include(response.header('content-type'), 'text/html')
    assert.include(response.text(), 'npm run build -w web')
  })
})

test.group('web app: GET /api/v1/config', () => {
  test('gives the tile URL, default country and languages without a token', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/config')
    response.assertStatus(200)
    response.assertBody({
      tileUrl: webConfig.tileUrl,
      defaultCountry: 'KE',
      locales: ['en', 'fr', 'sw'],
    })
    assert.include(webConfig.tileUrl, '{z}/{x}/{y}')
    assert.equal(response.header('cache-control'), 'public, max-age=300')
  })
})
