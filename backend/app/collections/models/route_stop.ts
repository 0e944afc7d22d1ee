import { BaseModel, beforeFetch, beforeFind, column } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'

export const STOP_KINDS = ['farm_gate', 'centre'] as const
export type StopKind = (typeof STOP_KINDS)[number]

/** One stop of a route, in driving order (`position` from 1). */
export default class RouteStop extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare routeId: number

  @column()
  declare position: number

  @column()
  declare kind: StopKind

  @column()
  declare centreId: number | null

  @column()
  declare name: string

  @column(geoPointColumn)
  declare location: LatLng

  @beforeFind()
  @beforeFetch()
  static selectLocation(query: ModelQueryBuilderContract<typeof RouteStop>) {
    selectPoints(query, 'route_stops', ['location'])
  }
}
