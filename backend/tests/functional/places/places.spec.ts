import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import PlacesLoad from '../../../commands/places_load.js'
import app from '@adonisjs/core/services/app'
import { isolateDatabase } from '#tests/helpers'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { startFakeProvider } from '#tests/fake_http_server'
import placesConfig from '#config/places'
import NominatimGeocoder from '#places/services/nominatim_geocoder'
import { configProvider } from '@adonisjs/core'
import { LimiterManager } from '@adonisjs/limiter'

test.group('Places: search by name', (group) => {
  isolateDatabase(group)

  test('a Senegalese shipper typing "Touba" gets Touba, Senegal first', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const response = await client.get('/api/v1/places').qs({ q: 'Touba' }).loginAs(shipper)
    response.assertStatus(200)
    const [first] = response.body().data
    assert.include(first, { name: 'Touba', country: 'SN', kind: 'town', source: 'gazetteer' })
    assert.approximately(first.lat, 14.86, 0.05)
    assert.approximately(first.lng, -15.88, 0.05)
  })

  test('"Port de Dakar" finds the port, and accents and case do not matter', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const port = await client.get('/api/v1/places').qs({ q: 'Port de Dakar' }).loginAs(shipper)
    assert.include(port.body().data[0], { name: 'Port autonome de Dakar', kind: 'port' })
    const thies = await client.get('/api/v1/places').qs({ q: 'THIES' }).loginAs(shipper)
    assert.include(thies.body().data[0], { name: 'Thiès', country: 'SN', region: 'Thies' })
  })

  test("the searcher's own country comes first on a tie", async ({ client, assert }) => {
    const kenyan = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const senegalese = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    // Kisumu is only in Kenya; "Kaolack" only in Senegal: each finds it wherever they are.
    const kisumu = await client.get('/api/v1/places').qs({ q: 'Kisumu' }).loginAs(senegalese)
    assert.include(kisumu.body().data[0], { name: 'Kisumu', country: 'KE' })
    const limuru = await client.get('/api/v1/places').qs({ q: 'limuru' }).loginAs(kenyan)
    assert.include(limuru.body().data[0], {
      name: 'Limuru',
      country: 'KE',
      region: 'Kiambu County',
    })
  })

  test('nothing like it: an empty list, and no geocoder is called when none is configured', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const response = await client.get('/api/v1/places').qs({ q: 'Qxzwv' }).loginAs(shipper)
    response.assertStatus(200)
    assert.deepEqual(response.body().data, [])
  })

  test('a query too short, too long or missing is a 422 naming q', async ({ client }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    for (const qs of [{}, { q: 'T' }, { q: 'x'.repeat(201) }]) {
      const response = await client.get('/api/v1/places').qs(qs).loginAs(shipper)
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ field: 'q' }] })
    }
  })
})

