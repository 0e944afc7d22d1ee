/** Where a vehicle (and, when given, one of its drivers) is at work now: "order 12 (in_transit)". */
export type VehicleWorkLookup = (vehicleId: number, driverId?: number) => Promise<string | null>

/**
 * The capabilities that put vehicles to work (orders, later collection
 * routes) register here how to find that work, so fleet can refuse to
 * archive a busy vehicle or unlink a busy driver without depending on them.
 * A container singleton; the lookups are registered in providers/app_provider.ts.
 */
export default class VehicleWork {
  #lookups: VehicleWorkLookup[] = []

  register(lookup: VehicleWorkLookup) {
    this.#lookups.push(lookup)
  }

  async find(vehicleId: number, driverId?: number): Promise<string | null> {
    for (const lookup of this.#lookups) {
      const work = await lookup(vehicleId, driverId)
      if (work) return work
    }
    return null
  }
}
