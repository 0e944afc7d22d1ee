import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PayoutCallbackService from '#money/services/payout_callback_service'

/**
 * POST /api/v1/webhooks/orange_money_cashin: Orange's notification about a
 * cash-in (the URL registered with its merchant callback). Checked by the
 * apiKey we registered, matched by our reference, answered at once; a job
 * asks Orange before anything changes.
 */
@inject()
export default class OrangeCashinCallbacksController {
  constructor(private callbacks: PayoutCallbackService) {}

  async receive({ request }: HttpContext) {
    await this.callbacks.receiveOrangeCashin(request.header('authorization'), request.body())
    return { received: true }
  }
}
