import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'

/** A WGS 84 point as the API and the models expose it. */
export interface LatLng {
  lat: number
  lng: number
}

/**
 * Column options for a `geography(Point, 4326)` column exposed as `{ lat, lng }`.
 * PostGIS does the conversion both ways: writes go through ST_MakePoint and
 * reads through ST_Y / ST_X (see `selectPoints`), never through JS geometry code.
 */
export const geoPointColumn = {
  prepare: (value: LatLng | null | undefined) =>
    value
      ? db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography', [value.lng, value.lat])
      : value,
}

/** SQL turning a geography column into `{ "lat": .., "lng": .. }` JSON (or null). */
export function pointJson(qualifiedColumn: string) {
  return `CASE WHEN ${qualifiedColumn} IS NULL THEN NULL ELSE json_build_object('lat', ST_Y(${qualifiedColumn}::geometry), 'lng', ST_X(${qualifiedColumn}::geometry)) END`
}

/**
 * Model hook body: select every column and, in place of each raw geography
 * column, its `{ lat, lng }` JSON under the same name (the last column of a
 * given name wins in node-postgres). Queries that pick their own columns
 * without `table.*` (counts, aggregates) are left alone.
 */
export function selectPoints(
  query: ModelQueryBuilderContract<LucidModel>,
  table: string,
  columns: string[]
) {
  const statements = (
    query.knexQuery as unknown as { _statements?: { grouping: string; value?: unknown }[] }
  )._statements
  const selections = (statements ?? []).filter((statement) => statement.grouping === 'columns')
  if (selections.length === 0) {
    query.select(`${table}.*`)
  } else {
    const selectsAll = selections.some(
      (statement) =>
        Array.isArray(statement.value) &&
        statement.value.some((column) => column === '*' || column === `${table}.*`)
    )
    if (!selectsAll) return
  }
  for (const column of columns) {
    query.select(db.raw(`${pointJson(`${table}.${column}`)} AS ${column}`))
  }
}
