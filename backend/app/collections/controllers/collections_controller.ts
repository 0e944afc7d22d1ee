import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import CollectionService from '#collections/services/collection_service'
import CollectionTransformer from '#collections/transformers/collection_transformer'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import {
  correctCollectionValidator,
  listCollectionsValidator,
  syncCollectionsValidator,
} from '#collections/validators/collection'

/** Milk collections: the phone's sync, the cooperative's list, corrections. */
@inject()
export default class CollectionsController {
  constructor(
    private cooperatives: CooperativeService,
    private collections: CollectionService
  ) {}

  /**
   * POST /api/v1/collections/sync { collections: [...] } — a result per
   * collection: stored, duplicate (stored before: drop it from the queue)
   * or refused (with the reason; nothing stored).
   */
  async sync({ auth, request }: HttpContext) {
    const { collections } = await request.validateUsing(syncCollectionsValidator)
    const results = await this.collections.sync(auth.getUserOrFail(), collections)
    return { results: results.map((result) => CollectionTransformer.syncResult(result)) }
  }

  /** GET /api/v1/cooperatives/:id/collections?date=&period=&routeId=&farmerId= */
  async index(ctx: HttpContext) {
    const { params, ...filters } = await ctx.request.validateUsing(listCollectionsValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const page = await this.collections.list(cooperative, filters)
    return paginate(page, (collection) => CollectionTransformer.toJSON(collection))
  }

  /** POST /api/v1/collections/:id/correct — reverses it and records the corrected values. */
  async correct(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(correctCollectionValidator)
    const original = await this.collections.find(params.id)
    const cooperative = await visibleCooperative(
      ctx,
      this.cooperatives,
      original.cooperativeId
    ).catch(() => {
      throw DomainException.notFound('Collection')
    })
    await ctx.bouncer.with(CooperativePolicy).authorize('work', cooperative)
    const replacement = await this.collections.correct(ctx.auth.getUserOrFail(), original, input)
    return ctx.response.created(CollectionTransformer.toJSON(replacement))
  }
}
