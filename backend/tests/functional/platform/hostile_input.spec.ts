import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { countRows, makeWorld } from '#tests/fixtures/marketplace'

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
})
