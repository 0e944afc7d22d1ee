import VehicleType, { type VehicleBody, type VehicleTypeNames } from '#fleet/models/vehicle_type'
import DomainException from '#core/exceptions/domain_exception'

interface VehicleTypeInput {
  name: string
  names?: Omit<VehicleTypeNames, 'en'>
  body: VehicleBody
  capacityKg: number
  capacityM3: number
}

/** The reference list of vehicle types; admins extend and correct it. */
export default class VehicleTypeService {
  list() {
    return VehicleType.query().orderBy('capacity_kg', 'asc').orderBy('id', 'asc')
  }

  async find(id: number) {
    const type = await VehicleType.find(id)
    if (!type) throw DomainException.notFound('Vehicle type')
    return type
  }

  async create(input: VehicleTypeInput & { code: string }) {
    if (await VehicleType.findBy('code', input.code)) {
      throw new DomainException(`A vehicle type with code "${input.code}" already exists.`, {
        status: 409,
        code: 'E_VEHICLE_TYPE_EXISTS',
        field: 'code',
      })
    }
    return VehicleType.create({ ...input, names: { ...input.names, en: input.name } })
  }

  /** Names given are changed; the others are kept. */
  async update(type: VehicleType, { names, ...changes }: Partial<VehicleTypeInput>) {
    type.merge(changes)
    type.names = { ...type.names, ...names, en: type.name }
    await type.save()
    return type
  }
}
