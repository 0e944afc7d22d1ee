import { z } from 'zod'
import type { DateTime } from 'luxon'

export { z }

/**
 * The response schemas of /openapi.json. A transformer declares the shape it
 * returns here (`named('Vehicle', z.object({...}))`) and takes its return
 * type from it (`z.infer<typeof vehicleSchema>`), so the compiler refuses a
 * transformer that drifts from what the document says; every field is
 * required unless written `.optional()`. A schema given a name becomes
 * `#/components/schemas/<name>` and the web app's type of that name.
 */
export const namedSchemas = new Map<string, z.ZodType>()

export function named<T extends z.ZodType>(name: string, schema: T): T {
  const known = namedSchemas.get(name)
  if (known && known !== schema) throw new Error(`Response schema "${name}" is named twice`)
  namedSchemas.set(name, schema)
  return schema
}

/** A date-time on the wire: ISO 8601 with an offset. */
export const isoDateTime = () => z.string().meta({ format: 'date-time' })

/** A date on the wire: YYYY-MM-DD. */
export const isoDate = () => z.string().meta({ format: 'date' })

/** An id of a row (a positive integer, never a string). */
export const id = () => z.number().int().positive()

/** Luxon's `toISO()` types `string | null`; a stored date-time is always valid. */
export function toIso(value: DateTime): string
export function toIso(value: DateTime | null | undefined): string | null
export function toIso(value: DateTime | null | undefined): string | null {
  return value?.toISO() ?? null
}

/** Luxon's `toISODate()` types `string | null`; a stored date is always valid. */
export function toIsoDate(value: DateTime): string {
  return value.toISODate() ?? ''
}

/** An object with one field of the same schema for each key of a fixed list (a kind, a channel). */
export function keyedObject<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>)
}

/** The `meta` of every paginated list (Lucid's paginator, camelCased). */
export const pageMetaSchema = named(
  'PageMeta',
  z.object({
    total: z.number().int(),
    perPage: z.number().int(),
    currentPage: z.number().int(),
    lastPage: z.number().int(),
  })
)
export type PageMeta = z.infer<typeof pageMetaSchema>

/** One page of a list: `{ data, meta }`. */
export type Paginator<T> = { data: T[]; meta: PageMeta }

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: pageMetaSchema })
}

/** A whole list: `{ data }`. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) })
}

/** A Lucid paginator's page as the API answers it, each row through `transform`. */
export function paginate<Row, T>(
  paginator: {
    all(): Row[]
    total: number
    perPage: number
    currentPage: number
    lastPage: number
  },
  transform: (row: Row) => T
): Paginator<T> {
  return {
    data: paginator.all().map(transform),
    meta: {
      total: Number(paginator.total),
      perPage: paginator.perPage,
      currentPage: paginator.currentPage,
      lastPage: paginator.lastPage,
    },
  }
}

/** The error format of every failure: `{ errors: [{ code, message, field? }] }`. */
export const errorSchema = named(
  'Error',
  z.object({
    code: z.string().meta({ description: 'Stable, upper-case', examples: ['E_VALIDATION'] }),
    message: z.string().meta({ description: 'For humans; may change' }),
    field: z
      .string()
      .optional()
      .meta({ description: 'The input field at fault, when there is one' }),
    rule: z.string().optional().meta({ description: 'The validation rule that failed (422 only)' }),
  })
)
export const errorsSchema = named('Errors', z.object({ errors: z.array(errorSchema).min(1) }))

/** A WGS 84 point, `{ lat, lng }` in degrees (orders, tracking). */
export const latLngSchema = named(
  'LatLng',
  z.object({
    lat: z
      .number()
      .min(-90)
      .max(90)
      .meta({ examples: [14.6928] }),
    lng: z
      .number()
      .min(-180)
      .max(180)
      .meta({ examples: [-17.4467] }),
  })
)
