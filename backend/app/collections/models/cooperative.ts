import type { Currency } from '#core/money_format'
import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organisation from '#accounts/models/organisation'

const decimal = {
  consume: (value: string | number | null) => (value === null ? null : Number(value)),
}

/** A cooperative's dairy settings; the organisation (kind `cooperative`) is its identity. */
export default class Cooperative extends BaseModel {
  @column({ isPrimary: true })
  declare organisationId: number

  /** What a farmer types to register by USSD. */
  @column()
  declare code: string

  @column()
  declare currency: Currency

  /** The transporter whose vehicles and drivers run the routes. */
  @column()
  declare carrierOrganisationId: number | null

  /** kg per litre, to convert a weighed can into litres. */
  @column(decimal)
  declare milkDensity: number

  @column(decimal)
  declare lactometerMin: number

  @column(decimal)
  declare lactometerMax: number

  @column({ columnName: 'max_temperature_c', ...decimal })
  declare maxTemperatureC: number

  @column()
  declare alcoholTestRequired: boolean

  @column(decimal)
  declare minFatPct: number | null

  @column(decimal)
  declare minSnfPct: number | null

  @column()
  declare maxLitres: number

  /** Intake differing from the farm collections by more than this share (%) is flagged. */
  @column(decimal)
  declare varianceThresholdPct: number

  /** Collections on or before this day are in a closed period. */
  @column.date()
  declare closedThrough: DateTime | null

  @belongsTo(() => Organisation, { foreignKey: 'organisationId' })
  declare organisation: BelongsTo<typeof Organisation>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
