/** The rooms, besides their fleet's and order's, that a driver's live position goes to now. */
export type DriverRoomLookup = (driverId: number) => Promise<string[]>

/**
 * A hook (a container singleton, bound by the realtime provider): a capability whose rooms follow a driver registers how to find
 * them (collections: the milk routes the driver is assigned to), and
 * tracking asks with each driver context it loads, so the lookup costs no
 * query per point and is expired with the context (`user:access-changed`).
 * Tracking emits to these rooms through `RoomAccess.reviewThenEmit`: each
 * point is sent only to sockets still allowed in the room.
 */
export default class DriverRooms {
  #lookups: DriverRoomLookup[] = []

  register(lookup: DriverRoomLookup) {
    if (!this.#lookups.includes(lookup)) this.#lookups.push(lookup)
  }

  async of(driverId: number) {
    const found = await Promise.all(this.#lookups.map((lookup) => lookup(driverId)))
    return found.flat()
  }
}
