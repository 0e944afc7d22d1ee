/**
 * Creates the bench world in the database named by DATABASE_URL:
 * one carrier with DRIVERS drivers, each with an in-transit order watched
 * by its shipper; a platform admin; and NEARBY_ROWS extra on-duty drivers
 * with fresh last positions around Nairobi for the nearby benchmark.
 * Everything is tagged (organisation name "bench ...") and removed by cleanup.
 * Prints the tokens as JSON on stdout.
 */
import { bootBackend } from './app.js'

const drivers = Number(process.argv[2] ?? 200)
const nearbyRows = Number(process.argv[3] ?? 100_000)
const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: User } = await load('app/accounts/models/user.ts')
const { default: Organisation } = await load('app/accounts/models/organisation.ts')
const { default: Order } = await load('app/orders/models/order.ts')

await cleanup(db)
const stamp = Date.now() % 1e6
const carrier = await Organisation.create({
  name: `bench carrier ${stamp}`,
  kind: 'carrier',
  country: 'KE',
})
const shipperOrg = await Organisation.create({
  name: `bench shippers ${stamp}`,
  kind: 'shipper',
  country: 'KE',
})
const phone = (n: number) => `+2547${String(n).padStart(8, '0')}`
const rows = []
for (let i = 0; i < drivers; i++) {
  rows.push({
    phone: phone(90_000_000 + i),
    name: `bench driver ${i}`,
    role: 'driver',
    organisationId: carrier.id,
    locale: 'en',
  })
  rows.push({
    phone: phone(91_000_000 + i),
    name: `bench shipper ${i}`,
    role: 'shipper',
    organisationId: shipperOrg.id,
    locale: 'en',
  })
}
const users = await User.createMany(rows)
const admin = await User.create({
  phone: phone(92_000_000),
  name: 'bench admin',
  role: 'admin',
  organisationId: shipperOrg.id,
  locale: 'en',
})
const out: {
  drivers: { id: number; token: string; orderId: number; shipperToken: string }[]
  adminToken: string
  carrierId: number
} = {
  drivers: [],
  adminToken: (await User.accessTokens.create(admin)).value!.release(),
  carrierId: carrier.id,
}
const pickup = { lat: -1.2864, lng: 36.8172 }
const dropoff = { lat: -1.0333, lng: 37.0693 }
for (let i = 0; i < drivers; i++) {
  const driver = users[2 * i]
  const shipper = users[2 * i + 1]
  const order = await Order.create({
    shipperId: shipper.id,
    shipperOrganisationId: shipperOrg.id,
    status: 'in_transit',
    pickup,
    pickupAddress: 'bench pickup',
    dropoff,
    dropoffAddress: 'bench dropoff',
    cargoKind: 'bench',
    cargoWeightKg: 1000,
    currency: 'KES',
    paymentMethod: 'cash',
    assignedDriverId: driver.id,
    carrierOrganisationId: carrier.id,
  })
  out.drivers.push({
    id: driver.id,
    orderId: order.id,
    token: (await User.accessTokens.create(driver)).value!.release(),
    shipperToken: (await User.accessTokens.create(shipper)).value!.release(),
  })
}

// Nearby: plain SQL, 100k drivers with a fresh on-duty last position within ~50 km of Nairobi.
await db.rawQuery(
  `WITH u AS (
     INSERT INTO users (phone, name, role, organisation_id, locale, created_at, updated_at)
     SELECT '+2556' || lpad(g::text, 8, '0'), 'bench nearby ' || g, 'driver', ?, 'en', now(), now()
     FROM generate_series(1, ?) g RETURNING id
   )
   INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
   SELECT id, ?, ST_SetSRID(ST_MakePoint(36.8219 + (random() - 0.5) * 0.9, -1.2921 + (random() - 0.5) * 0.9), 4326)::geography,
          now(), random() < 0.8, now()
   FROM u`,
  [carrier.id, nearbyRows, carrier.id]
)
await db.rawQuery('ANALYZE driver_positions')
process.stdout.write(JSON.stringify(out))
await app.terminate()

export async function cleanup(database: any) {
  const orgs = await database.from('organisations').where('name', 'like', 'bench %').select('id')
  const ids = orgs.map((o: { id: number }) => o.id)
  if (ids.length === 0) return
  const users = database.from('users').whereIn('organisation_id', ids).select('id')
  await database.rawQuery(
    `DELETE FROM gps_pings WHERE driver_id IN (SELECT id FROM users WHERE organisation_id = ANY(?))`,
    [ids]
  )
  await database
    .from('tracking_order_states')
    .whereIn(
      'order_id',
      database.from('orders').whereIn('carrier_organisation_id', ids).select('id')
    )
    .delete()
  await database
    .from('order_events')
    .whereIn(
      'order_id',
      database.from('orders').whereIn('carrier_organisation_id', ids).select('id')
    )
    .delete()
  await database.from('orders').whereIn('carrier_organisation_id', ids).delete()
  await database.from('driver_positions').whereIn('driver_id', users).delete()
  await database.from('users').whereIn('organisation_id', ids).delete()
  await database.from('organisations').whereIn('id', ids).delete()
}
