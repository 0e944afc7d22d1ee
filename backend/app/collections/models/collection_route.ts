import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import RouteStop from '#collections/models/route_stop'

export const SHIFTS = ['am', 'pm'] as const
export type Shift = (typeof SHIFTS)[number]

export interface RouteShift {
  shift: Shift
  /** ISO weekdays, 1 = Monday. */
  days: number[]
}

/** A milk run: ordered stops, a truck and driver, and the shifts it runs. */
export default class CollectionRoute extends BaseModel {
  static table = 'collection_routes'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare name: string

  @column()
  declare vehicleId: number | null

  @column()
  declare driverId: number | null

  @column({ prepare: (value: RouteShift[]) => JSON.stringify(value ?? []) })
  declare shifts: RouteShift[]

  @column()
  declare active: boolean

  @hasMany(() => RouteStop, { foreignKey: 'routeId' })
  declare stops: HasMany<typeof RouteStop>

  @belongsTo(() => Vehicle)
  declare vehicle: BelongsTo<typeof Vehicle>

  @belongsTo(() => User, { foreignKey: 'driverId' })
  declare driver: BelongsTo<typeof User>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** Whether it runs `shift` on `day`. */
  runsOn(day: DateTime, shift?: Shift) {
    return this.shifts.some(
      (entry) => entry.days.includes(day.weekday) && (!shift || entry.shift === shift)
    )
  }
}
