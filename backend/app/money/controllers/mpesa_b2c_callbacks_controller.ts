import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PayoutCallbackService from '#money/services/payout_callback_service'
import { b2cCallbackValidator } from '#money/validators/payout'
import { B2C_CALLBACK_ACK } from '#money/providers/daraja_b2c_wire'

/**
 * POST /api/v1/webhooks/mpesa/b2c/:which/:token (which: result | timeout):
 * Daraja's B2C callbacks (unsigned: the token names the payout, the key and
 * amount must match it). Answers Daraja's acknowledgement at once.
 */
@inject()
export default class MpesaB2cCallbacksController {
  constructor(private callbacks: PayoutCallbackService) {}

  async handle({ request }: HttpContext) {
    const { params } = await b2cCallbackValidator.validate({ params: request.params() })
    await this.callbacks.receiveB2c(params.token, params.which, request.body())
    return B2C_CALLBACK_ACK
  }
}
