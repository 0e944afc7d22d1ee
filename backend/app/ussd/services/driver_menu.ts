import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import DomainException from '#core/exceptions/domain_exception'
import Order from '#orders/models/order'
import OrderAccessService from '#orders/services/order_access_service'
import DeliveryService from '#orders/services/delivery_service'
import { ASSIGNED_BEFORE_PICKUP, DRIVER_STATUS_MOVES } from '#orders/order_state_machine'
import DriverPositionService from '#tracking/services/driver_position_service'
import CooperativeService from '#collections/services/cooperative_service'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import MilkCollection from '#collections/models/milk_collection'
import type CollectionRoute from '#collections/models/collection_route'
import { SHIFT_NAMES } from '#collections/texts'
import PinGuard from '#ussd/services/pin_guard'
import InvitationMenu from '#ussd/services/invitation_menu'
import { clip } from '#ussd/texts'
import { end, isScreen, type Screen, type Walk } from '#ussd/menu_walk'

type DriverStatus = keyof typeof DRIVER_STATUS_MOVES

/**
 * A driver's menu on a feature phone: the current order (or today's milk
 * route), the next stop, duty, and the order's next move. Which moves are
 * offered and allowed is the order state machine's answer for this driver
 * (OrderAccessService, DeliveryService), never decided here.
 */
@inject()
export default class DriverMenu {
  constructor(
    private access: OrderAccessService,
    private delivery: DeliveryService,
    private cooperatives: CooperativeService,
    private totals: CollectionTotalsService,
    private guard: PinGuard,
    private positions: DriverPositionService,
    private invitationMenu: InvitationMenu
  ) {}

  async render(walk: Walk, driver: User): Promise<Screen> {
    const t = walk.t
    const onDuty = await this.positions.isOnDuty(driver)
    const invitations = await this.invitationMenu.waitingFor(driver)
    const main = walk.choose(
      t.driverMenu(clip(driver.name ?? '', 30), onDuty, invitations.length),
      invitations.length ? 5 : 4
    )
    if (isScreen(main)) return main
    if (main.choice === 5) return this.invitationMenu.render(walk, driver, invitations)
    const order = await Order.activeForDriver(driver.id)
    const route = order ? null : await this.#todaysRoute(driver)
    switch (main.choice) {
      case 1: {
        if (order) {
          return end(
            t.job(
              order.id,
              t.statuses[order.status] ?? order.status,
              clip(order.pickupAddress, 50),
              clip(order.dropoffAddress, 50)
            )
          )
        }
        if (route) {
          const cooperative = await Organisation.findOrFail(route.cooperativeId)
          return end(
            t.route(
              clip(route.name, 40),
              this.#shiftName(walk, route),
              route.stops.length,
              clip(cooperative.name, 40)
            )
          )
        }
        return end(t.noJob)
      }
      case 2: {
        if (order) {
          const toPickup = ASSIGNED_BEFORE_PICKUP.includes(order.status)
          return end(
            t.nextPlace(
              toPickup ? t.pickup : t.dropoff,
              clip(toPickup ? order.pickupAddress : order.dropoffAddress, 90)
            )
          )
        }
        if (route) return end(await this.#nextStop(walk, route))
        return end(t.noJob)
      }
      case 3: {
        const picked = walk.choose(t.pickDuty(onDuty), 2)
        if (isScreen(picked)) return picked
        const denied = await this.guard.check(walk, driver.phone)
        if (denied) return denied
        return walk.once(picked.input, async () => {
          const duty = await this.positions.setDuty(driver, picked.choice === 1)
          return t.dutySet(duty.onDuty)
        })
      }
      default:
        return this.#move(walk, driver, order)
    }
  }

  async #move(walk: Walk, driver: User, order: Order | null): Promise<Screen> {
    const t = walk.t
    if (!order) return end(t.noJob)
    const denied = await this.guard.check(walk, driver.phone)
    if (denied) return denied
    const allowed = new Set(await this.access.actionsOn(driver, order))
    const moves = (
      Object.entries(DRIVER_STATUS_MOVES) as [DriverStatus, keyof typeof t.moves][]
    ).filter(([, action]) => allowed.has(action))
    if (moves.length === 0) return end(t.noMove(order.id, t.statuses[order.status] ?? order.status))
    const picked = walk.choose(
      t.pickMove(
        order.id,
        moves.map(([, action], index) => `${index + 1}. ${t.moves[action]}`)
      ),
      moves.length
    )
    if (isScreen(picked)) return picked
    const [status] = moves[picked.choice - 1]
    return walk.once(picked.input, async () => {
      try {
        const moved = await this.delivery.move(order, driver, { status })
        return t.moved(moved.id, t.statuses[moved.status] ?? moved.status)
      } catch (error) {
        if (error instanceof DomainException) return t.moveRefused(clip(error.message, 120))
        throw error
      }
    })
  }

  /** The route the driver runs today, its current shift first. */
  async #todaysRoute(driver: User): Promise<CollectionRoute | null> {
    const routes = await this.cooperatives.routesDrivenBy(driver)
    const { day } = this.totals.today()
    const today = DateTime.fromISO(day)
    return routes.find((route) => route.runsOn(today)) ?? null
  }

  #shiftName(walk: Walk, route: CollectionRoute) {
    return route.shifts.map((entry) => SHIFT_NAMES[walk.locale][entry.shift]).join('/')
  }

  /** The first stop with no collection on it today. */
  async #nextStop(walk: Walk, route: CollectionRoute) {
    const { day } = this.totals.today()
    const visited = await MilkCollection.query()
      .where({ route_id: route.id, collected_on: day })
      .whereNotNull('stop_id')
      .select('stop_id')
    const done = new Set(visited.map((row) => row.stopId))
    const stop = route.stops.find((candidate) => !done.has(candidate.id))
    if (!stop) return walk.t.routeDone
    return walk.t.nextStop(stop.position, route.stops.length, clip(stop.name, 80))
  }
}
