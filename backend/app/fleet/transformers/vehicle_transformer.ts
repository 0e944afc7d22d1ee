import type Vehicle from '#fleet/models/vehicle'
import type VehiclePhoto from '#fleet/models/vehicle_photo'
import type { VehicleDetails } from '#fleet/services/vehicle_service'
import type { Eligibility } from '#fleet/services/fleet_eligibility_service'
import FleetDocumentTransformer from '#fleet/transformers/fleet_document_transformer'
import VehicleTypeTransformer from '#fleet/transformers/vehicle_type_transformer'

/**
 * A vehicle in lists (`toJSON`) and in full with its documents and why it
 * may or may not take loads (`details`). Expects vehicleType, drivers and
 * photos preloaded.
 */
export default class VehicleTransformer {
  /** `eligibility` (the vehicle's own papers) is included when given. */
  static toJSON(vehicle: Vehicle, eligibility?: Eligibility) {
    return {
      id: vehicle.id,
      organisationId: vehicle.organisationId,
      plate: vehicle.plate,
      vehicleType: VehicleTypeTransformer.toJSON(vehicle.vehicleType),
      make: vehicle.make,
      model: vehicle.model,
      year: vehicle.year,
      capacityKg: vehicle.effectiveCapacityKg,
      capacityM3: vehicle.effectiveCapacityM3,
      capacityKgOverride: vehicle.capacityKg,
      capacityM3Override: vehicle.capacityM3,
      baseLocation: vehicle.baseLocation,
      baseAddress: vehicle.baseAddress,
      drivers: (vehicle.drivers ?? []).map((driver) => ({
        id: driver.id,
        name: driver.name,
        phone: driver.phone,
      })),
      photos: (vehicle.photos ?? []).map((photo) => this.photo(photo)),
      ...(eligibility ? { eligibility } : {}),
      createdAt: vehicle.createdAt.toISO(),
      updatedAt: vehicle.updatedAt.toISO(),
    }
  }

  static details({ vehicle, eligibility, driverEligibility }: VehicleDetails) {
    const base = this.toJSON(vehicle, eligibility)
    const none: Eligibility = { eligible: false, reasons: [] }
    return {
      ...base,
      drivers: base.drivers.map((driver) => ({
        ...driver,
        eligibility: driverEligibility.get(driver.id) ?? none,
      })),
      documents: (vehicle.documents ?? []).map((d) => FleetDocumentTransformer.toJSON(d)),
    }
  }

  static photo(photo: VehiclePhoto) {
    return {
      id: photo.id,
      contentType: photo.contentType,
      fileSize: photo.fileSize,
      url: `/api/v1/vehicles/${photo.vehicleId}/photos/${photo.id}`,
      createdAt: photo.createdAt.toISO(),
    }
  }
}
