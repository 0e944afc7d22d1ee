import DomainException from '#core/exceptions/domain_exception'
import { osmandQueryValidator, type OsmandQuery } from '#tracking/validators/osmand'

const KNOTS_TO_MPS = 0.514444
/** A numeric timestamp below 2^31 - 1 is seconds, otherwise milliseconds (Traccar's rule). */
const SECONDS_LIMIT = 2_147_483_647
/** Locations in one JSON report at most (the background-geolocation SDK's batch sync). */
const MAX_LOCATIONS = 500

/** One OsmAnd request as it arrived: the raw query string, and the body as text or parsed JSON. */
export interface OsmandRequest {
  /** The sender's address (unknown device ids are limited per address). */
  ip: string
  query: string
  contentType?: string
  /** The body as text (form, or a raw body sent without a content type). */
  text?: string | null
  /** The parsed body, for a JSON report. */
  json?: unknown
}

export interface OsmandReport {
  deviceId: string
  /** How to answer an unknown device id: Traccar says 400 to the query form and 404 to JSON. */
  unknownStatus: 400 | 404
  /**
   * The points as the protocol gave them, unchecked: numbers where the text
   * was a number, the text itself where it was not, so the ingest entry
   * refuses them with the same answer the socket and HTTP batch get.
   * Empty when the report has no fix (cell towers or Wi-Fi only, valid=false,
   * 0,0): the device is acknowledged and its last known position kept.
   */
  points: Record<string, unknown>[]
}

function malformed(message: string, field: string): never {
  throw new DomainException(message, { status: 400, code: 'E_OSMAND_MALFORMED', field })
}

/** A device id is printable text of a sane length (a NUL or a megabyte never reaches the database). */
function deviceIdFrom(value: unknown, field: string): string {
  const id = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : ''
  if (!id) malformed(`${field} is required`, field)
  if (id.length > 128 || /\p{Cc}/u.test(id)) malformed(`${field} must be printable text`, field)
  return id
}

/** A number when the text is one (Java's Double.parseDouble forms), else the text itself. */
function numeric(raw: string | undefined): number | string | undefined {
  if (raw === undefined || raw === '') return undefined
  const trimmed = raw.trim()
  const value = Number(trimmed)
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) && Number.isFinite(value)
    ? value
    : raw
}

/**
 * Seconds or milliseconds since the epoch, ISO 8601 (a zone-less one is
 * UTC), or "yyyy-MM-dd HH:mm:ss" in UTC; epoch ms, or the text as sent when
 * it is no time.
 */
function time(raw: string): number | string {
  const trimmed = raw.trim()
  if (/^[-+]?\d{1,19}$/.test(trimmed)) {
    const n = Number(trimmed)
    return n < SECONDS_LIMIT ? n * 1000 : n
  }
  const iso = trimmed.includes('T') ? trimmed : trimmed.replace(' ', 'T')
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return raw
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(iso) ? iso : `${iso}Z`)
  return Number.isNaN(ms) ? raw : ms
}

/** `-1` is the SDK's "unknown" for speed, heading and battery. */
function known(value: unknown) {
  if (value === undefined || value === null) return null
  return typeof value === 'number' && value < 0 ? null : value
}

function isNoFix(lat: unknown, lng: unknown) {
  return lat === 0 && lng === 0
}

/**
 * The query (or form, or raw body) form of OsmAnd and Traccar Client < 9:
 * `id`/`deviceid`, `lat`+`lon` or `location=lat,lon`, `timestamp`, `speed`
 * in knots, `bearing`/`heading`, `altitude`, `accuracy`, `batt`, `valid`.
 * A repeated key counts by its last value; keys we do not store (`hdop`,
 * `cell`, `wifi`, `charge`, `driverUniqueId`, anything else) are ignored
 * (osmandQueryValidator drops them).
 */
