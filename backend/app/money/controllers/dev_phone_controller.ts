import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import SimulatedPhone, { PHONE_ANSWERS } from '#money/providers/simulated_phone'
import { devPhoneAnswerValidator, devPhoneQueryValidator } from '#money/validators/dev_phone'
import { phoneScreen } from '#money/dev_phone_screen'

/**
 * The development phone (a developer tool, English only): the STK prompts
 * the M-Pesa simulator put on a phone, with the payer's buttons. 404 in
 * production and when M-Pesa is not the simulator.
 */
@inject()
export default class DevPhoneController {
  constructor(
    private gateways: PaymentGateways,
    private phone: SimulatedPhone
  ) {}

  async show({ request, response }: HttpContext) {
    this.#ensureSimulator()
    const { phone } = await devPhoneQueryValidator.validate(request.qs())
    response.header('content-type', 'text/html; charset=utf-8')
    return phoneScreen(phone, this.phone.pendingFor(phone))
  }

  /** The payer's answer; the simulator calls back with its result code. */
  async answer({ request, response }: HttpContext) {
    this.#ensureSimulator()
    const { params, answer } = await request.validateUsing(devPhoneAnswerValidator)
    const prompt = this.phone.find(params.ref)
    if (!prompt) throw DomainException.notFound('Prompt')
    if (prompt.answered !== undefined) {
      throw new DomainException('This prompt was already answered.', {
        status: 409,
        code: 'E_CONFLICT',
      })
    }
    prompt.answer(PHONE_ANSWERS[answer])
    response
      .redirect()
      .status(303)
      .toPath(`/api/v1/dev/phone?phone=${encodeURIComponent(prompt.request.phone)}`)
  }

  #ensureSimulator() {
    const gateway = this.gateways.byNameOrNull('mpesa')
    if (app.inProduction || !(gateway instanceof SimulatedMpesaProvider)) {
      throw DomainException.notFound('Phone')
    }
  }
}
