import { DateTime } from 'luxon'
import {
  BaseModel,
  beforeFetch,
  hasOne,
  beforeFind,
  beforeCreate,
  belongsTo,
  column,
  hasMany,
} from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, HasOne } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import OrderEvent from '#orders/models/order_event'
import Bid from '#orders/models/bid'
import Vehicle from '#fleet/models/vehicle'
import VehicleType from '#fleet/models/vehicle_type'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import Dispute from '#orders/models/dispute'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'
import { CURRENCIES, type Currency } from '#core/money_format'
import { ACTIVE_DRIVER_STATUSES, type OrderStatus } from '#orders/order_state_machine'

/** The lifecycle lives in the state machine; its states are re-exported for the model's users. */
export { ORDER_STATUSES, type OrderStatus } from '#orders/order_state_machine'

/** The currencies an order is priced in: every one Njia knows (app/core/money_format.ts). */
export { CURRENCIES, type Currency }

export const PAYMENT_METHODS = ['mobile_money', 'cash'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export default class Order extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare shipperId: number

  @column()
  declare shipperOrganisationId: number | null

  @column()
  declare status: OrderStatus

  @column(geoPointColumn)
  declare pickup: LatLng

  @column()
  declare pickupAddress: string

  @column()
  declare pickupContactName: string | null

  @column()
  declare pickupContactPhone: string | null

  @column.dateTime()
  declare pickupWindowStart: DateTime | null

  @column.dateTime()
  declare pickupWindowEnd: DateTime | null

  @column(geoPointColumn)
  declare dropoff: LatLng

  @column()
  declare dropoffAddress: string

  @column()
  declare dropoffContactName: string | null

  @column()
  declare dropoffContactPhone: string | null

  @column.dateTime()
  declare dropoffWindowStart: DateTime | null

  @column.dateTime()
  declare dropoffWindowEnd: DateTime | null

  @column()
  declare cargoKind: string

  @column()
  declare cargoWeightKg: number

  @column({
    columnName: 'cargo_volume_m3',
    consume: (value) => (value === null ? null : Number(value)),
  })
  declare cargoVolumeM3: number | null

  @column()
  declare cargoCount: number | null

  @column()
  declare cargoFragile: boolean

  @column()
  declare cargoRefrigerated: boolean

  /** Drive keys of cargo photos. */
  @column({ prepare: (value: string[]) => JSON.stringify(value ?? []) })
  declare cargoPhotos: string[]

  @column()
  declare requiredVehicleTypeId: number | null

  /** Offered price in the currency's minor unit; null when the order is open to bids only. */
  @column({ consume: (value) => (value === null ? null : Number(value)) })
  declare priceAmount: number | null

  /**
   * The price the shipper offered (null: bids only). `priceAmount` becomes
   * the accepted bid's amount and returns to this when the order is unassigned.
   */
  @column({ consume: (value) => (value === null ? null : Number(value)) })
  declare offeredPriceAmount: number | null

  @column()
  declare currency: Currency

  @column()
  declare openToBids: boolean

  @column()
  declare paymentMethod: PaymentMethod

  @column()
  declare notes: string | null

  @column()
  declare assignedDriverId: number | null

  @column()
  declare assignedVehicleId: number | null

  @column()
  declare carrierOrganisationId: number | null

  /** The platform's commission taken at settlement, fixed at assignment (1000 = 10 %). */
  @column()
  declare commissionBasisPoints: number | null

  @column()
  declare acceptedBidId: number | null

  @column()
  declare cancelReason: string | null

  @column.dateTime()
  declare postedAt: DateTime | null

  @column.dateTime()
  declare assignedAt: DateTime | null

  @column.dateTime()
  declare pickedUpAt: DateTime | null

  @column.dateTime()
  declare deliveredAt: DateTime | null

  @column.dateTime()
  declare completedAt: DateTime | null

  @column.dateTime()
  declare cancelledAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** Created with a price and no accepted bid: that price is the shipper's offer. */
  @beforeCreate()
  static rememberOffer(order: Order) {
    if (order.offeredPriceAmount === undefined) {
      order.offeredPriceAmount = order.acceptedBidId ? null : (order.priceAmount ?? null)
    }
  }

  @belongsTo(() => User, { foreignKey: 'shipperId' })
  declare shipper: BelongsTo<typeof User>

  @belongsTo(() => Organisation, { foreignKey: 'shipperOrganisationId' })
  declare shipperOrganisation: BelongsTo<typeof Organisation>

  @belongsTo(() => User, { foreignKey: 'assignedDriverId' })
  declare assignedDriver: BelongsTo<typeof User>

  @belongsTo(() => Organisation, { foreignKey: 'carrierOrganisationId' })
  declare carrierOrganisation: BelongsTo<typeof Organisation>

  @belongsTo(() => Vehicle, { foreignKey: 'assignedVehicleId' })
  declare assignedVehicle: BelongsTo<typeof Vehicle>

  @belongsTo(() => VehicleType, { foreignKey: 'requiredVehicleTypeId' })
  declare requiredVehicleType: BelongsTo<typeof VehicleType>

  @hasMany(() => OrderEvent)
  declare events: HasMany<typeof OrderEvent>

  @hasMany(() => Bid)
  declare bids: HasMany<typeof Bid>

  @hasOne(() => ProofOfDelivery)
  declare proofOfDelivery: HasOne<typeof ProofOfDelivery>

  @hasMany(() => Dispute)
  declare disputes: HasMany<typeof Dispute>

  @beforeFind()
  @beforeFetch()
  static selectCoordinates(query: ModelQueryBuilderContract<typeof Order>) {
    selectPoints(query, 'orders', ['pickup', 'dropoff'])
  }

  /** The order a driver is currently working on (assigned … in transit), if any. */
  static activeForDriver(driverId: number) {
    return Order.query()
      .where('assigned_driver_id', driverId)
      .whereIn('status', [...ACTIVE_DRIVER_STATUSES])
      .orderBy('assigned_at', 'desc')
      .first()
  }

  /** The order under way with this vehicle (and driver, when given), if any. */
  static activeForVehicle(vehicleId: number, driverId?: number) {
    const query = Order.query()
      .where('assigned_vehicle_id', vehicleId)
      .whereIn('status', [...ACTIVE_DRIVER_STATUSES])
    if (driverId !== undefined) query.where('assigned_driver_id', driverId)
    return query.first()
  }
}
