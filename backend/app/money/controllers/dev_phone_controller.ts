import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import DevPrompts from '#money/services/dev_prompts'
import {
  devPhoneAnswerValidator,
  devPhoneOfPaymentValidator,
  devPhoneQueryValidator,
} from '#money/validators/dev_phone'
import { phoneScreen } from '#money/dev_phone_screen'

/**
 * The development phone (a developer tool, English only): the prompts the
 * M-Pesa and Airtel Money simulators put on a phone, with the payer's
 * buttons, and links to the Wave and Orange Money payment pages started
 * for it. 404 in production and when no provider is its simulator.
 */
@inject()
export default class DevPhoneController {
  constructor(private prompts: DevPrompts) {}

  async show({ request, response }: HttpContext) {
    if (!this.prompts.anySimulated('phone') && !this.prompts.anySimulated('checkout')) {
      throw DomainException.notFound('Phone')
    }
    const { phone } = await devPhoneQueryValidator.validate(request.qs())
    response.header('content-type', 'text/html; charset=utf-8')
    return phoneScreen(phone, this.prompts.pendingFor(phone))
  }

  /** The phone a payment's prompt is on (the web app's link knows the payment, not the number). */
  async ofPayment({ request, response }: HttpContext) {
    const { params } = await request.validateUsing(devPhoneOfPaymentValidator)
    const prompt = this.prompts.ofPayment(params.id)
    response
      .redirect()
      .status(303)
      .toPath(`/api/v1/dev/phone?phone=${encodeURIComponent(prompt.request.phone)}`)
  }

  /** The payer's answer; the simulator calls back in its provider's format. */
  async answer({ request, response }: HttpContext) {
    const { params, answer } = await request.validateUsing(devPhoneAnswerValidator)
    const prompt = this.prompts.find(params.ref, 'phone')
    this.prompts.answer(prompt, answer)
    response
      .redirect()
      .status(303)
      .toPath(`/api/v1/dev/phone?phone=${encodeURIComponent(prompt.request.phone)}`)
  }
}
