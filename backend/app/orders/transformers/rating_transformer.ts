import type Rating from '#orders/models/rating'
import { RATING_DIRECTIONS } from '#orders/models/rating'
import { ratingSummarySchema, type RatingSummary } from '#orders/transformers/bid_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const ratingSchema = named(
  'Rating',
  z.object({
    id: id(),
    orderId: id(),
    direction: z.enum(RATING_DIRECTIONS),
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    ratedOrganisationId: id().nullable(),
    ratedUserId: id().nullable(),
    createdAt: isoDateTime(),
  })
)

export const organisationRatingSchema = named(
  'OrganisationRating',
  ratingSummarySchema.extend({
    organisationId: id(),
    recent: z.array(
      z.object({
        score: z.number().int().min(1).max(5),
        comment: z.string().nullable(),
        direction: z.enum(RATING_DIRECTIONS),
        createdAt: isoDateTime(),
      })
    ),
  })
)

export const userRatingSchema = named('UserRating', ratingSummarySchema.extend({ userId: id() }))

/** A rating left after completion, and the profiles that average them. */
export default class RatingTransformer {
  static toJSON(rating: Rating): z.infer<typeof ratingSchema> {
    return {
      id: rating.id,
      orderId: rating.orderId,
      direction: rating.direction,
      score: rating.score,
      comment: rating.comment,
      ratedOrganisationId: rating.ratedOrganisationId,
      ratedUserId: rating.ratedUserId,
      createdAt: toIso(rating.createdAt),
    }
  }

  static organisation(
    organisationId: number,
    summary: RatingSummary,
    recent: Rating[]
  ): z.infer<typeof organisationRatingSchema> {
    return {
      organisationId,
      ...summary,
      recent: recent.map((rating) => ({
        score: rating.score,
        comment: rating.comment,
        direction: rating.direction,
        createdAt: toIso(rating.createdAt),
      })),
    }
  }

  static user(userId: number, summary: RatingSummary): z.infer<typeof userRatingSchema> {
    return { userId, ...summary }
  }
}
