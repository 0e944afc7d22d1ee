import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PaymentCallbackService from '#money/services/payment_callback_service'
import { callbackTokenValidator } from '#money/validators/payment'
import { STK_CALLBACK_ACK } from '#money/providers/daraja_wire'

/**
 * POST /api/v1/webhooks/mpesa/stk/:token: Daraja's STK callback (unsigned:
 * the token names the attempt, the job confirms with the STK query).
 * Answers Daraja's acknowledgement at once; 404 for an unknown token.
 */
@inject()
export default class MpesaCallbacksController {
  constructor(private callbacks: PaymentCallbackService) {}

  async stk({ request }: HttpContext) {
    const { params } = await callbackTokenValidator.validate({ params: request.params() })
    await this.callbacks.receiveByToken('mpesa', params.token, request.body())
    return STK_CALLBACK_ACK
  }
}
