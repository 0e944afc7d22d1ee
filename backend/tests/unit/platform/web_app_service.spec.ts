import { test } from '@japa/runner'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebAppService, { CACHE_IMMUTABLE, CACHE_NO_CACHE } from '#platform/services/web_app_service'

const RESERVED = ['/api', '/health', '/docs', '/openapi.json']

test.group('web app service', (group) => {
  let dist: string
  group.each.setup(async () => {
    dist = await mkdtemp(join(tmpdir(), 'njia-dist-'))
    await mkdir(join(dist, 'icons'))
    await writeFile(join(dist, 'index.html'), '<njia-root></njia-root>')
    await writeFile(join(dist, 'main-QM3VIE7N.js'), '')
    await writeFile(join(dist, 'chunk-Bvi7GD3f.js'), '')
    await writeFile(join(dist, 'ngsw.json'), '{}')
    await writeFile(join(dist, 'main.js'), '')
    await writeFile(join(dist, 'icons', 'icon-72x72.png'), '')
    return () => rm(dist, { recursive: true, force: true })
  })

  test('an app route gets the page made from index.html, never cached without revalidation', async ({
    assert,
  }) => {
    const webApp = new WebAppService(dist, RESERVED)
    for (const path of ['/', '/sign-in', '/map', '/orders/42/track']) {
      assert.deepEqual(await webApp.answer(path), {
        kind: 'page',
        path: join(dist, 'index.html'),
        cacheControl: CACHE_NO_CACHE,
      })
    }
  })

  test('hashed bundles are immutable; the rest (worker manifest, icons, dev bundles) is revalidated', async ({
    assert,
  }) => {
    const webApp = new WebAppService(dist, RESERVED)
    assert.deepInclude(await webApp.answer('/main-QM3VIE7N.js'), { cacheControl: CACHE_IMMUTABLE })
    assert.deepInclude(await webApp.answer('/chunk-Bvi7GD3f.js'), { cacheControl: CACHE_IMMUTABLE })
    assert.deepInclude(await webApp.answer('/ngsw.json'), { cacheControl: CACHE_NO_CACHE })
    assert.deepInclude(await webApp.answer('/main.js'), { cacheControl: CACHE_NO_CACHE })
    assert.deepInclude(await webApp.answer('/icons/icon-72x72.png'), {
      path: join(dist, 'icons', 'icon-72x72.png'),
      cacheControl: CACHE_NO_CACHE,
    })
  })

  test('API paths and missing assets are left to the API (a JSON 404)', async ({ assert }) => {
    const webApp = new WebAppService(dist, RESERVED)
    for (const path of [
      '/api',
      '/api/v1/nope',
      '/health',
      '/docs/x',
      '/openapi.json',
      '/nope.js',
    ]) {
      assert.deepEqual(await webApp.answer(path), { kind: 'none' }, path)
    }
    // Only whole segments are reserved.
    const apiary = await webApp.answer('/apiary')
    assert.equal(apiary.kind, 'page')
  })

  test('paths that try to leave the build folder get nothing', async ({ assert }) => {
    const webApp = new WebAppService(join(dist, 'icons'), RESERVED)
    for (const path of [
      '/../index.html',
      '/%2e%2e/index.html',
      '/..%2Findex.html',
      '/%E0%A4%A',
      '/a%00.js',
    ]) {
      assert.deepEqual(await webApp.answer(path), { kind: 'none' }, path)
    }
  })

  test('without a build, app routes say so', async ({ assert }) => {
    const webApp = new WebAppService(join(dist, 'missing'), RESERVED)
    assert.deepEqual(await webApp.answer('/'), {
      kind: 'not-built',
      distDir: join(dist, 'missing'),
    })
    assert.deepEqual(await webApp.answer('/main.js'), { kind: 'none' })
  })
})