test.group('Places: nearest', (group) => {
  isolateDatabase(group)

  test('a truck seen at -1.13, 36.64 is near Limuru', async ({ client, assert }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const response = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: -1.1136, lng: 36.6421 })
      .loginAs(shipper)
    response.assertStatus(200)
    assert.include(response.body().place, { name: 'Limuru', country: 'KE' })
    assert.isBelow(response.body().distanceM, 500)
    assert.isFalse(response.body().atSea)
    assert.isNull(response.body().named)
  })

  test('a pin off Dakar is in the sea; one on the port is not', async ({ client, assert }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const sea = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: 14.5, lng: -17.8 })
      .loginAs(shipper)
    assert.isTrue(sea.body().atSea)
    const port = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: 14.6825, lng: -17.4268 })
      .loginAs(shipper)
    assert.isFalse(port.body().atSea)
    assert.equal(port.body().place.name, 'Port autonome de Dakar')
  })

  test('a pin on the open water of a lake is in the water; towns and islands on its shores are not', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const atSea = (lat: number, lng: number) =>
      client
        .get('/api/v1/places/nearest')
        .qs({ lat, lng })
        .loginAs(shipper)
        .then((r) => r.body().atSea as boolean)
    for (const [lat, lng, lake] of [
      [-1.0, 33.0, 'Lake Victoria'],
      [-0.5, 33.5, 'Lake Victoria'],
      [-6.0, 29.6, 'Lake Tanganyika'],
      [-11.5, 34.5, 'Lake Malawi / Nyasa'],
      [3.5, 36.1, 'Lake Turkana'],
      [1.7, 31.0, 'Lake Albert'],
      [1.5, 32.9, 'Lake Kyoga'],
      [-2.0, 29.15, 'Lake Kivu'],
      [16.3, -15.824, 'Lac de Guiers'],
    ] as const) {
      assert.isTrue(await atSea(lat, lng), lake)
    }
    for (const [lat, lng, place] of [
      [-0.0917, 34.768, 'Kisumu'],
      [-2.5164, 32.9175, 'Mwanza'],
      [0.0564, 32.4795, 'Entebbe'],
      [-2.05, 33.0, 'Ukerewe island'],
      [-4.8769, 29.6267, 'Kigoma'],
      [-9.9333, 33.9333, 'Karonga'],
      [16.4625, -15.7008, 'Richard-Toll'],
      [-1.2921, 36.8219, 'Nairobi'],
    ] as const) {
      assert.isFalse(await atSea(lat, lng), place)
    }
  })

  test('the town an address names, and how far the pin is from it', async ({ client, assert }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    // A pin in Dakar for an address in Touba: about 145 km off.
    const response = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: 14.6937, lng: -17.4441, address: 'Marché Ocass, Touba' })
      .loginAs(shipper)
    const named = response.body().named
    assert.include(named, { name: 'Touba', country: 'SN' })
    assert.isAbove(named.distanceM, 100_000)
    assert.isTrue(named.far, 'the API, not the web app, says the pin is too far')
    const close = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: 14.858, lng: -15.883, address: 'Marché Ocass, Touba' })
      .loginAs(shipper)
    assert.isBelow(close.body().named.distanceM, placesConfig.farFromNamedTownM)
    assert.isFalse(close.body().named.far)
    // Typed with a comma, which the query string parser splits on: read as typed.
    const comma = await client
      .get('/api/v1/places/nearest')
      .qs({ lat: 14.86229, lng: -15.87532, address: 'Marché Sandaga, Dakar' })
      .loginAs(shipper)
    comma.assertStatus(200)
    assert.include(comma.body().named, { name: 'Dakar' })
    const search = await client.get('/api/v1/places').qs({ q: 'Touba, Diourbel' }).loginAs(shipper)
    search.assertStatus(200)
  })

  test('"far" follows the configured threshold, the one place it is written', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const ask = async () => {
      const response = await client
        .get('/api/v1/places/nearest')
        .qs({ lat: 14.858, lng: -15.883, address: 'Marché Ocass, Touba' })
        .loginAs(shipper)
      return response.body().named
    }
    const before = await ask()
    const threshold = placesConfig.farFromNamedTownM
    placesConfig.farFromNamedTownM = before.distanceM - 1
    try {
      const after = await ask()
      assert.equal(after.distanceM, before.distanceM)
      assert.isFalse(before.far)
      assert.isTrue(after.far)
    } finally {
      placesConfig.farFromNamedTownM = threshold
    }
  })

  test('a position out of range or not a number is a 422', async ({ client }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    for (const qs of [{ lat: 91, lng: 0 }, { lat: 'north', lng: 0 }, { lat: 0 }]) {
      const response = await client.get('/api/v1/places/nearest').qs(qs).loginAs(shipper)
      response.assertStatus(422)
    }
  })
})

test.group('Places: who may ask', (group) => {
  isolateDatabase(group)

  test('every role may search and ask for the nearest place; nobody may not', async ({
    client,
  }) => {
    const carrier = await makeOrganisation('carrier', 'KE')
    const roles = [
      await makeUser('shipper', await makeOrganisation('shipper', 'SN')),
      await makeUser('driver', carrier),
      await makeUser('dispatcher', carrier),
      await makeUser('admin'),
    ]
    const search = () => client.get('/api/v1/places').qs({ q: 'Nairobi' })
    const nearest = () => client.get('/api/v1/places/nearest').qs({ lat: -1.29, lng: 36.82 })
    for (const user of roles) {
      const found = await search().loginAs(user)
      found.assertStatus(200)
      const near = await nearest().loginAs(user)
      near.assertStatus(200)
    }
    const anonymousSearch = await search()
    anonymousSearch.assertStatus(401)
    const anonymousNearest = await nearest()
    anonymousNearest.assertStatus(401)
  })
})

