import { id, isoDateTime, named, z } from '#core/contract/response_schema'
import { ORDER_STATUSES } from '#orders/order_state_machine'

/**
 * The shapes tracking's services answer directly (built from SQL rows, not
 * models): the ingest's acknowledgement, duty, nearby drivers and an order's
 * track. The services take their return types from here.
 */
export const positionAckSchema = named(
  'PositionAck',
  z.object({
    ackedSeq: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Highest seq of the batch: everything up to it is stored' }),
    accepted: z.number().int(),
    duplicates: z
      .number()
      .int()
      .meta({ description: 'Already received (resent after a lost ack)' }),
    skipped: z.number().int().meta({ description: 'Too inaccurate to store' }),
  })
)

export const dutySchema = named('Duty', z.object({ onDuty: z.boolean(), since: isoDateTime() }))

export const nearbyDriverSchema = named(
  'NearbyDriver',
  z.object({
    driverId: id(),
    name: z.string().nullable(),
    phone: z.string(),
    organisationId: id().nullable(),
    lat: z.number(),
    lng: z.number(),
    distanceM: z.number().int().meta({ description: 'Metres from the query point' }),
    recordedAt: isoDateTime(),
    speed: z.number().nullable(),
    heading: z.number().nullable(),
    activeOrderId: id().nullable().meta({ description: 'Order of the last point, if any' }),
    vehicle: z
      .object({ id: id(), plate: z.string(), type: z.string(), capacityKg: z.number().int() })
      .nullable(),
  })
)

export const fleetDriverSchema = named(
  'FleetDriver',
  z.object({
    driverId: id(),
    name: z.string().nullable(),
    organisationId: id().nullable(),
    vehicle: nearbyDriverSchema.shape.vehicle,
  })
)

export const lineFeatureSchema = named(
  'LineFeature',
  z
    .object({
      type: z.literal('Feature'),
      geometry: z
        .object({
          type: z.literal('LineString'),
          coordinates: z.array(z.tuple([z.number(), z.number()])),
        })
        .nullable(),
      properties: z.record(z.string(), z.unknown()),
    })
    .meta({ description: 'GeoJSON Feature with a LineString ([lng, lat] pairs) or null geometry' })
)

export const orderTrackSchema = named(
  'OrderTrack',
  z.object({
    orderId: id(),
    status: z.enum(ORDER_STATUSES),
    actual: lineFeatureSchema.meta({
      description: 'Driven path; properties: points, simplified, from, to, lengthM',
    }),
    planned: lineFeatureSchema.meta({
      description: 'Planned route; properties: source (osrm | straight), distanceM, durationS',
    }),
    lastPosition: z
      .object({
        driverId: id(),
        lat: z.number(),
        lng: z.number(),
        recordedAt: isoDateTime(),
        speed: z.number().nullable(),
        heading: z.number().nullable(),
      })
      .nullable(),
    eta: z
      .object({
        nextStop: z.enum(['pickup', 'dropoff']),
        remainingM: z.number().int(),
        speedMps: z
          .number()
          .meta({ description: 'Average over the last 10 minutes, or the default' }),
        seconds: z.number().int(),
        at: isoDateTime(),
        source: z.enum(['osrm', 'recent_speed']),
      })
      .nullable(),
  })
)

export type PositionAck = z.infer<typeof positionAckSchema>
export type NearbyDriver = z.infer<typeof nearbyDriverSchema>
export type FleetDriver = z.infer<typeof fleetDriverSchema>
export type LineFeature = z.infer<typeof lineFeatureSchema>
export type OrderTrack = z.infer<typeof orderTrackSchema>
