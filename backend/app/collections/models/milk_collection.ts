import { DateTime } from 'luxon'
import { BaseModel, beforeFetch, beforeFind, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'
import Farmer from '#collections/models/farmer'
import type { Shift } from '#collections/models/collection_route'
import type { Grade, Outcome, RejectionReason } from '#collections/quality_rules'

const decimal = {
  consume: (value: string | number | null) => (value === null ? null : Number(value)),
}

/**
 * Milk taken from a farmer (kind `collection`), or the reversal of one
 * (kind `reversal`: the same quantity negated). Rows are never edited
 * except to note the receipt that was sent.
 */
export default class MilkCollection extends BaseModel {
  static table = 'milk_collections'
  static selfAssignPrimaryKey = true

  /** Made on the device (UUID), so a batch synced twice stores it once. */
  @column({ isPrimary: true })
  declare id: string

  @column()
  declare cooperativeId: number

  @column()
  declare farmerId: number

  @column()
  declare routeId: number | null

  @column()
  declare stopId: number | null

  @column()
  declare centreId: number | null

  @column()
  declare kind: 'collection' | 'reversal'

  @column()
  declare shift: Shift

  @column.dateTime()
  declare collectedAt: DateTime

  @column.date()
  declare collectedOn: DateTime

  /** `YYYY-MM`: the month it is paid in. */
  @column()
  declare period: string

  @column(decimal)
  declare quantityLitres: number

  @column()
  declare cans: number

  @column(decimal)
  declare lactometer: number | null

  @column()
  declare alcoholPassed: boolean | null

  @column({ columnName: 'temperature_c', ...decimal })
  declare temperatureC: number | null

  @column(decimal)
  declare fatPct: number | null

  @column(decimal)
  declare snfPct: number | null

  @column()
  declare outcome: Outcome

  @column()
  declare rejectionReason: RejectionReason | null

  @column()
  declare grade: Grade | null

  @column(geoPointColumn)
  declare position: LatLng | null

  @column()
  declare recordedById: number | null

  @column()
  declare reversesId: string | null

  @column()
  declare replacesId: string | null

  /** Short code printed on the receipt SMS. */
  @column()
  declare reference: string

  @column()
  declare receiptSmsId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Farmer)
  declare farmer: BelongsTo<typeof Farmer>

  @beforeFind()
  @beforeFetch()
  static selectPosition(query: ModelQueryBuilderContract<typeof MilkCollection>) {
    selectPoints(query, 'milk_collections', ['position'])
  }
}
