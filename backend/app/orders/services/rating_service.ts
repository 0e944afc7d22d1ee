import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import DomainException from '#core/exceptions/domain_exception'
import Rating from '#orders/models/rating'
import type Order from '#orders/models/order'
import type User from '#accounts/models/user'
import type { RatingSummary } from '#orders/transformers/bid_transformer'
import OrderAccessService from '#orders/services/order_access_service'
import { partiesOf, ratingDirectionOf } from '#orders/order_parties'
import { assertAllowed } from '#orders/order_state_machine'
import { isUniqueViolation } from '#core/database_errors'

/**
 * After completion each side rates the other once (1–5 and a comment).
 * Profiles are organisations: the shipper rates the carrier organisation,
 * the carrier rates the shipper organisation (or the shipper user when the
 * order was posted without one).
 */
@inject()
export default class RatingService {
  constructor(private access: OrderAccessService) {}

  async rate(order: Order, user: User, input: { score: number; comment?: string }) {
    const actor = await this.access.actorOf(user)
    const parties = partiesOf(actor, order)
    const facts = await this.access.factsOf(actor, [order])
    // The unique index on (order, direction) still decides between two at once.
    assertAllowed(order, 'rate', parties, facts.get(order.id))
    const direction = ratingDirectionOf(parties)
    const target =
      direction === 'shipper_to_carrier'
        ? { ratedOrganisationId: order.carrierOrganisationId, ratedUserId: order.assignedDriverId }
        : { ratedOrganisationId: order.shipperOrganisationId, ratedUserId: order.shipperId }
    try {
      // Its own transaction: a duplicate must not abort an enclosing one.
      return await db.transaction((trx) =>
        Rating.create(
          {
            orderId: order.id,
            direction,
            raterId: user.id,
            ...target,
            score: input.score,
            comment: input.comment ?? null,
          },
          { client: trx }
        )
      )
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainException('This order has already been rated by your side.', {
          status: 409,
          code: 'E_ALREADY_RATED',
        })
      }
      throw error
    }
  }

  /** Average and count per organisation, for many at once (bid lists). */
  async summariesForOrganisations(organisationIds: number[]) {
    const summaries = new Map<number, RatingSummary>()
    if (organisationIds.length === 0) return summaries
    const rows = await db
      .from('ratings')
      .whereIn('rated_organisation_id', organisationIds)
      .groupBy('rated_organisation_id')
      .select('rated_organisation_id')
      .select(db.raw('avg(score)::float as average'), db.raw('count(*)::int as count'))
    for (const row of rows) {
      summaries.set(row.rated_organisation_id, { average: round(row.average), count: row.count })
    }
    return summaries
  }

  async summaryForOrganisation(organisationId: number): Promise<RatingSummary> {
    const summaries = await this.summariesForOrganisations([organisationId])
    return summaries.get(organisationId) ?? { average: null, count: 0 }
  }

  async summaryForUser(userId: number): Promise<RatingSummary> {
    const row = await db
      .from('ratings')
      .where('rated_user_id', userId)
      .select(db.raw('avg(score)::float as average'), db.raw('count(*)::int as count'))
      .first()
    return { average: row?.count ? round(row.average) : null, count: row?.count ?? 0 }
  }

  recentForOrganisation(organisationId: number, limit = 10) {
    return Rating.query()
      .where('rated_organisation_id', organisationId)
      .orderBy('created_at', 'desc')
      .limit(limit)
  }
}

const round = (value: number) => Math.round(value * 100) / 100
