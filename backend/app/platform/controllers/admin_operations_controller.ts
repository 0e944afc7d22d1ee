import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OperationsPolicy from '#platform/policies/operations_policy'
import OperationsService from '#platform/services/operations_service'
import OperationsTransformer from '#platform/transformers/operations_transformer'
import { retryJobValidator } from '#platform/validators/operations'

/** The console's operations page: health, the job queue and the day's figures (admins read and retry; platform dispatchers read). */
@inject()
export default class AdminOperationsController {
  constructor(private operations: OperationsService) {}

  /** GET /api/v1/admin/operations */
  async show({ bouncer }: HttpContext) {
    await bouncer.with(OperationsPolicy).authorize('view')
    return OperationsTransformer.toJSON(await this.operations.overview())
  }

  /** POST /api/v1/admin/operations/jobs/:queue/:id/retry */
  async retry({ bouncer, request, response }: HttpContext) {
    await bouncer.with(OperationsPolicy).authorize('retry')
    const { params } = await request.validateUsing(retryJobValidator)
    await this.operations.retry(params.queue, params.id)
    return response.noContent()
  }
}
