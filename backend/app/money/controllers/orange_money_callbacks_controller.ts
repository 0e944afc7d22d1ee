import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PaymentCallbackService from '#money/services/payment_callback_service'
import { callbackTokenValidator } from '#money/validators/payment'

/**
 * POST /api/v1/webhooks/orange_money/:token: Orange Money's notification
 * to the notif_url of one attempt (its notif_token must be the attempt's;
 * the job confirms with the transaction status). Answered at once.
 */
@inject()
export default class OrangeMoneyCallbacksController {
  constructor(private callbacks: PaymentCallbackService) {}

  async notify({ request }: HttpContext) {
    const { params } = await callbackTokenValidator.validate({ params: request.params() })
    await this.callbacks.receiveByToken('orange_money', params.token, request.body())
    return { received: true }
  }
}
