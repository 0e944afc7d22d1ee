import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, ref } from '#core/openapi/shared'

/** Live tracking over HTTP. The Socket.IO side is documented in docs/realtime.md. */
const json = (schema: unknown, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
})
const auth = [{ bearerAuth: [] }]
const num = (description: string, extra: Record<string, unknown> = {}) => ({
  type: 'number',
  description,
  ...extra,
})
const query = (name: string, schema: unknown, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
})

const osmandParameters = [
  query('id', { type: 'string' }, 'Tracker id (or `deviceid`); see POST /api/v1/trackers'),
  query('deviceid', { type: 'string' }, 'Alias of `id`'),
  query('lat', { type: 'number' }, 'Latitude, degrees'),
  query('lon', { type: 'number' }, 'Longitude, degrees'),
  query('location', { type: 'string' }, '`lat,lon` instead of lat and lon'),
  query(
    'timestamp',
    { type: 'string' },
    'Seconds or milliseconds since the epoch (below 2^31 = seconds), or ISO 8601; default now'
  ),
  query('speed', { type: 'number' }, 'Knots'),
  query('bearing', { type: 'number' }, 'Degrees (or `heading`)'),
  query('altitude', { type: 'number' }, 'Metres'),
  query('accuracy', { type: 'number' }, 'Metres'),
  query('hdop', { type: 'number' }, 'Ignored'),
  query('batt', { type: 'number' }, 'Battery, %'),
  query('valid', { type: 'string' }, 'Anything but `true`/`1`: acknowledged but not stored'),
]

