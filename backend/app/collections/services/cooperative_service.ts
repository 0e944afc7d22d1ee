import { currencyOf } from '#core/money_format'
import type { SupportedCountry } from '#core/phone'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#accounts/access_events'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import type { LatLng } from '#core/models/geo_point'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import OrganisationService from '#accounts/services/organisation_service'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import Cooperative from '#collections/models/cooperative'
import CollectionCentre from '#collections/models/collection_centre'
import CollectionRoute, { type RouteShift } from '#collections/models/collection_route'
import RouteStop, { type StopKind } from '#collections/models/route_stop'
import ClosedPeriodService from '#collections/services/closed_period_service'
import { drivesFor } from '#accounts/membership_rules'

export interface Thresholds {
  milkDensity?: number
  lactometerMin?: number
  lactometerMax?: number
  maxTemperatureC?: number
  alcoholTestRequired?: boolean
  minFatPct?: number | null
  minSnfPct?: number | null
  maxLitres?: number
  varianceThresholdPct?: number
}

export interface StopInput {
  kind: StopKind
  centreId?: number
  name?: string
  location?: LatLng
}

export interface RouteInput {
  name?: string
  vehicleId?: number | null
  driverId?: number | null
  shifts?: RouteShift[]
  stops?: StopInput[]
  active?: boolean
}

/** Cooperatives, their settings, centres and routes. */
@inject()
export default class CooperativeService {
  constructor(
    private organisations: OrganisationService,
    private periods: ClosedPeriodService,
    private eligibility: FleetEligibilityService
  ) {}

  async find(id: number) {
    const cooperative = await Cooperative.find(id)
    if (!cooperative) throw DomainException.notFound('Cooperative')
    await cooperative.load('organisation')
    return cooperative
  }

  /** The cooperative a user works for, if any. */
  async ofMember(user: User) {
    if (!user.organisationId) return null
    const cooperative = await Cooperative.find(user.organisationId)
    if (cooperative) await cooperative.load('organisation')
    return cooperative
  }

  async create(
    input: {
      name: string
      country: SupportedCountry
      code: string
      carrierOrganisationId?: number | null
      manager: { phone: string; name: string }
    } & Thresholds
  ) {
    const { name, country, code, carrierOrganisationId, manager, ...thresholds } = input
    this.#checkBand(thresholds)
    if (await Cooperative.findBy('code', code)) {
      throw new DomainException('Another cooperative has this code.', {
        status: 409,
        code: 'E_CODE_TAKEN',
        field: 'code',
      })
    }
    if (carrierOrganisationId) await this.#carrier(carrierOrganisationId)
    const organisation = await Organisation.create({
      name,
      country,
      kind: 'cooperative',
      ownerId: null,
    })
    try {
      const { user: owner } = await this.organisations.addMember(organisation, {
        ...manager,
        role: 'dispatcher',
      })
      organisation.ownerId = owner.id
      await organisation.save()
      await Cooperative.create({
        organisationId: organisation.id,
        code,
        currency: currencyOf(country)!,
        carrierOrganisationId: carrierOrganisationId ?? null,
        ...thresholds,
      })
    } catch (error) {
      await organisation.delete()
      throw error
    }
    return this.find(organisation.id)
  }

  async update(
    cooperative: Cooperative,
    input: Thresholds & { carrierOrganisationId?: number | null; closedThrough?: Date | null }
  ) {
    const { closedThrough, carrierOrganisationId, ...thresholds } = input
    this.#checkBand({ ...cooperative.serialize(), ...thresholds } as Thresholds)
    if (carrierOrganisationId) await this.#carrier(carrierOrganisationId)
    cooperative.merge(thresholds)
    if (carrierOrganisationId !== undefined)
      cooperative.carrierOrganisationId = carrierOrganisationId
    await db.transaction(async (trx) => {
      if (closedThrough !== undefined) {
        const day = closedThrough ? DateTime.fromJSDate(closedThrough).toISODate()! : null
        await this.periods.assertKeepsPaidClosed(cooperative.organisationId, day, trx)
        cooperative.closedThrough = day ? DateTime.fromISO(day) : null
      }
      cooperative.useTransaction(trx)
      await cooperative.save()
    })
    return cooperative
  }

