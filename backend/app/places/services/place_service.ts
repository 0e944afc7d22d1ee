import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import placesConfig from '#config/places'
import { foldName } from '#places/fold'
import NominatimGeocoder from '#places/services/nominatim_geocoder'
import type { LatLng } from '#core/models/geo_point'

export const PLACE_KINDS = ['town', 'port', 'market', 'border', 'address'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

export interface FoundPlace {
  name: string
  kind: PlaceKind
  country: string | null
  region: string | null
  lat: number
  lng: number
  source: 'gazetteer' | 'geocoder'
}

export interface NearestPlace {
  place: FoundPlace | null
  distanceM: number | null
  atSea: boolean
  named: (FoundPlace & { distanceM: number; far: boolean }) | null
}

const PLACE_COLUMNS = `name, kind, country, region, ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng`

/** Places by name and by position, from the gazetteer (and a geocoder when configured). */
@inject()
export default class PlaceService {
  constructor(private geocoder: NominatimGeocoder) {}

  /**
   * Best matches first; a place in the searcher's country gets a bonus, so
   * on a tie (Touba, Senegal and Touba, Côte d'Ivoire) theirs comes first.
   * A name matches by its whole (similarity) or as a word of it ("port de
   * dakar" in "port autonome de dakar", word similarity), aliases too but
   * a little behind a name (the town Touba before "Marché Ocass Touba").
   */
  async search(
    query: string,
    { country, language }: { country: string | null; language: string }
  ): Promise<FoundPlace[]> {
    const folded = foldName(query)
    if (!folded) return []
    const limit = placesConfig.searchLimit
    const { rows } = await db.rawQuery<{ rows: (FoundPlace & { score: number })[] }>(
      `SELECT ${PLACE_COLUMNS}, score FROM (
         SELECT *, GREATEST(similarity(search_name, :q), word_similarity(:q, search_name),
                            word_similarity(:q, search_aliases) * 0.95) AS score
         FROM places
         WHERE search_name % :q OR :q <% search_name OR :q <% search_aliases
       ) AS matched
       WHERE score >= CAST(:minScore AS real)
       ORDER BY score + CASE WHEN country = :country THEN CAST(:bonus AS real) ELSE 0 END DESC, name, id
       LIMIT :limit`,
      {
        q: folded,
        minScore: placesConfig.minScore,
        country: country ?? '',
        bonus: placesConfig.homeCountryBonus,
        limit,
      }
    )
    const local = rows.map(({ score: _score, ...place }) => ({
      ...place,
      source: 'gazetteer' as const,
    }))
    const best = rows[0]?.score ?? 0
    if (!this.geocoder.enabled || best >= placesConfig.geocoder.askBelowScore) return local
    const online = await this.geocoder.search(query, { country, language, limit })
    return [...local, ...online.filter((place) => !local.some((l) => near(l, place)))].slice(
      0,
      limit
    )
  }

  /**
   * The nearest gazetteer place (KNN on the GiST index), whether the point is
   * off any coast, and, when an address is given, the place it names (a
   * place whose whole name is a word of the address, nearest first) with its
   * distance: a pin far from that town is probably misplaced.
   */
  async nearest(point: LatLng, address?: string): Promise<NearestPlace> {
    const here = `ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)`
    const bindings = { lat: point.lat, lng: point.lng }
    const { rows } = await db.rawQuery<{ rows: (FoundPlace & { distance_m: number })[] }>(
      `SELECT ${PLACE_COLUMNS}, ST_Distance(location, ${here}::geography) AS distance_m
       FROM places ORDER BY location <-> ${here}::geography, id LIMIT 1`,
      bindings
    )
    const { rows: water } = await db.rawQuery<{ rows: { at_sea: boolean }[] }>(
      `SELECT NOT EXISTS (SELECT 1 FROM land_areas
                          WHERE ST_DWithin(geom, ${here}, CAST(:tolerance AS float8)))
           OR EXISTS (SELECT 1 FROM lake_areas WHERE ST_Intersects(geom, ${here})) AS at_sea`,
      { ...bindings, tolerance: placesConfig.seaToleranceDegrees }
    )
    const nearestRow = rows[0]
    return {
      place: nearestRow ? toPlace(nearestRow) : null,
      distanceM: nearestRow ? Math.round(nearestRow.distance_m) : null,
      atSea: water[0].at_sea,
      named: address ? await this.named(address, point) : null,
    }
  }

  private async named(address: string, point: LatLng) {
    const folded = foldName(address)
    if (folded.length < 3) return null
    const { rows } = await db.rawQuery<{ rows: (FoundPlace & { distance_m: number })[] }>(
      `SELECT ${PLACE_COLUMNS},
         ST_Distance(location, ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography) AS distance_m
       FROM places
       WHERE kind = 'town' AND length(search_name) >= 4 AND search_name <<% :address
         AND strict_word_similarity(search_name, :address) = 1
       ORDER BY length(search_name) DESC, distance_m, id
       LIMIT 1`,
      { address: folded, lat: point.lat, lng: point.lng }
    )
    const row = rows[0]
    if (!row) return null
    const distanceM = Math.round(row.distance_m)
    return { ...toPlace(row), distanceM, far: distanceM > placesConfig.farFromNamedTownM }
  }
}

function toPlace({ distance_m: _d, ...row }: FoundPlace & { distance_m?: number }): FoundPlace {
  return { ...row, lat: Number(row.lat), lng: Number(row.lng), source: 'gazetteer' }
}

/** The same place found twice (gazetteer and geocoder): within about a kilometre. */
function near(a: LatLng, b: LatLng) {
  return Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lng - b.lng) < 0.01
}
