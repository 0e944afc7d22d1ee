import type { ApiDescription } from '#core/contract/api_description'
import { listSchema } from '#core/contract/response_schema'
import { unauthorized } from '#core/contract/words'
import {
  dutySchema,
  fleetDriverSchema,
  nearbyDriverSchema,
  orderTrackSchema,
  positionAckSchema,
} from '#tracking/transformers/tracking_schemas'
import { trackerSchema } from '#tracking/transformers/tracker_transformer'
import { trackingExceptionSchema } from '#tracking/transformers/tracking_exception_transformer'
import {
  createTrackerValidator,
  driverIdValidator,
  dutyValidator,
  exceptionsQueryValidator,
  nearbyValidator,
  positionsBatchValidator,
  trackQueryValidator,
  trackerIdValidator,
} from '#tracking/validators/tracking'
import { osmandQueryValidator } from '#tracking/validators/osmand'

const osmandDescription =
  'Authenticated by the tracker id alone. Also served on every path of OSMAND_PORT when set. The fields come from the query string, else from the body (a form, or the same text sent without a content type); a point refused gets the answer the socket and the HTTP batch get.'
const accepted = {
  description: 'Accepted (empty body); a report without a fix is acknowledged, not stored',
  content: { 'text/plain': { type: 'string', maxLength: 0 } },
}
const osmandRefusals = {
  403: 'E_NOT_A_DRIVER: the tracker’s user is no driver now',
  422: 'The point refused as by the socket and HTTP batch (E_VALIDATION, E_FUTURE_TIMESTAMP, E_TOO_OLD); `field` names it',
  429: 'E_RATE_LIMITED: over the driver’s or the tracker’s budget, or too many unknown ids from this address',
}
const traccarLocation = {
  type: 'object',
  required: ['timestamp'],
  properties: {
    timestamp: { type: 'string', description: 'ISO 8601, or milliseconds since the epoch' },
    coords: {
      type: 'object',
      description: 'Absent: no fix (acknowledged, not stored)',
      properties: {
        latitude: { type: 'number' },
        longitude: { type: 'number' },
        accuracy: { type: 'number', description: 'Metres' },
        speed: { type: 'number', description: 'm/s; -1 unknown' },
        heading: { type: 'number', description: 'Degrees; -1 unknown' },
        altitude: { type: 'number', description: 'Metres' },
      },
    },
    battery: { type: 'object', properties: { level: { type: 'number', description: '0..1' } } },
  },
}
/** Traccar Client >= 9 (the background-geolocation SDK); read by the decoder, not a validator. */
const traccarReport = {
  type: 'object',
  required: ['device_id', 'location'],
  properties: {
    device_id: { type: 'string', description: 'Tracker id' },
    location: {
      description: 'One location, or up to 500 (the SDK’s batch sync)',
      oneOf: [
        traccarLocation,
        { type: 'array', items: traccarLocation, minItems: 1, maxItems: 500 },
      ],
    },
  },
}

const e403Fleet = 'E_AUTHORIZATION_FAILURE: not a dispatcher, carrier owner or admin'
const e403Driver = 'E_NOT_A_DRIVER: only drivers do this'

