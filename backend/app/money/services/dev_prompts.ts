import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import DomainException from '#core/exceptions/domain_exception'
import type { PaymentProviderName } from '#money/payment_providers'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedPhone, {
  type PayerAnswer,
  type SimulatedPrompt,
} from '#money/providers/simulated_phone'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import SimulatedAirtelProvider from '#money/providers/simulated_airtel_provider'
import SimulatedWaveProvider from '#money/providers/simulated_wave_provider'
import SimulatedOrangeMoneyProvider from '#money/providers/simulated_orange_money_provider'

const SIMULATORS: Partial<Record<PaymentProviderName, abstract new (...args: never[]) => object>> =
  {
    mpesa: SimulatedMpesaProvider,
    airtel: SimulatedAirtelProvider,
    wave: SimulatedWaveProvider,
    orange_money: SimulatedOrangeMoneyProvider,
  }

/**
 * The simulators' prompts as the development pages see them: only those of
 * a provider that is its simulator here, and none in production (the pages
 * are then 404).
 */
@inject()
export default class DevPrompts {
  constructor(
    private gateways: PaymentGateways,
    private phone: SimulatedPhone
  ) {}

  simulated(provider: PaymentProviderName) {
    const simulator = SIMULATORS[provider]
    return (
      !app.inProduction &&
      simulator !== undefined &&
      this.gateways.byNameOrNull(provider) instanceof simulator
    )
  }

  /** Whether any provider of this kind of prompt is simulated here. */
  anySimulated(kind: SimulatedPrompt['kind']) {
    const providers: PaymentProviderName[] =
      kind === 'phone' ? ['mpesa', 'airtel'] : ['wave', 'orange_money']
    return providers.some((provider) => this.simulated(provider))
  }

  /** Waiting on this phone, of the providers simulated here. */
  pendingFor(phone: string) {
    return this.phone.pendingFor(phone).filter((prompt) => this.simulated(prompt.provider))
  }

  /** The payment's prompt (answered or not), or 404. */
  ofPayment(paymentId: number) {
    const prompt = this.phone.ofPayment(paymentId)
    if (!prompt || !this.simulated(prompt.provider)) throw DomainException.notFound('Prompt')
    return prompt
  }

  /** The prompt of this kind (answered or not), or 404. */
  find(providerRef: string, kind: SimulatedPrompt['kind']) {
    const prompt = this.phone.find(providerRef)
    if (!prompt || prompt.kind !== kind || !this.simulated(prompt.provider)) {
      throw DomainException.notFound(kind === 'phone' ? 'Prompt' : 'Payment page')
    }
    return prompt
  }

  /** The payer's answer, sent by the simulator; 409 once answered (by hand or automatically). */
  answer(prompt: SimulatedPrompt, answer: PayerAnswer) {
    if (prompt.answered !== undefined) {
      throw new DomainException('This payment was already answered.', {
        status: 409,
        code: 'E_CONFLICT',
      })
    }
    prompt.answer(answer)
  }
}