function decodeParams(query: OsmandQuery): OsmandReport {
  const last = (key: keyof OsmandQuery) => query[key]
  const deviceId = deviceIdFrom(last('id') ?? last('deviceid'), 'id')

  let lat: unknown = numeric(last('lat'))
  let lng: unknown = numeric(last('lon'))
  const location = last('location')
  if (location !== undefined) {
    const [latText, lngText] = location.split(',')
    lat = numeric(latText)
    // "location=1" is no pair: its text goes on as the longitude, which the entry refuses.
    lng = lngText === undefined ? location : numeric(lngText)
  }
  const valid = last('valid')
  const invalid = valid !== undefined && valid.toLowerCase() !== 'true' && valid !== '1'
  if (lat === undefined || lng === undefined || invalid || isNoFix(lat, lng)) {
    return { deviceId, unknownStatus: 400, points: [] }
  }

  const timestamp = last('timestamp')
  const speed = numeric(last('speed'))
  const point: Record<string, unknown> = {
    lat,
    lng,
    recordedAt: timestamp === undefined || timestamp === '' ? Date.now() : time(timestamp),
    speed: typeof speed === 'number' ? speed * KNOTS_TO_MPS : (speed ?? null),
    heading: numeric(last('bearing') ?? last('heading')) ?? null,
    altitude: numeric(last('altitude')) ?? null,
    accuracy: numeric(last('accuracy')) ?? null,
    battery: numeric(last('batt')) ?? null,
  }
  return { deviceId, unknownStatus: 400, points: [point] }
}

interface SdkLocation {
  timestamp?: unknown
  coords?: unknown
  battery?: { level?: unknown }
}

/**
 * Traccar Client >= 9 (the background-geolocation SDK):
 * `{ device_id, location: { timestamp, coords: { latitude, longitude, speed (m/s),
 * heading, accuracy, altitude }, battery: { level 0..1 } } }`; `location` may be
 * a list (the SDK's batch sync). A location without `coords` has no fix.
 */
function decodeJson(body: unknown): OsmandReport {
  const root = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >
  const deviceId = deviceIdFrom(root.device_id, 'device_id')
  const locations = Array.isArray(root.location) ? root.location : [root.location]
  if (locations.length === 0 || locations.length > MAX_LOCATIONS) {
    malformed(`location must hold 1 to ${MAX_LOCATIONS} locations`, 'location')
  }
  const points: Record<string, unknown>[] = []
  for (const item of locations) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      malformed('location must be an object', 'location')
    }
    const location = item as SdkLocation
    if (location.timestamp === undefined) malformed('location.timestamp is required', 'location')
    if (location.coords === undefined || location.coords === null) continue
    if (typeof location.coords !== 'object' || Array.isArray(location.coords)) {
      malformed('location.coords must be an object', 'location.coords')
    }
    const coords = location.coords as Record<string, unknown>
    if (isNoFix(coords.latitude, coords.longitude)) continue
    const level = known(location.battery?.level)
    points.push({
      lat: coords.latitude,
      lng: coords.longitude,
      recordedAt:
        typeof location.timestamp === 'string' ? time(location.timestamp) : location.timestamp,
      accuracy: known(coords.accuracy),
      speed: known(coords.speed),
      heading: known(coords.heading),
      altitude: coords.altitude ?? null,
      battery: typeof level === 'number' ? Math.min(100, level <= 1 ? level * 100 : level) : level,
    })
  }
  return { deviceId, unknownStatus: 404, points }
}

/**
 * Reads an OsmAnd report the way Traccar's OsmAnd protocol does (learnt
 * from its decoder and its tests): a JSON content type is the Traccar
 * Client >= 9 body; anything else is parameters, from the query string or,
 * when it has none, from the body (a form, or a raw body sent without a
 * content type). The query is read as plain `key=value` pairs, so
 * `location=lat,lon` keeps its comma.
 */
export async function decodeOsmand(request: OsmandRequest): Promise<OsmandReport> {
  if (request.contentType?.toLowerCase().startsWith('application/json')) {
    return decodeJson(request.json)
  }
  let params = new URLSearchParams(request.query)
  if (params.size === 0 && request.text) params = new URLSearchParams(request.text.trim())
  // fromEntries keeps a repeated key's last value.
  return decodeParams(await osmandQueryValidator.validate(Object.fromEntries(params)))
}
