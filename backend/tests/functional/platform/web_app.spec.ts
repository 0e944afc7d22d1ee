import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webConfig from '#config/web'
import WebAppService from '#platform/services/web_app_service'

const INDEX =
  '<!doctype html><html lang="en"><head><title>Njia</title></head><body><njia-root></njia-root></body></html>'
const TEXTS = {
  en: { signIn: { title: 'Sign in to Njia' } },
  fr: { signIn: { title: 'Connexion à Njia' } },
  sw: { signIn: { title: 'Ingia kwenye Njia </script><script>alert(1)</script>' } },
}

/** The data the page carries for the app (web core/boot/boot-data.ts). */
function bootOf(html: string) {
  const json = /<script id="njia-boot" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1]
  return json ? JSON.parse(json) : null
}

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
      'i18n/en.json': JSON.stringify(TEXTS.en),
      'i18n/fr.json': JSON.stringify(TEXTS.fr),
      'i18n/sw.json': JSON.stringify(TEXTS.sw),
      'main-QM3VIE7N.js': `console.log(${JSON.stringify('Njia '.repeat(500))})`,
      'styles-3SAZ566W.css': 'body{}',
      'ngsw-worker.js': '//',
      'njia-worker.js': "importScripts('ngsw-worker.js')",
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

  test("the page carries the settings and the shell's texts in the visitor's language", async ({
    client,
    assert,
  }) => {
    const french = await client
      .get('/sign-in')
      .header('Accept-Language', 'de-DE, fr-SN;q=0.8, en;q=0.5')
    assert.include(french.text(), '<html lang="fr"')
    assert.deepEqual(bootOf(french.text()), {
      config: {
        tileUrl: webConfig.tileUrl,
        defaultCountry: 'KE',
        locales: ['en', 'fr', 'sw'],
        paymentSimulators: webConfig.paymentSimulators,
      },
      locale: 'fr',
      texts: TEXTS.fr,
    })
    assert.include(String(french.header('vary')), 'Accept-Language')

    // A language picked on the device (its cookie) wins over the browser's.
    const chosen = await client
      .get('/map')
      .header('Accept-Language', 'fr')
      .header('Cookie', 'other=1; njia_lang=sw')
    assert.equal(bootOf(chosen.text()).locale, 'sw')
    // No text can close the data block and run as a script.
    assert.notInclude(chosen.text(), '<script>alert(1)')
    assert.deepEqual(bootOf(chosen.text()).texts, TEXTS.sw)

    const nothingSaid = await client.get('/')
    assert.equal(bootOf(nothingSaid.text()).locale, 'en')
  })

  test('the literal /index.html stays the build file the service worker checks by hash', async ({
    client,
  }) => {
    const response = await client.get('/index.html')
    response.assertStatus(200)
    response.assertTextIncludes(INDEX)
    if (response.text() !== INDEX) throw new Error('index.html was changed')
  })

  test('text files come compressed (brotli, else gzip) and revalidate with their ETag', async ({
    client,
    assert,
  }) => {
    const raw = await client.get('/main-QM3VIE7N.js').header('Accept-Encoding', 'identity')
    assert.isUndefined(raw.header('content-encoding'))
    for (const encoding of ['br', 'gzip']) {
      const response = await client
        .get('/main-QM3VIE7N.js')
        .header('Accept-Encoding', encoding === 'br' ? 'gzip, deflate, br' : 'gzip')
      assert.equal(response.header('content-encoding'), encoding)
      assert.equal(response.text(), raw.text())
      assert.include(String(response.header('vary')), 'Accept-Encoding')
      const again = await client
        .get('/main-QM3VIE7N.js')
        .header('Accept-Encoding', encoding)
        .header('If-None-Match', String(response.header('etag')))
      again.assertStatus(304)
    }
    const page = await client.get('/sign-in').header('Accept-Encoding', 'gzip')
    assert.equal(page.header('content-encoding'), 'gzip')
    assert.include(page.text(), '<njia-root>')
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

    // The service worker (web public/njia-worker.js) and Angular's that it imports: revalidated,
    // so a release reaches installed apps at their next update check, and served as scripts.
    for (const name of ['/njia-worker.js', '/ngsw-worker.js']) {
      const worker = await client.get(name)
      assert.equal(worker.header('cache-control'), 'no-cache', name)
      assert.match(String(worker.header('content-type')), /javascript/, name)
    }

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

/** The web app's own texts (web/src/i18n), which the build copies beside index.html. */
async function webTexts(locale: string) {
  return readFile(app.makePath('..', 'web', 'src', 'i18n', `${locale}.json`), 'utf8')
}

test.group('web app: the sign-in page, usable before the app arrives', (group) => {
  group.setup(async () =>
    fakeBuild({
      'index.html':
        '<!doctype html><html lang="en"><head><title>Njia</title>' +
        '<link rel="stylesheet" href="styles-3SAZ566W.css"></head>' +
        '<body><njia-root></njia-root><script src="main-QM3VIE7N.js" type="module"></script></body></html>',
      'i18n/en.json': await webTexts('en'),
      'i18n/fr.json': await webTexts('fr'),
      'i18n/sw.json': await webTexts('sw'),
      'styles-3SAZ566W.css': '.sign-in-page{display:block}',
    })
  )

  test("/sign-in carries the form in the visitor's language, with the app's words and ids", async ({
    client,
    assert,
  }) => {
    const expected = {
      en: { country: 'Kenya (+254)', senegal: 'Senegal (+221)' },
      fr: { country: 'Kenya (+254)', senegal: 'Sénégal (+221)' },
      sw: { country: 'Kenya (+254)', senegal: 'Senegali (+221)' },
    }
    for (const locale of ['en', 'fr', 'sw'] as const) {
      const texts = JSON.parse(await webTexts(locale)).signIn
      const response = await client.get('/sign-in').header('Accept-Language', locale)
      response.assertStatus(200)
      const html = response.text()
      assert.include(html, `<html lang="${locale}"`)
      assert.include(html, '<form id="njia-early-form"')
      const text = (value: string) => value.replace(/'/g, '&#39;').replace(/"/g, '&#34;')
      assert.include(html, `<h1 id="sign-in-title">${text(texts.title)}</h1>`, locale)
      assert.include(html, `<label for="phone">${text(texts.phone)}</label>`, locale)
      assert.include(html, `<label for="country">${text(texts.country)}</label>`, locale)
      assert.include(html, `>${text(texts.sendCode)}</button>`, locale)
      assert.include(html, `data-busy="${text(texts.sending)}"`, locale)
      assert.include(html, `>${text(texts.phoneHint)}</span>`, locale)
      // The deployment's country is preselected; names in the visitor's language.
      assert.include(html, `<option value="KE" selected>${expected[locale].country}</option>`)
      assert.include(html, `<option value="SN">${expected[locale].senegal}</option>`, locale)
      assert.include(html, 'placeholder="+254 …"')
      // Before the app's own root, which the app shows when it takes the form over.
      assert.isBelow(html.indexOf('id="njia-early"'), html.indexOf('<njia-root>'))
    }

    const expired = await client.get('/sign-in?expired=1&next=%2Forders')
    const notice = '<p class="notice" role="status">Your session has ended.'
    assert.include(expired.text(), notice)
    const plain = await client.get('/sign-in')
    assert.notInclude(plain.text(), notice)
  })

  test('/ carries it too (a signed-out start goes on to the sign-in); other pages are the app alone', async ({
    client,
    assert,
  }) => {
    const start = await client.get('/').header('Accept-Language', 'sw')
    assert.include(start.text(), '<label for="phone">Namba ya simu</label>')
    for (const path of ['/map', '/orders/42', '/sign-in/x']) {
      const response = await client.get(path)
      assert.notInclude(response.text(), 'njia-early', path)
      assert.include(response.text(), '<njia-root>', path)
    }
  })

  test("the page's one inline script runs under the CSP by its hash; the styles are in the page", async ({
    client,
    assert,
  }) => {
    const response = await client.get('/sign-in')
    const html = response.text()
    const inline = [...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>(.*?)<\/script>/gs)]
    assert.lengthOf(inline, 1)
    const hash = createHash('sha256').update(inline[0][1]).digest('base64')
    const csp = String(response.header('content-security-policy'))
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    assert.include(scriptSrc, `'sha256-${hash}'`)
    assert.notInclude(scriptSrc, 'unsafe-inline')

    // The stylesheet is in the page (no request before the first paint), on every app page.
    for (const path of ['/sign-in', '/map']) {
      const page = await client.get(path)
      assert.include(page.text(), '<style>.sign-in-page{display:block}</style>', path)
      assert.notInclude(page.text(), '<link rel="stylesheet"', path)
    }
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
  test('gives the tile URL, default country, languages and the simulated providers without a token', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/config')
    response.assertStatus(200)
    response.assertBody({
      tileUrl: webConfig.tileUrl,
      defaultCountry: 'KE',
      locales: ['en', 'fr', 'sw'],
      // Every pay-in provider is its simulator by default (make dev, the tests).
      paymentSimulators: ['mpesa', 'wave', 'orange_money', 'airtel'],
    })
    assert.include(webConfig.tileUrl, '{z}/{x}/{y}')
    assert.equal(response.header('cache-control'), 'public, max-age=300')
  })
})
