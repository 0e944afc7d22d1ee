import vine from '@vinejs/vine'
import { token } from '#core/validators/rules/text'
import { jsonSchema } from '#core/contract/json_schema'

/**
 * A value as the device wrote it, read by the decoder (app/tracking/osmand_decoder.ts):
 * a number that is no number goes on as text, so the ingest entry refuses it with the
 * answer the socket and the HTTP batch get.
 */
const field = (description: string) =>
  token({ max: 256 }).use(jsonSchema({ description })).optional()

/**
 * The OsmAnd query (or form) of OsmAnd and Traccar Client < 9, a key's last
 * value when it is repeated. Keys we do not store (`cell`, `wifi`, ...) are
 * dropped.
 */
export const osmandQueryValidator = vine.create({
  id: field('Tracker id (or `deviceid`); see POST /api/v1/trackers'),
  deviceid: field('Alias of `id`'),
  lat: field('Latitude, degrees'),
  lon: field('Longitude, degrees'),
  location: field('`lat,lon` instead of lat and lon'),
  timestamp: field(
    'Seconds or milliseconds since the epoch (below 2^31 = seconds), or ISO 8601; default now'
  ),
  speed: field('Knots'),
  bearing: field('Degrees'),
  heading: field('Alias of `bearing`'),
  altitude: field('Metres'),
  accuracy: field('Metres'),
  batt: field('Battery, %'),
  valid: field('Anything but `true`/`1`: acknowledged but not stored'),
})

export type OsmandQuery = Awaited<ReturnType<typeof osmandQueryValidator.validate>>
