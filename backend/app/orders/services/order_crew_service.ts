import { inject } from '@adonisjs/core'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import type Organisation from '#accounts/models/organisation'
import type Vehicle from '#fleet/models/vehicle'
import type Order from '#orders/models/order'
import { assertAllowed, refusal } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'
import RatingService from '#orders/services/rating_service'
import type { RatingSummary } from '#orders/transformers/bid_transformer'

/** Who is coming for an order: the people and the truck a shipper waits for. */
export interface OrderCrew {
  orderId: number
  driver: User | null
  /** The driver's phone may be shown to the caller now (the state machine's `callDriver`). */
  mayCall: boolean
  vehicle: Vehicle | null
  carrier: Organisation | null
  carrierRating: RatingSummary | null
}

@inject()
export default class OrderCrewService {
  constructor(
    private access: OrderAccessService,
    private ratings: RatingService
  ) {}

  /** 409 E_INVALID_STATE before a carrier has the order; the policy has said the caller may. */
  async of(user: User, order: Order): Promise<OrderCrew> {
    const parties = await this.access.partiesOf(user, order)
    assertAllowed(order, 'seeCrew', parties)
    if (order.assignedDriverId) await order.load('assignedDriver')
    if (order.assignedVehicleId) {
      await order.load('assignedVehicle', (query) => query.preload('vehicleType'))
    }
    if (order.carrierOrganisationId) await order.load('carrierOrganisation')
    return {
      orderId: order.id,
      driver: order.assignedDriver ?? null,
      mayCall: refusal(order, 'callDriver', parties) === null,
      vehicle: order.assignedVehicle ?? null,
      carrier: order.carrierOrganisation ?? null,
      carrierRating: order.carrierOrganisationId
        ? await this.ratings.summaryForOrganisation(order.carrierOrganisationId)
        : null,
    }
  }

  /**
   * The assigned driver's photo, for exactly those who may see the crew
   * (the same rule, asked again); 404 E_NOT_FOUND when there is none.
   */
  async driverPhotoKey(user: User, order: Order): Promise<string> {
    const parties = await this.access.partiesOf(user, order)
    assertAllowed(order, 'seeCrew', parties)
    if (order.assignedDriverId) await order.load('assignedDriver')
    const key = order.assignedDriver?.photoKey
    if (!key) throw DomainException.notFound('Photo')
    return key
  }
}
