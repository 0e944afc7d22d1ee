import type VehicleType from '#fleet/models/vehicle_type'

export default class VehicleTypeTransformer {
  static toJSON(type: VehicleType) {
    return {
      id: type.id,
      code: type.code,
      name: type.name,
      body: type.body,
      capacityKg: type.capacityKg,
      capacityM3: type.capacityM3,
    }
  }
}
