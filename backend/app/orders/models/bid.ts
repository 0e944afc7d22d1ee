import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Order, { type Currency } from '#orders/models/order'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'

export const BID_STATUSES = ['open', 'accepted', 'rejected', 'withdrawn'] as const
export type BidStatus = (typeof BID_STATUSES)[number]

/** A carrier's offer to haul an order. Only `open` bids can change. */
export default class Bid extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare carrierOrganisationId: number

  @column()
  declare bidderId: number

  @column()
  declare vehicleId: number

  @column()
  declare driverId: number

  /** Minor units of `currency`. */
  @column({ consume: (value) => Number(value) })
  declare amount: number

  @column()
  declare currency: Currency

  @column.dateTime()
  declare estimatedPickupAt: DateTime

  @column()
  declare note: string | null

  @column()
  declare status: BidStatus

  @column.dateTime()
  declare decidedAt: DateTime | null

  @column()
  declare decidedById: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  @belongsTo(() => Organisation, { foreignKey: 'carrierOrganisationId' })
  declare carrierOrganisation: BelongsTo<typeof Organisation>

  @belongsTo(() => Vehicle)
  declare vehicle: BelongsTo<typeof Vehicle>

  @belongsTo(() => User, { foreignKey: 'driverId' })
  declare driver: BelongsTo<typeof User>
}
