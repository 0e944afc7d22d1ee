import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DevPrompts from '#money/services/dev_prompts'
import { devCheckoutAnswerValidator, devCheckoutValidator } from '#money/validators/dev_phone'
import { checkoutScreen } from '#money/dev_checkout_screen'

/**
 * The simulated Wave and Orange Money payment pages of `make dev` (their
 * launch URL), in the payer's language: the amount, the merchant, Pay and
 * Decline. 404 in production and when the provider is not its simulator.
 */
@inject()
export default class DevCheckoutController {
  constructor(private prompts: DevPrompts) {}

  async show({ request, response }: HttpContext) {
    const { params } = await request.validateUsing(devCheckoutValidator)
    const prompt = this.prompts.find(params.ref, 'checkout')
    response.header('content-type', 'text/html; charset=utf-8')
    return checkoutScreen(prompt)
  }

  /** The payer's click: the simulator notifies us in its provider's format; back to the order. */
  async answer({ request, response }: HttpContext) {
    const { params, answer } = await request.validateUsing(devCheckoutAnswerValidator)
    const prompt = this.prompts.find(params.ref, 'checkout')
    this.prompts.answer(prompt, answer)
    response.redirect().status(303).toPath(prompt.request.returnUrl)
  }
}
