import type Tracker from '#tracking/models/tracker'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const trackerSchema = named(
  'Tracker',
  z.object({
    id: id(),
    deviceId: z
      .string()
      .meta({ description: 'Put this in OsmAnd / Traccar Client as the device identifier' }),
    name: z.string().nullable(),
    lastSeenAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
  })
)

/** A driver's OsmAnd / Traccar Client device id. */
export default class TrackerTransformer {
  static toJSON(tracker: Tracker): z.infer<typeof trackerSchema> {
    return {
      id: tracker.id,
      deviceId: tracker.deviceId,
      name: tracker.name ?? null,
      lastSeenAt: toIso(tracker.lastSeenAt),
      createdAt: toIso(tracker.createdAt),
    }
  }
}
