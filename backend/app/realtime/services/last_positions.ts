/** What watchers of a live room receive as `position`: one GPS point of a driver. */
export interface PositionMessage {
  driverId: number
  orderId: number | null
  lat: number
  lng: number
  recordedAt: string
  accuracy: number | null
  speed: number | null
  heading: number | null
  altitude: number | null
  battery: number | null
  /** false for a point older than one already seen: draw it in the trail, not as the marker. */
  latest: boolean
}

/** A driver's last known position, or null when none was ever received. */
export type LastPositionLookup = (driverId: number) => Promise<PositionMessage | null>

/**
 * A hook (a container singleton, bound by the realtime provider): tracking,
 * which stores every driver's last known position, registers how to read
 * it; a capability whose room follows a driver (collections: a milk
 * route's map) sends it to a socket that has just joined, so the truck is
 * on the map before its next point arrives.
 */
export default class LastPositions {
  #lookup: LastPositionLookup | null = null

  register(lookup: LastPositionLookup) {
    this.#lookup = lookup
  }

  async of(driverId: number) {
    return this.#lookup ? this.#lookup(driverId) : null
  }
}