export const trackingOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'tracking',
      description:
        'GPS ingest (HTTP batch, OsmAnd), duty, tracker ids, nearby drivers, order tracks and dispatch exceptions. ' +
        'Live positions over Socket.IO: see docs/realtime.md.',
    },
  ],
  schemas: {
    PositionPoint: {
      type: 'object',
      required: ['lat', 'lng', 'recordedAt'],
      properties: {
        seq: {
          type: 'integer',
          minimum: 0,
          description: 'Client sequence number, echoed as ackedSeq',
        },
        lat: num('Degrees', { minimum: -90, maximum: 90 }),
        lng: num('Degrees', { minimum: -180, maximum: 180 }),
        recordedAt: {
          oneOf: [{ type: 'string', format: 'date-time' }, { type: 'integer' }],
          description:
            'ISO 8601 with zone, or epoch milliseconds; at most TRACKING_CLOCK_SKEW_S ahead',
        },
        accuracy: num('Metres; points worse than TRACKING_MAX_ACCURACY_M are acked, not stored', {
          minimum: 0,
        }),
        speed: num('m/s', { minimum: 0, maximum: 150 }),
        heading: num('Degrees', { minimum: 0, maximum: 360 }),
        altitude: num('Metres'),
        battery: num('%', { minimum: 0, maximum: 100 }),
        orderId: {
          type: 'integer',
          description: 'Optional check: refused (403) unless it is the driver’s active order',
        },
      },
    },
    PositionAck: {
      type: 'object',
      required: ['ackedSeq', 'accepted', 'duplicates', 'skipped'],
      properties: {
        ackedSeq: {
          type: ['integer', 'null'],
          description: 'Highest seq of the batch: everything up to it is stored',
        },
        accepted: { type: 'integer' },
        duplicates: { type: 'integer', description: 'Already received (resent after a lost ack)' },
        skipped: { type: 'integer', description: 'Too inaccurate to store' },
      },
    },
    NearbyDriver: {
      type: 'object',
      properties: {
        driverId: { type: 'integer' },
        name: { type: ['string', 'null'] },
        phone: { type: 'string' },
        organisationId: { type: ['integer', 'null'] },
        lat: { type: 'number' },
        lng: { type: 'number' },
        distanceM: { type: 'integer', description: 'Metres from the query point' },
        recordedAt: { type: 'string', format: 'date-time' },
        speed: { type: ['number', 'null'] },
        heading: { type: ['number', 'null'] },
        activeOrderId: {
          type: ['integer', 'null'],
          description: 'Order of the last point, if any',
        },
        vehicle: {
          type: ['object', 'null'],
          properties: {
            id: { type: 'integer' },
            plate: { type: 'string' },
            type: { type: 'string' },
            capacityKg: { type: 'integer' },
          },
        },
      },
    },
    Tracker: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        deviceId: {
          type: 'string',
          description: 'Put this in OsmAnd / Traccar Client as the device identifier',
        },
        name: { type: ['string', 'null'] },
        lastSeenAt: { type: ['string', 'null'], format: 'date-time' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    LineFeature: {
      type: 'object',
      description: 'GeoJSON Feature with a LineString ([lng, lat] pairs) or null geometry',
      properties: {
        type: { const: 'Feature' },
        geometry: {
          type: ['object', 'null'],
          properties: {
            type: { const: 'LineString' },
            coordinates: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
          },
        },
        properties: { type: 'object' },
      },
    },
    OrderTrack: {
      type: 'object',
      properties: {
        orderId: { type: 'integer' },
        status: { type: 'string' },
        actual: {
          ...ref('LineFeature'),
          description: 'Driven path; properties: points, simplified, from, to, lengthM',
        },
        planned: {
          ...ref('LineFeature'),
          description: 'Planned route; properties: source (osrm | straight), distanceM, durationS',
        },
        lastPosition: {
          type: ['object', 'null'],
          properties: {
            driverId: { type: 'integer' },
            lat: { type: 'number' },
            lng: { type: 'number' },
            recordedAt: { type: 'string', format: 'date-time' },
            speed: { type: ['number', 'null'] },
            heading: { type: ['number', 'null'] },
          },
        },
        eta: {
          type: ['object', 'null'],
          properties: {
            nextStop: { type: 'string', enum: ['pickup', 'dropoff'] },
            remainingM: { type: 'integer' },
            speedMps: {
              type: 'number',
              description: 'Average over the last 10 minutes, or the default',
            },
            seconds: { type: 'integer' },
            at: { type: 'string', format: 'date-time' },
            source: { type: 'string', enum: ['osrm', 'recent_speed'] },
          },
        },
      },
    },
    TrackingException: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        kind: { type: 'string', enum: ['long_stop', 'off_route'] },
        orderId: { type: ['integer', 'null'] },
        driverId: { type: 'integer' },
        organisationId: { type: ['integer', 'null'] },
        details: {
          type: 'object',
          description: 'long_stop: stoppedMinutes, since; off_route: distanceM, corridorM',
        },
        lat: { type: ['number', 'null'] },
        lng: { type: ['number', 'null'] },
        openedAt: { type: 'string', format: 'date-time' },
        resolvedAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
  },
  paths: {
    '/api/v1/tracking/positions': {
      post: {
        tags: ['tracking'],
        summary: 'Send a batch of GPS points (background sync); answered after commit',
        description:
          'The same batch as the socket `positions` event. The whole batch is refused when any point is invalid; ' +
          'nothing is stored then. A resent point (same recordedAt) is stored once.',
        security: auth,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['points'],
                properties: {
                  points: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 500,
                    items: ref('PositionPoint'),
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('PositionAck'), 'Stored (committed)'),
          '401': error('No or bad token'),
          '403': error('Not a driver (E_NOT_A_DRIVER), or orderId not held (E_ORDER_NOT_HELD)'),
          '422': error('E_VALIDATION, E_FUTURE_TIMESTAMP or E_TOO_OLD; field names the point'),
          '429': error(
            'E_RATE_LIMITED: over the driver’s points a minute; nothing stored, send again after Retry-After'
          ),
          '503': error('E_STORE_UNAVAILABLE: not stored, send again'),
        },
      },
    },
    '/osmand': {
      get: {
        tags: ['tracking'],
        summary: 'OsmAnd protocol (OsmAnd app, Traccar Client, compatible trackers)',
        description:
          'Authenticated by the tracker id alone. Also served on every path of OSMAND_PORT when set. ' +
          'POST takes the same fields as a form, or Traccar Client’s JSON body ' +
          '`{ device_id, location: { timestamp, coords: { latitude, longitude, accuracy, speed (m/s), heading, altitude }, battery: { level 0..1 } } }`.',
        security: [],
        parameters: osmandParameters,
        responses: {
          '200': {
            description:
              'Accepted (empty body); a report without a fix is acknowledged, not stored',
          },
          '400': error(
            'No device id (E_OSMAND_MALFORMED), or an unknown or revoked one (E_UNKNOWN_DEVICE)'
          ),
          '403': error('The tracker’s user is no driver now (E_NOT_A_DRIVER)'),
          '429': error(
            'E_RATE_LIMITED: over the driver’s or the tracker’s budget, or too many unknown ids from this address'
          ),
          '422': error(
            'The point refused as by the socket and HTTP batch (E_VALIDATION, E_FUTURE_TIMESTAMP, E_TOO_OLD); field names the point'
          ),
        },
      },
      post: {
        tags: ['tracking'],
        summary: 'OsmAnd protocol, form or JSON body',
        security: [],
        parameters: osmandParameters,
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': { schema: { type: 'object' } },
            'application/json': { schema: { type: 'object' } },
          },
        },
        responses: {
          '200': {
            description:
              'Accepted (empty body); a report without a fix is acknowledged, not stored',
          },
          '400': error(
            'No device id or a malformed JSON report (E_OSMAND_MALFORMED); an unknown id in a form (E_UNKNOWN_DEVICE)'
          ),
          '403': error('The tracker’s user is no driver now (E_NOT_A_DRIVER)'),
          '429': error(
            'E_RATE_LIMITED: over the driver’s or the tracker’s budget, or too many unknown ids from this address'
          ),
          '404': error('Unknown or revoked tracker id in a JSON report (E_UNKNOWN_DEVICE)'),
          '413': error('A raw body over 64 KB (E_PAYLOAD_TOO_LARGE)'),
          '422': error('The point refused as by the socket and HTTP batch; field names the point'),
        },
      },
    },
    '/api/v1/drivers/me/duty': {
      post: {
        tags: ['tracking'],
        summary: 'Go on or off duty (only on-duty drivers appear in nearby searches)',
        security: auth,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['onDuty'],
                properties: { onDuty: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': json({
            type: 'object',
            properties: {
              onDuty: { type: 'boolean' },
              since: { type: 'string', format: 'date-time' },
            },
          }),
          '403': error('Not a driver'),
          '422': error('onDuty must be a boolean'),
        },
      },
    },
    '/api/v1/drivers/nearby': {
      get: {
        tags: ['tracking'],
        summary: 'On-duty drivers with a fresh position near a point, nearest first',
        description:
          'Admins and platform dispatchers see every carrier; a carrier’s dispatchers and owner see their own drivers. ' +
          'Fresh = last point within TRACKING_FRESH_SECONDS.',
        security: auth,
        parameters: [
          query('lat', { type: 'number' }, 'Degrees', true),
          query('lng', { type: 'number' }, 'Degrees', true),
          query('radiusKm', { type: 'number', default: 25, maximum: 500 }, 'Search radius'),
          query('vehicleType', { type: 'string' }, 'Vehicle type code (e.g. flatbed_10t)'),
          query('minCapacityKg', { type: 'integer' }, 'Minimum vehicle capacity'),
          query('limit', { type: 'integer', default: 20, maximum: 200 }, 'Most rows'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: { data: { type: 'array', items: ref('NearbyDriver') } },
          }),
          '403': error('Not a dispatcher, carrier owner or admin'),
          '422': error('Bad coordinates or filters'),
        },
      },
    },
    '/api/v1/trackers': {
      get: {
        tags: ['tracking'],
        summary: 'My active tracker ids',
        security: auth,
        responses: {
          '200': json({
            type: 'object',
            properties: { data: { type: 'array', items: ref('Tracker') } },
          }),
          '403': error('Not a driver'),
        },
      },
      post: {
        tags: ['tracking'],
        summary: 'Create a tracker id for OsmAnd / Traccar Client (random unless given)',
        security: auth,
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  deviceId: {
                    type: 'string',
                    minLength: 8,
                    maxLength: 64,
                    pattern: '^[A-Za-z0-9_.:-]+$',
                  },
                  name: { type: 'string', maxLength: 80 },
                },
              },
            },
          },
        },
        responses: {
          '201': json(ref('Tracker'), 'Created'),
          '403': error('Not a driver'),
          '409': error('E_TRACKER_TAKEN: that device id is in use'),
          '422': error('Bad device id'),
        },
      },
    },
    '/api/v1/trackers/{id}': {
      delete: {
        tags: ['tracking'],
        summary: 'Revoke a tracker id (its reports get 404 from then on)',
        security: auth,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { '204': { description: 'Revoked' }, '404': error('Not one of my trackers') },
      },
    },
    '/api/v1/orders/{id}/track': {
      get: {
        tags: ['tracking'],
        summary:
          'Driven path (GeoJSON, simplified when long), planned route, last position and ETA',
        description: 'Readable by whoever may read the order.',
        security: auth,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          query(
            'from',
            { type: 'string', format: 'date-time' },
            'Only points recorded at or after'
          ),
          query('to', { type: 'string', format: 'date-time' }, 'Only points recorded at or before'),
        ],
        responses: {
          '200': json(ref('OrderTrack')),
          '404': error('No such order, or not yours to see'),
          '422': error('Bad time bounds'),
        },
      },
    },
    '/api/v1/dispatch/exceptions': {
      get: {
        tags: ['tracking'],
        summary: 'Long stops and trucks off their planned corridor, newest first',
        security: auth,
        parameters: [
          query('kind', { type: 'string', enum: ['long_stop', 'off_route'] }, 'Only this kind'),
          query('open', { type: 'boolean' }, 'true: unresolved only; false: resolved only'),
          query('limit', { type: 'integer', default: 100, maximum: 500 }, 'Most rows'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: { data: { type: 'array', items: ref('TrackingException') } },
          }),
          '403': error('Not a dispatcher, carrier owner or admin'),
        },
      },
    },
  },
}
