import { DateTime } from 'luxon'
import { BaseModel, beforeFetch, beforeFind, column } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'

/** Photo and signature (drive keys), receiver, where and when: one per order. */
export default class ProofOfDelivery extends BaseModel {
  static table = 'proofs_of_delivery'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare submittedById: number | null

  @column({ serializeAs: null })
  declare photoKey: string

  @column({ serializeAs: null })
  declare signatureKey: string

  @column()
  declare receiverName: string

  @column()
  declare receiverPhone: string

  @column(geoPointColumn)
  declare position: LatLng | null

  @column.dateTime()
  declare deliveredAt: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @beforeFind()
  @beforeFetch()
  static selectPosition(query: ModelQueryBuilderContract<typeof ProofOfDelivery>) {
    selectPoints(query, 'proofs_of_delivery', ['position'])
  }
}
