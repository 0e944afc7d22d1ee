import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { Shift } from '#collections/models/collection_route'

const decimal = { consume: (value: string | number) => Number(value) }

/** A route's bulk milk weighed in at the cooler or plant for one day and shift. */
export default class RouteIntake extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare routeId: number

  @column.date()
  declare collectedOn: DateTime

  @column()
  declare shift: Shift

  @column(decimal)
  declare quantityLitres: number

  /** Who drove the route that day (the route's driver when it was weighed in). */
  @column()
  declare driverId: number | null

  @column()
  declare recordedById: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
