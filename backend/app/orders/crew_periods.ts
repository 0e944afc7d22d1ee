/** Events that put a crew on the order; `unassigned` takes it off. */
const CREW_STARTS = new Set(['assigned', 'reassigned'])

/** An event as it leaves the API (OrderTransformer.event, the socket's `order:event`). */
interface EventLike {
  type: string
  data: Record<string, unknown>
}

/**
 * The part of an order's timeline a carrier-side viewer (crew, bidder) may
 * read: the events of no crew (created, posted, bids...) and those of its
 * own carrier's crews, never a previous carrier's crew (driver, vehicle,
 * positions at the stops, why it was taken off). The shipper side and
 * platform staff read everything. An event whose crew start does not name
 * its carrier (older rows) counts as the order's current carrier's when it
 * is the last start, and as nobody's otherwise.
 */
export function crewView<Event extends EventLike>(
  events: Event[],
  viewerCarrierId: number | null,
  currentCarrierId: number | null
): Event[] {
  const lastStart = events.findLastIndex((event) => CREW_STARTS.has(event.type))
  let crewCarrier: number | null | undefined
  const visible: Event[] = []
  events.forEach((event, index) => {
    if (CREW_STARTS.has(event.type)) {
      const named = event.data?.carrierOrganisationId
      crewCarrier =
        typeof named === 'number' ? named : index === lastStart ? currentCarrierId : null
    }
    const ofNoCrew = crewCarrier === undefined
    if (ofNoCrew || (viewerCarrierId !== null && crewCarrier === viewerCarrierId)) {
      visible.push(withoutPreviousCrew(event))
    }
    if (event.type === 'unassigned') crewCarrier = undefined
  })
  return visible
}

/** A reassignment names the crew it replaced (`previousDriverId`...): only for the full timeline. */
export function withoutPreviousCrew<Event extends EventLike>(event: Event): Event {
  const data = event.data ?? {}
  const kept = Object.entries(data).filter(([key]) => !key.startsWith('previous'))
  if (kept.length === Object.keys(data).length) return event
  return { ...event, data: Object.fromEntries(kept) }
}