test.group('Places: the online geocoder (Nominatim wire format)', (group) => {
  isolateDatabase(group)
  group.each.teardown(() => app.container.restore(NominatimGeocoder))

  function useGeocoder(url: string) {
    app.container.swap(
      NominatimGeocoder,
      () => new NominatimGeocoder({ ...placesConfig.geocoder, url, timeoutMs: 500 })
    )
  }

  test('asked when the gazetteer has no good match; its places follow', async ({
    client,
    assert,
  }) => {
    const geocoder = await startFakeProvider(() => ({
      status: 200,
      body: [
        {
          place_id: 1,
          lat: '14.7319',
          lon: '-17.4572',
          category: 'amenity',
          type: 'marketplace',
          name: 'Marché HLM',
          display_name: 'Marché HLM, Dakar, Sénégal',
          address: { state: 'Dakar', country_code: 'sn' },
        },
      ],
    }))
    try {
      useGeocoder(geocoder.url)
      const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
      shipper.locale = 'fr'
      await shipper.save()
      const response = await client
        .get('/api/v1/places')
        .qs({ q: 'Zone industrielle SODIDA' })
        .loginAs(shipper)
      response.assertStatus(200)
      const found = response.body().data.find((p: { source: string }) => p.source === 'geocoder')
      assert.deepInclude(found, {
        name: 'Marché HLM',
        kind: 'market',
        country: 'SN',
        region: 'Dakar',
        lat: 14.7319,
      })
      const [request] = geocoder.requests
      const url = new URL(request.url, geocoder.url)
      assert.equal(url.pathname, '/search')
      assert.equal(url.searchParams.get('q'), 'Zone industrielle SODIDA')
      assert.equal(url.searchParams.get('format'), 'jsonv2')
      assert.equal(url.searchParams.get('countrycodes'), 'sn')
      assert.equal(url.searchParams.get('accept-language'), 'fr')
      assert.equal(request.headers['user-agent'], placesConfig.geocoder.userAgent)
    } finally {
      await geocoder.close()
    }
  })

  test('not asked when the gazetteer matches well', async ({ client, assert }) => {
    const geocoder = await startFakeProvider(() => ({ status: 200, body: [] }))
    try {
      useGeocoder(geocoder.url)
      const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
      const response = await client.get('/api/v1/places').qs({ q: 'Touba' }).loginAs(shipper)
      assert.equal(response.body().data[0].name, 'Touba')
      assert.lengthOf(geocoder.requests, 0)
    } finally {
      await geocoder.close()
    }
  })

  test('a failing geocoder leaves the gazetteer answering', async ({ client, assert }) => {
    const geocoder = await startFakeProvider(() => ({ status: 503, body: 'busy' }))
    try {
      useGeocoder(geocoder.url)
      const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
      const response = await client.get('/api/v1/places').qs({ q: 'Qxzwv' }).loginAs(shipper)
      response.assertStatus(200)
      assert.deepEqual(response.body().data, [])
      assert.lengthOf(geocoder.requests, 1)
    } finally {
      await geocoder.close()
    }
  })
})

