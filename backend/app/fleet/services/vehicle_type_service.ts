import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import VehicleType, { type VehicleBody, type VehicleTypeNames } from '#fleet/models/vehicle_type'
import DomainException from '#core/exceptions/domain_exception'
import AuditService, { type AuditActor } from '#audit/services/audit_service'
import accountsConfig from '#config/accounts'

type Country = (typeof accountsConfig.countries)[number]

interface VehicleTypeInput {
  name: string
  names?: Omit<VehicleTypeNames, 'en'>
  body: VehicleBody
  capacityKg: number
  capacityM3: number
  countries?: Country[]
}

/** In the configured order, each once: the list reads the same however it was typed. */
const inOrder = (countries: readonly string[]) =>
  accountsConfig.countries.filter((country) => countries.includes(country))

/** What the audit log keeps of a type, before and after a change. */
const audited = (type: VehicleType) => ({
  code: type.code,
  names: type.names,
  body: type.body,
  capacityKg: type.capacityKg,
  capacityM3: type.capacityM3,
  countries: type.countries,
})

/**
 * The reference list of vehicle types; admins extend and correct it, each
 * change recorded in the audit log in its own transaction (every user reads
 * the names, so a rename is an operator's visible act).
 */
@inject()
export default class VehicleTypeService {
  constructor(private audit: AuditService) {}

  /** Smallest first; only those used in `country` when one is given. */
  list(country?: string) {
    const query = VehicleType.query().orderBy('capacity_kg', 'asc').orderBy('id', 'asc')
    if (country) query.whereRaw('? = ANY(countries)', [country])
    return query
  }

  /**
   * The type, when it exists and is used in `country` (a carrier registers,
   * a shipper asks for, only its country's types); 422 on `field` otherwise.
   */
  async availableIn(id: number, country: string, field: string) {
    const type = await VehicleType.find(id)
    if (!type) {
      throw new DomainException(`There is no vehicle type ${id}; see GET /api/v1/vehicle-types.`, {
        status: 422,
        code: 'E_UNKNOWN_VEHICLE_TYPE',
        field,
      })
    }
    if (!type.countries.includes(country)) {
      throw new DomainException(
        `The vehicle type "${type.name}" is not used in ${country}; see GET /api/v1/vehicle-types.`,
        { status: 422, code: 'E_VEHICLE_TYPE_NOT_IN_COUNTRY', field }
      )
    }
    return type
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
        {
          ...input,
          names: { ...input.names, en: input.name },
          countries: inOrder(input.countries ?? accountsConfig.countries),
        },
        { client: trx }
      )
      await this.audit.record(
        {
          action: 'vehicle_type.created',
          actor: admin,
          subject: { type: 'vehicle_type', id: type.id, name: type.name },
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
    { names, countries, ...changes }: Partial<VehicleTypeInput>,
    admin: AuditActor
  ) {
    return db.transaction(async (trx) => {
      const before = audited(type)
      type.useTransaction(trx)
      type.merge(changes)
      type.names = { ...type.names, ...names, en: type.name }
      if (countries) type.countries = inOrder(countries)
      await type.save()
      await this.audit.record(
        {
          action: 'vehicle_type.updated',
          actor: admin,
          subject: { type: 'vehicle_type', id: type.id, name: type.name },
          before,
          after: audited(type),
        },
        trx
      )
      return type
    })
  }
}
