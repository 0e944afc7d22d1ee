import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PaymentCallbackService from '#money/services/payment_callback_service'

/**
 * POST /api/v1/webhooks/airtel: Airtel Money's collection callback (the
 * URL registered for the app). Matched to our transaction id, applied by a
 * job after the transaction enquiry. Answered at once.
 */
@inject()
export default class AirtelCallbacksController {
  constructor(private callbacks: PaymentCallbackService) {}

  async receive({ request }: HttpContext) {
    await this.callbacks.receiveAirtel(request.body())
    return { received: true }
  }
}