  centres(cooperative: Cooperative) {
    return CollectionCentre.query()
      .where('cooperative_id', cooperative.organisationId)
      .orderBy('id')
  }

  createCentre(cooperative: Cooperative, input: { name: string; location: LatLng }) {
    return CollectionCentre.create({ cooperativeId: cooperative.organisationId, ...input })
  }

  routes(cooperative: Cooperative) {
    return CollectionRoute.query()
      .where('cooperative_id', cooperative.organisationId)
      .preload('stops', (stops) => stops.orderBy('position'))
      .orderBy('id')
  }

  async findRoute(id: number) {
    const route = await CollectionRoute.query()
      .where('id', id)
      .preload('stops', (stops) => stops.orderBy('position'))
      .first()
    if (!route) throw DomainException.notFound('Route')
    return route
  }

  async createRoute(
    cooperative: Cooperative,
    input: Required<Pick<RouteInput, 'name' | 'shifts' | 'stops'>> & RouteInput
  ) {
    return db
      .transaction(async (trx) => {
        // In the transaction: on the embedded database a read beside it would wait for it forever.
        await this.#checkCrew(cooperative, input.vehicleId ?? null, input.driverId ?? null, trx)
        const route = await CollectionRoute.create(
          {
            cooperativeId: cooperative.organisationId,
            name: input.name,
            vehicleId: input.vehicleId ?? null,
            driverId: input.driverId ?? null,
            shifts: input.shifts,
            active: true,
          },
          { client: trx }
        )
        await this.#writeStops(cooperative, route, input.stops, trx)
        return route.id
      })
      .then((id) => this.findRoute(id))
  }

  async updateRoute(cooperative: Cooperative, route: CollectionRoute, input: RouteInput) {
    const vehicleId = input.vehicleId === undefined ? route.vehicleId : input.vehicleId
    const driverId = input.driverId === undefined ? route.driverId : input.driverId
    await this.#checkCrew(cooperative, vehicleId, driverId, undefined, route)
    const before = { driverId: route.driverId, active: route.active }
    await db.transaction(async (trx) => {
      route.useTransaction(trx)
      const { stops, ...fields } = input
      route.merge({ ...fields, vehicleId, driverId })
      await route.save()
      if (stops) {
        // Farmers keep their stop when its place in the route changes: stops are
        // matched by kind and name, the others replaced.
        await RouteStop.query({ client: trx })
          .where('route_id', route.id)
          .update({ position: db.raw('-position') })
        await this.#writeStops(cooperative, route, stops, trx)
        await RouteStop.query({ client: trx })
          .where('route_id', route.id)
          .where('position', '<', 0)
          .delete()
      }
    })
    if (before.driverId !== route.driverId || before.active !== route.active) {
      // Its old driver stops following the route at once (rooms, GPS fan-out); its new one starts.
      for (const userId of new Set([before.driverId, route.driverId])) {
        if (userId) await emitter.emit('user:access-changed', { userId, change: 'assignment' })
      }
    }
    return this.findRoute(route.id)
  }

  /**
   * An admin suspended the driver: their milk routes lose their driver (the
   * truck stays) until the cooperative names another. Routes are edited
   * while they have none; the driver stops following them with the
   * suspension's own `user:access-changed`.
   */
  async releaseDriver(driverId: number) {
    const released = await CollectionRoute.query()
      .where('driver_id', driverId)
      .update({ driver_id: null, updated_at: new Date() })
    return Number(Array.isArray(released) ? released[0] : released)
  }

  /** Today's routes of a driver (any cooperative), with their stops. */
  routesDrivenBy(driver: User) {
    return CollectionRoute.query()
      .where('driver_id', driver.id)
      .where('active', true)
      .preload('stops', (stops) => stops.orderBy('position'))
      .orderBy('id')
  }

