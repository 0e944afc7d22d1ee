import DomainException from '#core/exceptions/domain_exception'
import { localeForPhone } from '#core/phone'
import type { Locale } from '#core/locales'
import type Cooperative from '#collections/models/cooperative'
import Farmer, { type FarmerStatus } from '#collections/models/farmer'
import RouteStop from '#collections/models/route_stop'

export interface FarmerInput {
  phone?: string
  name?: string
  memberNumber?: string
  locale?: Locale
  payoutPhone?: string
  nationalId?: string | null
  stopId?: number | null
  status?: FarmerStatus
}

/** The cooperative's members who sell milk, known by phone. */
export default class FarmerService {
  async find(id: number) {
    const farmer = await Farmer.find(id)
    if (!farmer) throw DomainException.notFound('Farmer')
    return farmer
  }

  /** The farmer a phone belongs to, if any (USSD's identity). */
  byPhone(phone: string) {
    return Farmer.findBy('phone', phone)
  }

  list(
    cooperative: Cooperative,
    filters: { status?: FarmerStatus; q?: string; page?: number; perPage?: number }
  ) {
    return Farmer.query()
      .where('cooperative_id', cooperative.organisationId)
      .if(filters.status, (query) => query.where('status', filters.status!))
      .if(filters.q, (query) =>
        query.where((inner) =>
          inner
            .whereILike('name', `%${filters.q}%`)
            .orWhere('member_number', filters.q!)
            .orWhere('phone', 'like', `%${filters.q!.replace(/\D/g, '') || '-'}%`)
        )
      )
      .orderBy('member_number')
      .paginate(filters.page ?? 1, filters.perPage ?? 100)
  }

  /** A clerk registers a farmer: active at once. */
  async register(
    cooperative: Cooperative,
    input: Required<Pick<FarmerInput, 'phone' | 'name' | 'memberNumber'>> & FarmerInput,
    status: FarmerStatus = 'active'
  ) {
    await this.#checkUnique(cooperative, input)
    if (input.stopId) await this.#checkStop(cooperative, input.stopId)
    return Farmer.create({
      cooperativeId: cooperative.organisationId,
      phone: input.phone,
      name: input.name,
      memberNumber: input.memberNumber,
      locale: input.locale ?? localeForPhone(input.phone),
      payoutPhone: input.payoutPhone ?? input.phone,
      nationalId: input.nationalId ?? null,
      stopId: input.stopId ?? null,
      status,
    })
  }

  async update(cooperative: Cooperative, farmer: Farmer, input: FarmerInput) {
    await this.#checkUnique(cooperative, input, farmer)
    if (input.stopId) await this.#checkStop(cooperative, input.stopId)
    farmer.merge(input)
    await farmer.save()
    return farmer
  }

  /** A self-registered farmer (USSD) becomes active when a clerk approves. */
  async approve(farmer: Farmer) {
    if (farmer.status !== 'pending') {
      throw new DomainException(`This farmer is ${farmer.status}, not waiting for approval.`, {
        status: 409,
        code: 'E_INVALID_STATE',
      })
    }
    farmer.status = 'active'
    await farmer.save()
    return farmer
  }

  /** The next free member number for a self-registered farmer: "P" and a counter. */
  async nextPendingNumber(cooperative: Cooperative) {
    const row = await Farmer.query()
      .where('cooperative_id', cooperative.organisationId)
      .whereLike('member_number', 'P%')
      .count('* as total')
      .first()
    return `P${Number(row?.$extras.total ?? 0) + 1}`
  }

  async #checkUnique(cooperative: Cooperative, input: FarmerInput, self?: Farmer) {
    if (input.phone) {
      const other = await Farmer.findBy('phone', input.phone)
      if (other && other.id !== self?.id) {
        throw new DomainException('This phone already belongs to a farmer.', {
          status: 409,
          code: 'E_PHONE_TAKEN',
          field: 'phone',
        })
      }
    }
    if (input.memberNumber) {
      const other = await Farmer.query()
        .where({ cooperative_id: cooperative.organisationId, member_number: input.memberNumber })
        .first()
      if (other && other.id !== self?.id) {
        throw new DomainException('Another farmer has this member number.', {
          status: 409,
          code: 'E_MEMBER_NUMBER_TAKEN',
          field: 'memberNumber',
        })
      }
    }
  }

  async #checkStop(cooperative: Cooperative, stopId: number) {
    const stop = await RouteStop.query()
      .where('route_stops.id', stopId)
      .join('collection_routes', 'collection_routes.id', 'route_stops.route_id')
      .where('collection_routes.cooperative_id', cooperative.organisationId)
      .first()
    if (!stop) {
      throw new DomainException('No such stop on a route of this cooperative.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'stopId',
      })
    }
  }
}
