import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { Locale } from '#core/locales'

export type VehicleTypeNames = Partial<Record<Locale, string>>

export const VEHICLE_BODIES = [
  'flatbed',
  'box',
  'curtainsider',
  'tanker',
  'refrigerated',
  'tipper',
  'container',
  'livestock',
  'van',
  'pickup',
  'motorcycle',
] as const
export type VehicleBody = (typeof VEHICLE_BODIES)[number]

/** numeric columns come back from `pg` as strings. */
export const decimalColumn = {
  consume: (value: string | number | null) => (value === null ? null : Number(value)),
}

export default class VehicleType extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** Stable identifier for clients and seeders, e.g. `flatbed_10t`. */
  @column()
  declare code: string

  @column()
  declare name: string

  /** The name in each language an admin gave (the English one is `name`). */
  @column({ prepare: (value: VehicleTypeNames) => JSON.stringify(value ?? {}) })
  declare names: VehicleTypeNames

  /** The name in `locale`, else the English one. */
  nameIn(locale: Locale) {
    return this.names?.[locale] || this.name
  }

  @column()
  declare body: VehicleBody

  /** ISO 3166-1 alpha-2 codes of the countries the type is used in (never empty). */
  @column()
  declare countries: string[]

  @column()
  declare capacityKg: number

  @column({ columnName: 'capacity_m3', serializeAs: 'capacityM3', ...decimalColumn })
  declare capacityM3: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
