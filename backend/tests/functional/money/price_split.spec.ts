import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import moneyConfig from '#config/money'
import { isolateDatabase } from '#tests/helpers'
import { makeOpenBid, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { markPaid, markDelivered } from '#tests/money_fixtures'

/** Runs `body` with Senegal's commission at `percent` (the rest at the default). */
async function withSenegalRate<T>(percent: number, body: () => Promise<T>) {
  const rates = moneyConfig.commission.percentByCountry
  rates.SN = percent
  try {
    return await body()
  } finally {
    delete rates.SN
  }
}

test.group('Money: the commission is shown before both sides agree', (group) => {
  isolateDatabase(group)

  test('the carrier reads its net on each bid, the shipper the total, and settlement posts exactly that split', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'bidding' })
    const placed = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json({
        amount: 4_000_050,
        currency: 'KES',
        vehicleId: world.carrier.vehicle.id,
        estimatedPickupAt: DateTime.now().plus({ hours: 2 }).toISO(),
      })
      .loginAs(world.carrier.dispatcher)
    placed.assertStatus(201)
    // 10 % of 40,000.50 is 4,000.05: rounded down to whole cents, the carrier nets the rest.
    const split = { total: 4_000_050, basisPoints: 1000, commission: 400_005, net: 3_600_045 }
    assert.deepEqual(placed.body().split, split)

    const mine = await client.get('/api/v1/bids').loginAs(world.carrier.dispatcher)
    assert.deepEqual(mine.body().data[0].split, split)
    const shippers = await client.get(`/api/v1/orders/${order.id}/bids`).loginAs(world.shipper)
    assert.deepEqual(shippers.body().data[0].split, split)

    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: placed.body().id })
      .loginAs(world.shipper)
    accepted.assertStatus(200)
    assert.deepEqual(accepted.body().split, split)

    // The rate changes after the agreement: the order and the won bid still read what was agreed ...
    const rates = moneyConfig.commission
    const before = rates.defaultPercent
    rates.defaultPercent = 20
    try {
      const won = await client.get('/api/v1/bids').loginAs(world.carrier.dispatcher)
      assert.deepEqual(won.body().data[0].split, split)
      for (const who of [world.shipper, world.carrier.dispatcher]) {
        const read = await client.get(`/api/v1/orders/${order.id}`).loginAs(who)
        assert.deepEqual(read.body().split, split)
        const listed = await client.get('/api/v1/orders').loginAs(who)
        const listedOrder = listed.body().data.find((o: { id: number }) => o.id === order.id)
        assert.deepEqual(listedOrder.split, split)
      }
      // ... and settlement moves exactly that.
      await order.refresh()
      await markPaid(order)
      await markDelivered(order)
      await client
        .post(`/api/v1/orders/${order.id}/confirm-delivery`)
        .json({})
        .loginAs(world.shipper)
        .then((r) => r.assertStatus(200))
    } finally {
      rates.defaultPercent = before
    }
    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.deepInclude(earnings.body().lines[0], {
      gross: split.total,
      commission: split.commission,
      net: split.net,
    })
  })

  test('a bid in francs is split at Senegal’s rate', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'bidding', currency: 'XOF' })
    const bid = await makeOpenBid(order, world.carrier)
    bid.merge({ amount: 45_000, currency: 'XOF' })
    await bid.save()
    await withSenegalRate(8, async () => {
      const response = await client.get(`/api/v1/orders/${order.id}/bids`).loginAs(world.shipper)
      assert.deepEqual(response.body().data[0].split, {
        total: 45_000,
        basisPoints: 800,
        commission: 3600,
        net: 41_400,
      })
    })
  })

  test('GET /price-split splits a price being typed; bad input is refused with the field named', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const typed = await withSenegalRate(7.5, () =>
      client.get('/api/v1/price-split?amount=45001&currency=XOF').loginAs(world.shipper)
    )
    typed.assertStatus(200)
    assert.deepEqual(typed.body(), {
      total: 45_001,
      basisPoints: 750,
      commission: 3375,
      net: 41_626,
    })

    const kes = await client
      .get('/api/v1/price-split?amount=4500000&currency=KES')
      .loginAs(world.carrier.driver)
    assert.deepEqual(kes.body(), {
      total: 4_500_000,
      basisPoints: 1000,
      commission: 450_000,
      net: 4_050_000,
    })

    for (const query of [
      'amount=0&currency=KES',
      'amount=12.5&currency=KES',
      'amount=100&currency=USD',
    ]) {
      const bad = await client.get(`/api/v1/price-split?${query}`).loginAs(world.shipper)
      bad.assertStatus(422)
      assert.oneOf(bad.body().errors[0].field, ['amount', 'currency'])
    }
    const anonymous = await client.get('/api/v1/price-split?amount=100&currency=KES')
    anonymous.assertStatus(401)
  })
})
