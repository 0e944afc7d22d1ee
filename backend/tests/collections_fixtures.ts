import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import QueueService from '#core/services/queue_service'
import type { Locale } from '#core/locales'
import Cooperative from '#collections/models/cooperative'
import CollectionCentre from '#collections/models/collection_centre'
import CollectionRoute from '#collections/models/collection_route'
import RouteStop from '#collections/models/route_stop'
import Farmer from '#collections/models/farmer'
import MilkCollection from '#collections/models/milk_collection'
import VehicleDriver from '#fleet/models/vehicle_driver'
import { makeDocument, makeVehicle } from '#tests/fleet_fixtures'
import { refuseBesideOpenTransaction } from '#tests/transaction_guard'
import collectionsConfig from '#config/collections'

let sequence = 0
/** A Kenyan mobile number no other fixture of this file uses. */
export function farmPhone() {
  sequence += 1
  return `+2547${String(20_000_000 + ((Date.now() + sequence * 7919) % 9_999_999)).slice(-8)}`
}

async function person(role: Role, organisation: Organisation | null, name: string) {
  return User.create({
    phone: farmPhone(),
    name,
    role,
    organisationId: organisation?.id ?? null,
    locale: 'en',
  })
}

export interface Coop {
  cooperative: Cooperative
  organisation: Organisation
  manager: User
  clerk: User
  grader: User
  carrier: Organisation
  driver: User
  centre: CollectionCentre
  route: CollectionRoute
  stops: RouteStop[]
}

/** A Kiambu-like cooperative: manager, clerk, grader, a transporter with a driver and truck, a centre and a route. */
export async function makeCooperative(name = `Coop ${++sequence}`): Promise<Coop> {
  const organisation = await Organisation.create({ name, kind: 'cooperative', country: 'KE' })
  const manager = await person('dispatcher', organisation, 'Mary Manager')
  organisation.ownerId = manager.id
  await organisation.save()
  const carrier = await Organisation.create({
    name: `${name} Transport`,
    kind: 'carrier',
    country: 'KE',
  })
  const cooperative = await Cooperative.create({
    organisationId: organisation.id,
    code: String(100000 + ++sequence),
    currency: 'KES',
    carrierOrganisationId: carrier.id,
    milkDensity: 1.03,
    lactometerMin: 26,
    lactometerMax: 32,
    maxTemperatureC: 30,
    alcoholTestRequired: true,
    minFatPct: 3.25,
    minSnfPct: 8.25,
    maxLitres: 200,
  })
  await cooperative.load('organisation')
  const driver = await person('driver', carrier, 'Dan Driver')
  const vehicle = await makeVehicle(carrier)
  // Papers in order: a route is given only to an eligible crew.
  await makeDocument('registration_card', { vehicle })
  await makeDocument('insurance', { vehicle })
  await makeDocument('driving_licence', { driver })
  await VehicleDriver.create({ vehicleId: vehicle.id, driverId: driver.id })
  const centre = await CollectionCentre.create({
    cooperativeId: organisation.id,
    name: 'Githunguri Cooler',
    location: { lat: -1.0575, lng: 36.7772 },
  })
  const route = await CollectionRoute.create({
    cooperativeId: organisation.id,
    name: 'Route A',
    vehicleId: vehicle.id,
    driverId: driver.id,
    shifts: [{ shift: 'am', days: [1, 2, 3, 4, 5, 6, 7] }],
    active: true,
  })
  const stops = [
    await RouteStop.create({
      routeId: route.id,
      position: 1,
      kind: 'farm_gate',
      centreId: null,
      name: 'Kamau gate',
      location: { lat: -1.05, lng: 36.77 },
    }),
    await RouteStop.create({
      routeId: route.id,
      position: 2,
      kind: 'farm_gate',
      centreId: null,
      name: 'Ikinu junction',
      location: { lat: -1.04, lng: 36.78 },
    }),
    await RouteStop.create({
      routeId: route.id,
      position: 3,
      kind: 'centre',
      centreId: centre.id,
      name: centre.name,
      location: centre.location,
    }),
  ]
  return {
    cooperative,
    organisation,
    manager,
    clerk: await person('clerk', organisation, 'Clara Clerk'),
    grader: await person('grader', organisation, 'Gideon Grader'),
    carrier,
    driver,
    centre,
    route,
    stops,
  }
}

export async function makeFarmer(coop: Coop, overrides: Partial<Farmer> = {}) {
  sequence += 1
  const phone = overrides.phone ?? farmPhone()
  return Farmer.create({
    cooperativeId: coop.organisation.id,
    phone,
    name: `Farmer ${sequence}`,
    memberNumber: `K${String(sequence).padStart(4, '0')}`,
    locale: 'en' as Locale,
    payoutPhone: phone,
    nationalId: null,
    status: 'active',
    stopId: coop.stops[0].id,
    ...overrides,
  })
}