test.group('Places: the geocoder keeps Nominatim’s usage policy', () => {
  const answer = () => ({
    status: 200,
    body: [
      { lat: '14.73', lon: '-17.45', category: 'place', type: 'town', display_name: 'Pikine' },
    ],
  })
  const ask = (geocoder: NominatimGeocoder, q: string) =>
    geocoder.search(q, { country: 'SN', language: 'fr', limit: 5 })

  test('one request a second at most: a search that would wait too long gets none', async ({
    assert,
  }) => {
    const server = await startFakeProvider(answer)
    try {
      const geocoder = new NominatimGeocoder({
        ...placesConfig.geocoder,
        url: server.url,
        minIntervalSeconds: 1,
        maxWaitMs: 1500,
      })
      const started = Date.now()
      const found = await Promise.all([
        ask(geocoder, 'Pikine'),
        ask(geocoder, 'Guédiawaye'),
        ask(geocoder, 'Rufisque'),
      ])
      assert.deepEqual(
        found.map((places) => places.length).sort(),
        [0, 1, 1],
        'two in turn; the third would wait longer than allowed: the gazetteer answers'
      )
      assert.lengthOf(server.requests, 2)
      // Measured from our start, not between receipts: the first request can
      // arrive late on a loaded machine, the second can never arrive early.
      assert.isAtLeast(
        server.requests[1].receivedAt - started,
        990,
        'a full second before the second request'
      )
      assert.equal(server.requests[0].headers['user-agent'], placesConfig.geocoder.userAgent)
    } finally {
      await server.close()
    }
  })

  test('two API nodes share the one request a second through Redis', async ({ assert }) => {
    const server = await startFakeProvider(answer)
    try {
      // Each node has its own limiter (its own manager and store instance); Redis is what they share.
      const nodeLimiter = async () => {
        const config = await configProvider.resolve<any>(app, app.config.get('limiter'))
        return new LimiterManager(config).use({ requests: 1, duration: 1 })
      }
      const options = { ...placesConfig.geocoder, url: server.url, maxWaitMs: 300 }
      const nodeA = new NominatimGeocoder(options, fetch, Date.now, await nodeLimiter())
      const nodeB = new NominatimGeocoder(options, fetch, Date.now, await nodeLimiter())
      const found = await Promise.all([ask(nodeA, 'Pikine'), ask(nodeB, 'Rufisque')])
      assert.deepEqual(
        found.map((places) => places.length).sort(),
        [0, 1],
        'one node asks; the other would wait a second, longer than allowed'
      )
      assert.lengthOf(server.requests, 1)
    } finally {
      await server.close()
    }
  }).skip(!process.env.REDIS_URL, 'needs REDIS_URL: without it each node counts for itself')

  test('answers are cached, and the same question asked at once is sent once', async ({
    assert,
  }) => {
    const server = await startFakeProvider(answer)
    let clock = 1_000_000
    try {
      const geocoder = new NominatimGeocoder(
        { ...placesConfig.geocoder, url: server.url, minIntervalSeconds: 0, cacheTtlMs: 60_000 },
        fetch,
        () => clock
      )
      const [first, twin] = await Promise.all([ask(geocoder, 'Pikine'), ask(geocoder, 'Pikine')])
      assert.deepEqual(first, twin)
      assert.lengthOf(await ask(geocoder, 'Pikine'), 1)
      assert.lengthOf(server.requests, 1, 'asked once')
      clock += 61_000
      await ask(geocoder, 'Pikine')
      assert.lengthOf(server.requests, 2, 'asked again once the answer is stale')
    } finally {
      await server.close()
    }
  })

  test('a failure is not cached: the next search asks again', async ({ assert }) => {
    let status = 503
    const server = await startFakeProvider(() =>
      status === 503 ? { status, body: 'busy' } : answer()
    )
    try {
      const geocoder = new NominatimGeocoder({
        ...placesConfig.geocoder,
        url: server.url,
        minIntervalSeconds: 0,
      })
      assert.deepEqual(await ask(geocoder, 'Pikine'), [])
      status = 200
      assert.lengthOf(await ask(geocoder, 'Pikine'), 1)
      assert.lengthOf(server.requests, 2)
    } finally {
      await server.close()
    }
  })
})

test.group('Places: node ace places:load', (group) => {
  isolateDatabase(group)

  test('reloads the gazetteer from the packages, the same places however often it runs', async ({
    assert,
    cleanup,
  }) => {
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    const count = () =>
      db
        .from('places')
        .count('* as n')
        .then(([row]) => Number(row.n))
    const before = await count()
    await db.from('places').where('name', 'Port autonome de Dakar').delete()
    await db.table('places').insert({
      name: 'Nowhere',
      search_name: 'nowhere',
      search_aliases: '',
      kind: 'town',
      country: 'KE',
      source: 'curated',
      location: db.raw('ST_SetSRID(ST_MakePoint(36.8, -1.3), 4326)::geography'),
    })
    for (const run of [1, 2]) {
      const command = await ace.create(PlacesLoad, [])
      await command.exec()
      command.assertSucceeded()
      command.assertLogMatches(new RegExp(`Gazetteer loaded: ${before} places`))
      assert.equal(await count(), before, `run ${run}`)
    }
    assert.lengthOf(await db.from('places').where('name', 'Port autonome de Dakar'), 1)
    assert.lengthOf(await db.from('places').where('name', 'Nowhere'), 0)
  })
})
