import { DateTime } from 'luxon'
import { BaseModel, beforeFetch, beforeFind, column } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'

/** A cooler or collection point of a cooperative. */
export default class CollectionCentre extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare name: string

  @column(geoPointColumn)
  declare location: LatLng

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @beforeFind()
  @beforeFetch()
  static selectLocation(query: ModelQueryBuilderContract<typeof CollectionCentre>) {
    selectPoints(query, 'collection_centres', ['location'])
  }
}
