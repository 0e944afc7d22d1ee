import type TrackingException from '#tracking/models/tracking_exception'
import { TRACKING_EXCEPTION_KINDS } from '#tracking/models/tracking_exception'
import type { LatLng } from '#core/models/geo_point'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const trackingExceptionSchema = named(
  'TrackingException',
  z.object({
    id: id(),
    kind: z.enum(TRACKING_EXCEPTION_KINDS),
    orderId: id().nullable(),
    driverId: id(),
    driverName: z
      .string()
      .nullable()
      .meta({ description: 'null: the driver has not given a name' }),
    organisationId: id().nullable(),
    details: z.record(z.string(), z.unknown()).meta({
      description:
        'long_stop: stoppedMinutes, since; off_route: distanceM, corridorM; once resolved, resolution (moved_on, back_on_route, order_ended, driver_changed)',
    }),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    openedAt: isoDateTime(),
    resolvedAt: isoDateTime().nullable(),
  })
)
export type TrackingExceptionJson = z.infer<typeof trackingExceptionSchema>

/**
 * A long stop or off-route truck, the same on REST (`GET /dispatch/exceptions`)
 * and on the fleet rooms' `exception` event. Where it happened comes from the
 * query's `lat`/`lng` extras, or is given when the record was just written;
 * the driver is named from the preloaded (or set) `driver`.
 */
export default class TrackingExceptionTransformer {
  static toJSON(exception: TrackingException, where?: LatLng): TrackingExceptionJson {
    return {
      id: exception.id,
      kind: exception.kind,
      orderId: exception.orderId,
      driverId: exception.driverId,
      driverName: exception.driver?.name ?? null,
      organisationId: exception.organisationId,
      details: exception.details,
      lat: where?.lat ?? (exception.$extras.lat as number | undefined) ?? null,
      lng: where?.lng ?? (exception.$extras.lng as number | undefined) ?? null,
      openedAt: toIso(exception.openedAt),
      resolvedAt: toIso(exception.resolvedAt),
    }
  }
}