/** Live tracking over HTTP. The Socket.IO side is documented in docs/realtime.md. */
export const trackingApi: ApiDescription = {
  tag: {
    name: 'tracking',
    description:
      'GPS ingest (HTTP batch, OsmAnd), duty, tracker ids, nearby drivers, order tracks and dispatch exceptions. ' +
      'Live positions over Socket.IO: see docs/realtime.md.',
  },
  operations: {
    'GET /osmand': {
      summary: 'OsmAnd protocol (OsmAnd app, Traccar Client, compatible trackers)',
      description: osmandDescription,
      security: [],
      request: osmandQueryValidator,
      responses: {
        200: accepted,
        400: 'No device id (E_OSMAND_MALFORMED), or an unknown or revoked one (E_UNKNOWN_DEVICE)',
        ...osmandRefusals,
      },
    },
    'POST /osmand': {
      summary: 'OsmAnd protocol: the query form, a form body, or Traccar Client’s JSON',
      description: osmandDescription,
      security: [],
      request: [{ query: osmandQueryValidator }, osmandQueryValidator],
      requestType: 'application/x-www-form-urlencoded',
      requestContent: { 'application/json': traccarReport },
      responses: {
        200: accepted,
        400: 'No device id or a malformed JSON report (E_OSMAND_MALFORMED); an unknown id in a form (E_UNKNOWN_DEVICE)',
        404: 'E_UNKNOWN_DEVICE: an unknown or revoked tracker id in a JSON report',
        413: 'E_PAYLOAD_TOO_LARGE: a raw body over 64 KB',
        ...osmandRefusals,
      },
    },
    'POST /api/v1/tracking/positions': {
      summary: 'Send a batch of GPS points (background sync); answered after commit',
      description:
        'The same batch as the socket `positions` event. The whole batch is refused when any point is invalid; ' +
        'nothing is stored then. A resent point (same recordedAt) is stored once. `seq` is echoed as `ackedSeq`; ' +
        'points worse than TRACKING_MAX_ACCURACY_M are acked, not stored; `recordedAt` at most TRACKING_CLOCK_SKEW_S ahead; ' +
        '`orderId` is an optional check, refused (403) unless it is the driver’s active order.',
      request: positionsBatchValidator,
      responses: {
        200: { description: 'Stored (committed)', body: positionAckSchema },
        401: unauthorized,
        403: 'Not a driver (E_NOT_A_DRIVER), or orderId not held (E_ORDER_NOT_HELD)',
        422: 'E_VALIDATION, E_FUTURE_TIMESTAMP or E_TOO_OLD; field names the point',
        429: 'E_RATE_LIMITED: over the driver’s points a minute; nothing stored, send again after Retry-After',
        503: 'E_STORE_UNAVAILABLE: not stored, send again',
      },
    },
    'POST /api/v1/drivers/me/duty': {
      summary: 'Go on or off duty (only on-duty drivers appear in nearby searches)',
      request: dutyValidator,
      responses: {
        200: { description: 'Duty now', body: dutySchema },
        401: unauthorized,
        403: e403Driver,
        422: 'E_VALIDATION: onDuty must be a boolean',
      },
    },
    'GET /api/v1/drivers/nearby': {
      summary: 'On-duty drivers with a fresh position near a point, nearest first',
      description:
        'Admins and platform dispatchers see every carrier; a carrier’s dispatchers and owner see their own drivers. ' +
        'Fresh = last point within TRACKING_FRESH_SECONDS. `radiusKm` defaults to 25, `limit` to 20; `vehicleType` is a code (e.g. flatbed_10t).',
      request: nearbyValidator,
      responses: {
        200: { description: 'Nearest first', body: listSchema(nearbyDriverSchema) },
        401: unauthorized,
        403: e403Fleet,
        422: 'E_VALIDATION: bad coordinates or filters',
      },
    },
    'GET /api/v1/drivers/:id': {
      summary: 'A driver of my fleet, named with their truck',
      description:
        'For a live position from a driver the first picture (`/drivers/nearby`) did not hold. ' +
        'Admins and platform dispatchers may read any driver; a carrier’s dispatchers and owner, the drivers in their carrier now.',
      request: driverIdValidator,
      responses: {
        200: { description: 'The driver, their name and truck', body: fleetDriverSchema },
        401: unauthorized,
        403: e403Fleet,
        404: 'E_NOT_FOUND: no such driver in your fleet',
        422: 'E_VALIDATION: the id is not a number',
      },
    },
    'GET /api/v1/trackers': {
      summary: 'My active tracker ids',
      responses: {
        200: { description: 'Active trackers', body: listSchema(trackerSchema) },
        401: unauthorized,
        403: e403Driver,
      },
    },
    'POST /api/v1/trackers': {
      summary: 'Create a tracker id for OsmAnd / Traccar Client (random unless given)',
      request: createTrackerValidator,
      responses: {
        201: { description: 'Created', body: trackerSchema },
        401: unauthorized,
        403: e403Driver,
        409: 'E_TRACKER_TAKEN: that device id is in use',
        422: 'E_VALIDATION: bad device id',
      },
    },
    'DELETE /api/v1/trackers/:id': {
      summary: 'Revoke a tracker id (its reports get 404 from then on)',
      request: trackerIdValidator,
      responses: {
        204: 'Revoked',
        401: unauthorized,
        403: e403Driver,
        404: 'E_NOT_FOUND: not one of my trackers',
        422: 'E_VALIDATION',
      },
    },
    'GET /api/v1/orders/:id/track': {
      summary: 'Driven path (GeoJSON, simplified when long), planned route, last position and ETA',
      description:
        'Readable by whoever may read the order. `from` and `to` keep the points recorded at or after, at or before.',
      request: trackQueryValidator,
      responses: {
        200: { description: 'The track', body: orderTrackSchema },
        401: unauthorized,
        404: 'E_NOT_FOUND: no such order, or not yours to see',
        422: 'E_VALIDATION: bad time bounds',
      },
    },
    'GET /api/v1/dispatch/exceptions': {
      summary: 'Long stops and trucks off their planned corridor, newest first',
      description:
        'The same records the fleet rooms’ `exception` event carries. `open`: true for unresolved only, false for resolved only; `limit` defaults to 100.',
      request: exceptionsQueryValidator,
      responses: {
        200: { description: 'Newest first', body: listSchema(trackingExceptionSchema) },
        401: unauthorized,
        403: e403Fleet,
        422: 'E_VALIDATION',
      },
    },
  },
}
