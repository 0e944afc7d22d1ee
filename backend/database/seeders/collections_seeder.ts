import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import VehicleType from '#fleet/models/vehicle_type'
import Cooperative from '#collections/models/cooperative'
import CollectionCentre from '#collections/models/collection_centre'
import CollectionRoute from '#collections/models/collection_route'
import RouteStop from '#collections/models/route_stop'
import Farmer from '#collections/models/farmer'
import MilkPrice from '#collections/models/milk_price'
import FarmerPayoutRun from '#collections/models/farmer_payout_run'
import MilkPriceService from '#collections/services/milk_price_service'
import StatementService from '#collections/services/statement_service'
import PayoutRunService from '#collections/services/payout_run_service'
import { judgeQuality } from '#collections/quality_rules'
import collectionsConfig from '#config/collections'
import type { Locale } from '#core/locales'

const CODE = '4242'

const STAFF = [
  { phone: '+254700000030', name: 'Esther Wairimu', role: 'dispatcher' as const },
  { phone: '+254700000031', name: 'John Kariuki', role: 'clerk' as const },
  { phone: '+254700000032', name: 'Lucy Nyambura', role: 'grader' as const },
]
const DRIVERS = [
  { phone: '+254700000033', name: 'Peter Githinji', plate: 'KDA501M' },
  { phone: '+254700000034', name: 'Simon Mbugua', plate: 'KDB602M' },
]

const FIRST = [
  'Wanjiku',
  'Kamau',
  'Njeri',
  'Mwangi',
  'Wambui',
  'Kariuki',
  'Nyokabi',
  'Githae',
  'Muthoni',
  'Ndungu',
]
const LAST = ['Kimani', 'Njoroge', 'Gitau', 'Waweru', 'Macharia', 'Kinyua', 'Mburu', 'Karanja']

/** A deterministic generator, so `make dev` shows the same month every time. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed / 2 ** 31
  }
}

/**
 * Part 8 of issue 13: Kiambu Dairy Farmers' Cooperative with its manager,
 * clerk and grader, a transporter with two trucks and drivers, two centres,
 * two routes of six stops, 40 farmers (phones +254711000101..140), a
 * month of morning collections with a rate chart, and last month's payout
 * run. The cooperative is made once; the run once per month.
 */
export default class CollectionsSeeder extends BaseSeeder {
  async run() {
    if (!(await Cooperative.findBy('code', CODE))) await this.#cooperative()
    await this.#payoutRun()
  }

