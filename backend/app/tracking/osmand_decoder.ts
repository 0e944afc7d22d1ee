import DomainException from '#core/exceptions/domain_exception'
import type { PointInput } from '#tracking/services/tracking_ingest_service'

const KNOTS_TO_MPS = 0.514444
/** Traccar's rule: a numeric timestamp below 2^31 is seconds, otherwise milliseconds. */
const SECONDS_LIMIT = 2_147_483_647

export interface OsmandReport {
  deviceId: string
  /** Empty when the device reported no usable fix (valid=false, 0,0): acknowledged, not stored. */
  points: PointInput[]
}

type Params = Record<string, unknown>

function malformed(message: string, field?: string): never {
  throw new DomainException(message, { status: 400, code: 'E_OSMAND_MALFORMED', field })
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

function text(params: Params, key: string): string | undefined {
  const value = first(params[key])
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    malformed(`${key} must be a plain value`, key)
  }
  return String(value).trim()
}

function number(params: Params, key: string): number | undefined {
  const raw = text(params, key)
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(value)) {
    malformed(`${key} must be a number`, key)
  }
  return value
}

/** A number or null for "unknown" (the SDK reports -1 for unknown speed, heading, battery). */
function known(value: unknown, key: string): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isFinite(value))
    malformed(`${key} must be a number`, key)
  return value < 0 ? null : value
}

function parseTime(raw: string | undefined): number {
  if (raw === undefined) return Date.now()
  if (/^\d+$/.test(raw)) {
    const n = Number(raw)
    return n < SECONDS_LIMIT ? n * 1000 : n
  }
  // ISO 8601, or "yyyy-MM-dd HH:mm:ss" (UTC) as some OsmAnd URL templates send.
  const iso = raw.includes('T') ? raw : raw.replace(' ', 'T')
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`
  const ms = Date.parse(withZone)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(ms)) {
    malformed('timestamp must be seconds, milliseconds or ISO 8601', 'timestamp')
  }
  return ms
}

function noFix(lat: number, lng: number) {
  return lat === 0 && lng === 0
}

/** `?id=..&lat=..&lon=..&timestamp=..&speed=..` as query string or form body (OsmAnd app, Traccar Client < 9). */
function decodeParams(params: Params): OsmandReport {
  const deviceId = text(params, 'id') ?? text(params, 'deviceid')
  if (!deviceId) malformed('id (or deviceid) is required', 'id')

  let lat = number(params, 'lat')
  let lng = number(params, 'lon')
  const location = text(params, 'location')
  if (location !== undefined) {
    const parts = location.split(',')
    if (parts.length !== 2) malformed('location must be "lat,lon"', 'location')
    ;[lat, lng] = [number({ lat: parts[0] }, 'lat')!, number({ lon: parts[1] }, 'lon')!]
  }
  if (lat === undefined || lng === undefined)
    malformed('lat and lon (or location) are required', 'lat')

  const recordedAt = parseTime(text(params, 'timestamp'))
  const valid = text(params, 'valid')
  const speedKnots = number(params, 'speed')
  const point: PointInput = {
    lat,
    lng,
    recordedAt,
    speed: speedKnots === undefined ? null : speedKnots * KNOTS_TO_MPS,
    heading: number(params, 'bearing') ?? number(params, 'heading') ?? null,
    altitude: number(params, 'altitude') ?? null,
    accuracy: number(params, 'accuracy') ?? null,
    battery: number(params, 'batt') ?? null,
  }
  number(params, 'hdop') // checked for shape; accuracy is what we store
  const usable = valid !== 'false' && valid !== '0' && !noFix(lat, lng)
  return { deviceId, points: usable ? [point] : [] }
}

interface SdkLocation {
  timestamp?: unknown
  coords?: Record<string, unknown>
  battery?: { level?: unknown }
}

/** Traccar Client >= 9 JSON: `{ device_id, location: { timestamp, coords: {...}, battery: {...} } }`. */
function decodeJson(body: Params): OsmandReport {
  const deviceId = first(body.device_id)
  if (typeof deviceId !== 'string' && typeof deviceId !== 'number') {
    malformed('device_id is required', 'device_id')
  }
  const locations = (Array.isArray(body.location) ? body.location : [body.location]) as unknown[]
  if (locations.length === 0 || locations.length > 500)
    malformed('location is required', 'location')
  const points: PointInput[] = []
  for (const item of locations) {
    if (!item || typeof item !== 'object') malformed('location must be an object', 'location')
    const location = item as SdkLocation
    const coords = location.coords
    if (!coords || typeof coords !== 'object')
      malformed('location.coords is required', 'location.coords')
    const lat = coords.latitude
    const lng = coords.longitude
    if (typeof lat !== 'number' || typeof lng !== 'number') {
      malformed('coords.latitude and coords.longitude must be numbers', 'location.coords')
    }
    if (typeof location.timestamp !== 'string' && typeof location.timestamp !== 'number') {
      if (location.timestamp !== undefined)
        malformed('timestamp must be ISO 8601', 'location.timestamp')
    }
    const level = known(location.battery?.level, 'battery.level')
    if (noFix(lat, lng)) continue
    points.push({
      lat,
      lng,
      recordedAt: parseTime(
        location.timestamp === undefined ? undefined : String(location.timestamp)
      ),
      accuracy: known(coords.accuracy, 'accuracy'),
      speed: known(coords.speed, 'speed'),
      heading: known(coords.heading, 'heading'),
      altitude: typeof coords.altitude === 'number' ? coords.altitude : null,
      battery: level === null ? null : Math.min(100, level <= 1 ? level * 100 : level),
    })
  }
  return { deviceId: String(deviceId).trim(), points }
}

/**
 * Reads what OsmAnd, Traccar Client and compatible trackers send (format
 * learnt from Traccar's public protocol documentation): query string, form
 * body or the JSON body of the newer Traccar Client. Speed in the query
 * form is in knots; in the JSON form it is m/s.
 */
export function decodeOsmand(query: Params, body: unknown): OsmandReport {
  // The JSON form nests `location` as an object; the query/form one has `location=lat,lon`.
  const nested = (body as Params | null)?.location
  if (nested && typeof nested === 'object') return decodeJson(body as Params)
  const params = {
    ...(body && typeof body === 'object' && !Array.isArray(body) ? body : {}),
    ...query,
  }
  return decodeParams(params as Params)
}
