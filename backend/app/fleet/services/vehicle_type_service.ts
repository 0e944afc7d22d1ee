import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import VehicleType, { type VehicleBody, type VehicleTypeNames } from '#fleet/models/vehicle_type'
import DomainException from '#core/exceptions/domain_exception'
import AuditService, { type AuditActor } from '#audit/services/audit_service'

interface VehicleTypeInput {
  name: string
  names?: Omit<VehicleTypeNames, 'en'>
  body: VehicleBody
  capacityKg: number
  capacityM3: number
}

/** What the audit log keeps of a type, before and after a change. */
const audited = (type: VehicleType) => ({
  code: type.code,
  names: type.names,
  body: type.body,
  capacityKg: type.capacityKg,
  capacityM3: type.capacityM3,
})

/**
 * The reference list of vehicle types; admins extend and correct it, each
 * change recorded in the audit log in its own transaction (every user reads
 * the names, so a rename is an operator's visible act).
 */
@inject()
export default class VehicleTypeService {
  constructor(private audit: AuditService) {}

  list() {
    return VehicleType.query().orderBy('capacity_kg', 'asc').orderBy('id', 'asc')
  }

  async find(id: number) {
    const type = await VehicleType.find(id)
    if (!type) throw DomainException.notFound('Vehicle type')
    return type
  }

  async create(input: VehicleTypeInput & { code: string }, admin: AuditActor) {
    return db.transaction(async (trx) => {
      if (await VehicleType.findBy('code', input.code, { client: trx })) {
        throw new DomainException(`A vehicle type with code "${input.code}" already exists.`, {
          status: 409,
          code: 'E_VEHICLE_TYPE_EXISTS',
          field: 'code',
        })
      }
      const type = await VehicleType.create(
        { ...input, names: { ...input.names, en: input.name } },
        { client: trx }
      )
      await this.audit.record(
        {
          action: 'vehicle_type.created',
          actor: admin,
          subject: { type: 'vehicle_type', id: type.id },
          after: audited(type),
        },
        trx
      )
      return type
    })
  }

  /** Names given are changed; the others are kept. */
  async update(
    type: VehicleType,
    { names, ...changes }: Partial<VehicleTypeInput>,
    admin: AuditActor
  ) {
    return db.transaction(async (trx) => {
      const before = audited(type)
      type.useTransaction(trx)
      type.merge(changes)
      type.names = { ...type.names, ...names, en: type.name }
      await type.save()
      await this.audit.record(
        {
          action: 'vehicle_type.updated',
          actor: admin,
          subject: { type: 'vehicle_type', id: type.id },
          before,
          after: audited(type),
        },
        trx
      )
      return type
    })
  }
}
