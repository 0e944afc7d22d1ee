import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PaymentCallbackService from '#money/services/payment_callback_service'

/**
 * POST /api/v1/webhooks/wave: Wave's signed webhook. The signature is
 * checked over the raw body; answered at once, applied by a job.
 */
@inject()
export default class WaveCallbacksController {
  constructor(private callbacks: PaymentCallbackService) {}

  async receive({ request }: HttpContext) {
    await this.callbacks.receiveWave(request.raw() ?? '', request.header('wave-signature'))
    return { received: true }
  }
}
