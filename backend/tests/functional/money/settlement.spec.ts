import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import DeliveryService from '#orders/services/delivery_service'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { isolateDatabase } from '#tests/helpers'
import { makeOpenBid, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import moneyConfig from '#config/money'
import { deliveredOrder as delivered, markPaid, markDelivered } from '#tests/money_fixtures'

const balance = (owner: string, purpose: AccountPurpose, currency = 'KES') =>
  new LedgerService().balance({ owner, purpose, currency })

test.group('Money: settlement on completion, carrier earnings', (group) => {
  isolateDatabase(group)

  test('confirming a paid order splits its escrow into the carrier’s payable and the commission; the carrier reads it, in JSON and CSV', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await delivered(world)
    await markPaid(order)
    const carrier = owners.organisation(world.carrier.organisation.id)

    const confirmed = await client
      .post(`/api/v1/orders/${order.id}/confirm-delivery`)
      .json({})
      .loginAs(world.shipper)
    confirmed.assertStatus(200)

    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    assert.equal(await balance(carrier, 'carrier_payable'), 4_050_000)
    assert.equal(await balance(owners.platform, 'platform_commission'), 450_000)
    assert.deepEqual(await new LedgerVerifier().verify(), [])

    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    earnings.assertStatus(200)
    assert.deepEqual(earnings.body().balances, [
      { currency: 'KES', payable: 4_050_000, payingOut: 0, cashCommissionOwed: 0 },
    ])
    assert.deepInclude(earnings.body().lines[0], {
      orderId: order.id,
      orderName: 'maize · Industrial Area, Nairobi → Nakuru town',
      method: 'mobile_money',
      currency: 'KES',
      gross: 4_500_000,
      commission: 450_000,
      net: 4_050_000,
    })
    const csv = await client.get('/api/v1/earnings?format=csv').loginAs(world.carrier.dispatcher)
    csv.assertStatus(200)
    assert.include(csv.header('content-type'), 'text/csv')
    const lines = csv.text().trim().split('\r\n')
    assert.equal(
      lines[0],
      'settled_at,order,order_name,method,currency,gross_minor,commission_minor,net_minor,payout_status,payout_receipt'
    )
    // No payout number (the carrier has no owner): the net stays payable.
    assert.match(
      lines[1],
      new RegExp(
        `,${order.id},"maize · Industrial Area, Nairobi → Nakuru town",mobile_money,KES,4500000,450000,4050000,,$`
      )
    )

    // Each carrier reads its own; a driver who does not run the carrier reads none.
    const other = await client.get('/api/v1/earnings').loginAs(world.otherCarrier.dispatcher)
    assert.deepEqual(other.body(), { balances: [], lines: [] })
    const driver = await client.get('/api/v1/earnings').loginAs(world.carrier.driver)
    driver.assertStatus(403)
    const shipper = await client.get('/api/v1/earnings').loginAs(world.shipper)
    shipper.assertStatus(403)
    const lastMonth = await client
      .get(`/api/v1/earnings?period=${DateTime.utc().minus({ months: 1 }).toFormat('yyyy-MM')}`)
      .loginAs(world.carrier.dispatcher)
    assert.lengthOf(lastMonth.body().lines, 0)
  })

  test('auto-completion settles too, once, however often it runs', async ({ assert }) => {
    const world = await makeWorld()
    const order = await delivered(world, {}, 72)
    await markPaid(order)
    const delivery = await app.container.make(DeliveryService)

    assert.deepEqual(await delivery.autoComplete(48), [order.id])
    assert.deepEqual(await delivery.autoComplete(48), [])
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'carrier_payable'), 4_050_000)
    const settlements = await db
      .from('ledger_journals')
      .where({ order_id: order.id, kind: 'settlement' })
    assert.lengthOf(settlements, 1)
  })

  test('a cash order leaves the carrier owing the platform its commission', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await delivered(world, { paymentMethod: 'cash', priceAmount: 1_000_000 })
    const confirmed = await client
      .post(`/api/v1/orders/${order.id}/confirm-delivery`)
      .json({})
      .loginAs(world.shipper)
    confirmed.assertStatus(200)

    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'cash_held_by_carrier'), 100_000)
    assert.equal(await balance(carrier, 'carrier_payable'), 0)
    assert.equal(await balance(owners.platform, 'platform_commission'), 100_000)
    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.deepEqual(earnings.body().balances, [
      { currency: 'KES', payable: 0, payingOut: 0, cashCommissionOwed: 100_000 },
    ])
    assert.deepInclude(earnings.body().lines[0], { method: 'cash', gross: 1_000_000, net: 900_000 })
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an order completed with nothing in escrow (from before payments) completes and moves nothing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await delivered(world)
    const confirmed = await client
      .post(`/api/v1/orders/${order.id}/confirm-delivery`)
      .json({})
      .loginAs(world.shipper)
    confirmed.assertStatus(200)
    assert.equal(confirmed.body().status, 'completed')
    assert.lengthOf(await db.from('ledger_journals').where('order_id', order.id), 0)
  })

  test('the commission is the one fixed when the carrier got the order, not the rate at completion', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'bidding' })
    const bid = await makeOpenBid(order, world.carrier)
    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: bid.id })
      .loginAs(world.shipper)
    accepted.assertStatus(200)
    await order.refresh()
    assert.equal(order.commissionBasisPoints, 1000)

    // The rate changes before delivery: the carrier keeps what it agreed to.
    const rates = moneyConfig.commission
    const before = rates.defaultPercent
    rates.defaultPercent = 20
    try {
      await markPaid(order)
      await markDelivered(order)
      const confirmed = await client
        .post(`/api/v1/orders/${order.id}/confirm-delivery`)
        .json({})
        .loginAs(world.shipper)
      confirmed.assertStatus(200)
    } finally {
      rates.defaultPercent = before
    }
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(owners.platform, 'platform_commission'), 400_000)
    assert.equal(await balance(carrier, 'carrier_payable'), 3_600_000)
  })
})