  /**
   * Last month's farmers' pay, prepared and approved by the manager (a few
   * transport deductions first): the payouts leave by the M-Pesa simulator
   * once the API runs, and each farmer's statement SMS lands in the outbox.
   * Runs once per month of demo data.
   */
  async #payoutRun() {
    const cooperative = await Cooperative.findByOrFail('code', CODE)
    const period = DateTime.now()
      .setZone(collectionsConfig.timeZone)
      .minus({ months: 1 })
      .toFormat('yyyy-MM')
    const exists = await FarmerPayoutRun.query()
      .where({ cooperative_id: cooperative.organisationId, period })
      .first()
    if (exists) return
    const organisation = await Organisation.findOrFail(cooperative.organisationId)
    const manager = await User.findOrFail(organisation.ownerId)
    const prices = await app.container.make(MilkPriceService)
    const chart = await prices.chart(cooperative, period)
    if (chart.length === 0) {
      await prices.setChart(cooperative, period, { A: 5200, B: 4500 })
    }
    const statements = await app.container.make(StatementService)
    const farmers = await Farmer.query()
      .where('cooperative_id', cooperative.organisationId)
      .whereExists((milk) =>
        milk
          .from('milk_collections')
          .whereColumn('milk_collections.farmer_id', 'farmers.id')
          .where('milk_collections.period', period)
      )
      .orderBy('id')
      .limit(10)
    for (const farmer of farmers) {
      await statements.addAdjustment(manager, farmer, {
        period,
        kind: 'transport',
        amount: 30000,
        note: 'Transport',
      })
    }
    const runs = await app.container.make(PayoutRunService)
    const run = await runs.prepare(manager, cooperative, period)
    await runs.approve(manager, run)
  }

  async #cooperative() {
    const organisation = await Organisation.create({
      name: 'Kiambu Dairy',
      kind: 'cooperative',
      country: 'KE',
    })
    const staff: User[] = []
    for (const person of STAFF) {
      staff.push(
        await User.updateOrCreate(
          { phone: person.phone },
          { name: person.name, role: person.role, organisationId: organisation.id, locale: 'en' }
        )
      )
    }
    organisation.ownerId = staff[0].id
    await organisation.save()

    const carrier = await Organisation.create({
      name: 'Kiambu Milk Transport',
      kind: 'carrier',
      country: 'KE',
    })
    const truck = await VehicleType.findByOrFail('code', 'box_3t')
    const crews: { driver: User; vehicle: Vehicle }[] = []
    for (const person of DRIVERS) {
      const driver = await User.updateOrCreate(
        { phone: person.phone },
        { name: person.name, role: 'driver', organisationId: carrier.id, locale: 'sw' }
      )
      const vehicle = await Vehicle.firstOrCreate(
        { plate: person.plate },
        {
          organisationId: carrier.id,
          vehicleTypeId: truck.id,
          make: 'Isuzu',
          model: 'NQR milk tanker',
          year: 2020,
          baseLat: -1.0387,
          baseLng: 36.8233,
          baseAddress: 'Githunguri',
        }
      )
      await VehicleDriver.firstOrCreate({ vehicleId: vehicle.id, driverId: driver.id })
      crews.push({ driver, vehicle })
    }

    const cooperative = await Cooperative.create({
      organisationId: organisation.id,
      code: CODE,
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

    const centres = [
      await CollectionCentre.create({
        cooperativeId: organisation.id,
        name: 'Githunguri Cooler',
        location: { lat: -1.0575, lng: 36.7772 },
      }),
      await CollectionCentre.create({
        cooperativeId: organisation.id,
        name: 'Ikinu Cooler',
        location: { lat: -1.0121, lng: 36.8431 },
      }),
    ]
    const gates = [
      ['Kagwe gate', -1.041, 36.76],
      ['Kiairia junction', -1.034, 36.748],
      ['Gathugu gate', -1.027, 36.741],
      ['Kanjai shopping centre', -1.019, 36.752],
      ['Nyaga road gate', -1.013, 36.766],
      ['Mukuyu gate', -1.006, 36.81],
      ['Kambaa gate', -1.001, 36.82],
      ['Ngewa junction', -0.995, 36.829],
      ['Komothai gate', -0.988, 36.836],
      ['Gitiha gate', -0.981, 36.84],
    ] as const
    const routes: CollectionRoute[] = []
    for (const [index, crew] of crews.entries()) {
      const route = await CollectionRoute.create({
        cooperativeId: organisation.id,
        name: index === 0 ? 'Kagwe–Githunguri' : 'Mukuyu–Ikinu',
        vehicleId: crew.vehicle.id,
        driverId: crew.driver.id,
        shifts: [
          { shift: 'am', days: [1, 2, 3, 4, 5, 6, 7] },
          { shift: 'pm', days: [1, 3, 5] },
        ],
        active: true,
      })
      const own = gates.slice(index * 5, index * 5 + 5)
      for (const [position, [name, lat, lng]] of own.entries()) {
        await RouteStop.create({
          routeId: route.id,
          position: position + 1,
          kind: 'farm_gate',
          centreId: null,
          name,
          location: { lat, lng },
        })
      }
      const centre = centres[index]
      await RouteStop.create({
        routeId: route.id,
        position: 6,
        kind: 'centre',
        centreId: centre.id,
        name: centre.name,
        location: centre.location,
      })
      await route.load('stops', (stops) => stops.orderBy('position'))
      routes.push(route)
    }

    const farmers: Farmer[] = []
    const locales: Locale[] = ['sw', 'en', 'sw', 'en', 'fr']
    for (let n = 1; n <= 40; n++) {
      const route = routes[n <= 20 ? 0 : 1]
      const stop = route.stops[(n - 1) % 5]
      const phone = `+254711000${100 + n}`
      farmers.push(
        await Farmer.create({
          cooperativeId: organisation.id,
          phone,
          name: `${FIRST[n % FIRST.length]} ${LAST[(n * 3) % LAST.length]}`,
          memberNumber: `K${String(n).padStart(4, '0')}`,
          locale: locales[n % locales.length],
          payoutPhone: phone,
          nationalId: null,
          status: 'active',
          stopId: stop.id,
        })
      )
    }

    const zone = collectionsConfig.timeZone
    const today = DateTime.now().setZone(zone).startOf('day')
    for (const period of [
      today.minus({ months: 1 }).toFormat('yyyy-MM'),
      today.toFormat('yyyy-MM'),
    ]) {
      await MilkPrice.createMany([
        { cooperativeId: organisation.id, period, grade: 'A', pricePerLitre: 5200 },
        { cooperativeId: organisation.id, period, grade: 'B', pricePerLitre: 4500 },
      ])
    }

    // Thirty mornings up to yesterday: today's run is for the demo to record.
    const next = random(42)
    const rows: Record<string, unknown>[] = []
    let reference = 0
    for (let daysAgo = 30; daysAgo >= 1; daysAgo--) {
      const day = today.minus({ days: daysAgo })
      for (const [index, farmer] of farmers.entries()) {
        if (next() < 0.08) continue // a farmer misses a day now and then
        const route = routes[index < 20 ? 0 : 1]
        const collectedAt = day.set({ hour: 6, minute: 30 }).plus({ minutes: (index % 20) * 6 })
        const tests = {
          lactometer: Math.round((27 + next() * 4 - (next() < 0.03 ? 4 : 0)) * 10) / 10,
          alcoholPassed: next() > 0.02,
          temperatureC: Math.round((14 + next() * 10) * 10) / 10,
          fatPct: Math.round((3.1 + next() * 1.2) * 100) / 100,
          snfPct: Math.round((8.1 + next() * 0.8) * 100) / 100,
        }
        const verdict = judgeQuality(tests, cooperative)
        rows.push({
          id: randomUUID(),
          cooperative_id: organisation.id,
          farmer_id: farmer.id,
          route_id: route.id,
          stop_id: farmer.stopId,
          centre_id: null,
          kind: 'collection',
          shift: 'am',
          collected_at: collectedAt.toJSDate(),
          collected_on: collectedAt.toISODate(),
          period: collectedAt.toFormat('yyyy-MM'),
          quantity_litres: Math.round((4 + next() * 18) * 2) / 2,
          cans: 1,
          lactometer: tests.lactometer,
          alcohol_passed: tests.alcoholPassed,
          temperature_c: tests.temperatureC,
          fat_pct: tests.fatPct,
          snf_pct: tests.snfPct,
          outcome: verdict.outcome,
          rejection_reason: verdict.rejectionReason,
          grade: verdict.grade,
          recorded_by_id: staff[1].id,
          reference: `D${String(++reference).padStart(7, '0')}`,
          // Yesterday's receipts go out on the first start (the sweep); older ones are history.
          created_at: collectedAt.toJSDate(),
        })
      }
    }
    for (let start = 0; start < rows.length; start += 500) {
      await db.table('milk_collections').multiInsert(rows.slice(start, start + 500))
    }
  }
}