  async #writeStops(
    cooperative: Cooperative,
    route: CollectionRoute,
    stops: StopInput[],
    trx: TransactionClientContract
  ) {
    const centres = await CollectionCentre.query({ client: trx }).where(
      'cooperative_id',
      cooperative.organisationId
    )
    const existing = await RouteStop.query({ client: trx }).where('route_id', route.id)
    for (const [index, stop] of stops.entries()) {
      let name = stop.name
      let location = stop.location
      if (stop.kind === 'centre') {
        const centre = centres.find((c) => c.id === stop.centreId)
        if (!centre) {
          throw new DomainException('No such collection centre in this cooperative.', {
            status: 422,
            code: 'E_VALIDATION',
            field: `stops.${index}.centreId`,
          })
        }
        name = centre.name
        location = centre.location
      }
      const kept = existing.find(
        (s) =>
          s.position < 0 &&
          s.kind === stop.kind &&
          s.name === name &&
          s.centreId === (stop.centreId ?? null)
      )
      if (kept) {
        kept.useTransaction(trx)
        kept.merge({ position: index + 1, location: location! })
        await kept.save()
        kept.position = index + 1
        continue
      }
      await RouteStop.create(
        {
          routeId: route.id,
          position: index + 1,
          kind: stop.kind,
          centreId: stop.kind === 'centre' ? stop.centreId! : null,
          name: name!,
          location: location!,
        },
        { client: trx }
      )
    }
  }

  /**
   * The route's truck and driver come from the cooperative's transporter, and
   * go together; a new truck or driver must be eligible as for an order's load
   * (FleetEligibilityService.assertMayWork: valid papers, a driver an admin has
   * not suspended; 409 naming every reason), though a route whose crew has
   * since lapsed can still be edited otherwise.
   */
  async #checkCrew(
    cooperative: Cooperative,
    vehicleId: number | null,
    driverId: number | null,
    client?: TransactionClientContract,
    current: { vehicleId: number | null; driverId: number | null } = {
      vehicleId: null,
      driverId: null,
    }
  ) {
    if (vehicleId === null && driverId === null) return
    const carrierId = cooperative.carrierOrganisationId
    const refuse = (field: string, message: string) =>
      new DomainException(message, { status: 422, code: 'E_VALIDATION', field })
    const vehicle = vehicleId === null ? null : await Vehicle.find(vehicleId, { client })
    if (vehicleId !== null) {
      if (!vehicle || vehicle.archivedAt || vehicle.organisationId !== carrierId) {
        throw refuse('vehicleId', "The vehicle must be one of the cooperative's transporter.")
      }
    }
    const driver = driverId === null ? null : await User.find(driverId, { client })
    if (driverId !== null) {
      if (!drivesFor(driver, carrierId)) {
        throw refuse('driverId', "The driver must drive for the cooperative's transporter.")
      }
      if (vehicleId !== null) {
        const assigned = await VehicleDriver.query({ client })
          .where({ vehicle_id: vehicleId, driver_id: driverId })
          .first()
        if (!assigned) throw refuse('driverId', 'This driver is not assigned to that vehicle.')
      }
    }
    if (vehicleId !== current.vehicleId || driverId !== current.driverId) {
      await this.eligibility.assertMayWork(vehicle, driver, { client })
    }
  }

  async #carrier(id: number) {
    const carrier = await Organisation.find(id)
    if (!carrier || carrier.kind !== 'carrier') {
      throw new DomainException('The transporter must be a carrier organisation.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'carrierOrganisationId',
      })
    }
    return carrier
  }

  #checkBand(thresholds: Thresholds) {
    if (
      thresholds.lactometerMin !== undefined &&
      thresholds.lactometerMax !== undefined &&
      thresholds.lactometerMin >= thresholds.lactometerMax
    ) {
      throw new DomainException('lactometerMin must be below lactometerMax.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'lactometerMin',
      })
    }
  }
}
