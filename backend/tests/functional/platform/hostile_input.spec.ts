import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { countRows, draftBody, makeWorld } from '#tests/fixtures/marketplace'

const deep = (levels: number): unknown => (levels === 0 ? 1 : { a: deep(levels - 1) })

test.group('Hostile input is a 4xx at the edge', (group) => {
  isolateDatabase(group)

  test('a key named like an Object built-in, a NUL, a deep body: 400 and nothing stored', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const before = await countRows('orders')
    for (const body of [
      { driverId: { toString: 1 } },
      { cargoKind: 'maize\u0000' },
      { notes: deep(40) },
    ]) {
      const response = await client.post('/api/v1/orders').json(body).loginAs(world.shipper)
      assert.equal(response.status(), 400, JSON.stringify(body).slice(0, 60))
      assert.equal(response.body().errors[0].code, 'E_INVALID_INPUT')
    }
    const query = await client
      .get('/api/v1/orders')
      .qs({ near: '1,2\u0000' })
      .loginAs(world.shipper)
    query.assertStatus(400)
    assert.equal(await countRows('orders'), before)
  })

  test('an id beyond the database integer range is a 4xx, not a 500', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const response = await client.get('/api/v1/orders/99999999999').loginAs(world.shipper)
    assert.isAbove(response.status(), 399)
    assert.isBelow(response.status(), 500)
  })

  test('numbers or yes/no sent as text or lists, 1e300, year 99999 and bare "1" as a date: 422 naming the field, nothing stored', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const before = await countRows('orders')
    const draft = draftBody()
    const cases: [Record<string, unknown>, string][] = [
      [{ cargo: { ...draft.cargo, weightKg: '2000' } }, 'cargo.weightKg'],
      [{ cargo: { ...draft.cargo, weightKg: [2000] } }, 'cargo.weightKg'],
      [{ cargo: { ...draft.cargo, count: true } }, 'cargo.count'],
      [{ requiredVehicleTypeId: '1' }, 'requiredVehicleTypeId'],
      [
        { pickup: { ...draft.pickup, windowStart: '+099999-01-01T00:00:00.000Z' } },
        'pickup.windowStart',
      ],
      [{ pickup: { ...draft.pickup, windowStart: '1' } }, 'pickup.windowStart'],
      [{ openToBids: 'true' }, 'openToBids'],
      [{ cargo: { ...draft.cargo, refrigerated: 1 } }, 'cargo.refrigerated'],
    ]
    for (const [override, field] of cases) {
      const response = await client
        .post('/api/v1/orders')
        .json(draftBody(override))
        .loginAs(world.shipper)
      assert.equal(response.status(), 422, JSON.stringify(override))
      assert.include(
        response.body().errors.map((e: { field: string }) => e.field),
        field,
        JSON.stringify(response.body())
      )
    }
    assert.equal(await countRows('orders'), before)

    for (const query of [{ minCapacityKg: '1e300' }, { page: '1e300' }, { radiusKm: '0x10' }]) {
      const response = await client.get('/api/v1/orders').qs(query).loginAs(world.shipper)
      assert.equal(response.status(), 422, JSON.stringify(query))
      assert.equal(response.body().errors[0].field, Object.keys(query)[0])
    }
    // A query string carries yes/no as text, and still reads it.
    const unread = await client
      .get('/api/v1/notifications')
      .qs({ unread: 'true' })
      .loginAs(world.shipper)
    unread.assertStatus(200)
  })
})