/**
 * A moment `ms` before now, but never before midnight in the cooperatives'
 * time zone: what a test records "earlier" stays in today's and this month's
 * totals whatever hour the suite runs (21:00 UTC is midnight in Nairobi).
 */
export function earlierToday(ms: number) {
  const midnight = DateTime.now().setZone(collectionsConfig.timeZone).startOf('day').toMillis()
  return new Date(Math.max(Date.now() - ms, midnight)).toISOString()
}

/** A collection as the phone would send it. */
export function collectionInput(
  farmer: Farmer,
  coop: Coop,
  overrides: Record<string, unknown> = {}
) {
  return {
    id: randomUUID(),
    farmerId: farmer.id,
    routeId: coop.route.id,
    stopId: farmer.stopId ?? coop.stops[0].id,
    shift: 'am',
    collectedAt: earlierToday(60_000),
    quantityLitres: 12.5,
    cans: 1,
    lactometer: 28,
    alcoholPassed: true,
    temperatureC: 18,
    position: { lat: -1.05, lng: 36.77 },
    ...overrides,
  }
}

/** The job queue replaced by a recorder: tests see what was queued and run it themselves. */
/**
 * Milk accepted from `farmer` at `at` on the route's first stop, stored as a
 * synced collection would be (no receipt sent): for months already over.
 */
export async function acceptedMilk(
  coop: Coop,
  farmer: Farmer,
  at: DateTime,
  fields: { quantityLitres: number; grade?: string; reference?: string; cans?: number }
) {
  return MilkCollection.create({
    id: randomUUID(),
    cooperativeId: coop.organisation.id,
    farmerId: farmer.id,
    routeId: coop.route.id,
    stopId: coop.stops[0].id,
    centreId: null,
    kind: 'collection',
    shift: 'am',
    collectedAt: at,
    collectedOn: at.startOf('day'),
    period: at.toFormat('yyyy-MM'),
    position: null,
    recordedById: coop.clerk.id,
    reversesId: null,
    replacesId: null,
    receiptSmsId: null,
    reference: fields.reference ?? `MT${Math.floor(Math.random() * 1e6)}`,
    quantityLitres: fields.quantityLitres,
    cans: fields.cans ?? 1,
    lactometer: 28,
    alcoholPassed: true,
    temperatureC: 18,
    fatPct: null,
    snfPct: null,
    outcome: 'accepted',
    rejectionReason: null,
    grade: fields.grade ?? 'A',
  } as Partial<MilkCollection>)
}

export function recordQueue() {
  const sent: { queue: string; data: any; id?: string }[] = []
  const ids = new Set<string>()
  const fake = {
    async send(job: { queue: string }, data: object, options: { id?: string } = {}) {
      refuseBesideOpenTransaction(`A job enqueued on ${job.queue}`)
      if (options.id && ids.has(`${job.queue}/${options.id}`)) return null
      if (options.id) ids.add(`${job.queue}/${options.id}`)
      sent.push({ queue: job.queue, data, id: options.id })
      return options.id ?? randomUUID()
    },
    async sendMany(job: { queue: string }, jobs: { data: object; id?: string }[]) {
      for (const { data, id } of jobs) await fake.send(job, data, { id })
    },
  }
  app.container.swap(QueueService, () => fake as unknown as QueueService)
  return { sent, restore: () => app.container.restore(QueueService) }
}

/**
 * Removes cooperatives made outside the global transaction (concurrency
 * tests), with their transporters, people, milk and pay.
 */
export async function removeCooperatives(coops: Coop[]) {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const orgIds = coops.flatMap((coop) => [coop.organisation.id, coop.carrier.id])
  const userIds = db.from('users').select('id').whereIn('organisation_id', orgIds)
  await db.from('milk_collections').whereIn('cooperative_id', orgIds).delete()
  await db.from('farmer_payout_runs').whereIn('cooperative_id', orgIds).delete()
  await db.from('farmer_adjustments').whereIn('cooperative_id', orgIds).delete()
  await db.from('farmers').whereIn('cooperative_id', orgIds).delete()
  await db.from('collection_routes').whereIn('cooperative_id', orgIds).delete()
  await db.from('vehicle_drivers').whereIn('driver_id', userIds).delete()
  await db.from('vehicles').whereIn('organisation_id', orgIds).delete()
  await db.from('organisations').whereIn('id', orgIds).update({ owner_id: null })
  await db.from('users').whereIn('organisation_id', orgIds).delete()
  await db.from('organisations').whereIn('id', orgIds).delete()
}
