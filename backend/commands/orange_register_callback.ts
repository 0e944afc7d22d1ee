import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace orange:register-callback --code=<merchant code>`: tells Orange
 * (Sonatel's merchant callback API) to send cash-in notifications to
 * <PAYMENTS_CALLBACK_BASE_URL>/api/v1/webhooks/orange_money_cashin with
 * ORANGE_CASHIN_CALLBACK_API_KEY, then reads the registration back. Once
 * per environment, and again after the URL or the key changed.
 */
export default class OrangeRegisterCallback extends BaseCommand {
  static commandName = 'orange:register-callback'
  static description =
    'Register with Orange the URL its cash-in notifications are sent to, with our callback apiKey'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Our merchant code at Orange', required: true })
  declare code: string

  @flags.string({ description: 'How Orange names this callback', default: 'Njia' })
  declare name: string

  async run() {
    const { default: moneyConfig } = await import('#config/money')
    const { default: PayoutGateways } = await import('#money/services/payout_gateways')
    const { default: OrangeCashinProvider } =
      await import('#money/providers/orange_cashin_provider')
    const { CASHIN_NOTIFICATION_ROUTE } = await import('#money/providers/orange_cashin_wire')

    const code = this.code.trim()
    const name = this.name.trim()
    if (!/^\d{4,10}$/.test(code) || name === '') {
      return this.#refuse(
        '--code must be the merchant code Orange gave (digits), --name not empty.'
      )
    }
    const gateways = await this.app.container.make(PayoutGateways)
    const orange = gateways.has('orange_money') ? gateways.for('orange_money') : null
    if (!(orange instanceof OrangeCashinProvider)) {
      return this.#refuse(
        'Orange cash-in is not on its real API here (ORANGE_MONEY_TRANSPORT=orange with ORANGE_CASHIN_CLIENT_ID): the simulator needs no registration.'
      )
    }
    const apiKey = moneyConfig.orangeMoney.cashin.callbackApiKey
    if (!apiKey) return this.#refuse('ORANGE_CASHIN_CALLBACK_API_KEY is not set.')
    const callbackUrl = `${moneyConfig.callbackBaseUrl}${CASHIN_NOTIFICATION_ROUTE}`
    if (!callbackUrl.startsWith('https://')) {
      this.logger.warning(`${callbackUrl} is not https: Orange's production refuses it.`)
    }

    try {
      const registered = await orange.registerCallback({ apiKey, callbackUrl, code, name })
      if (registered.callbackUrl !== callbackUrl) {
        return this.#refuse(
          `Orange answered, but has ${String(registered.callbackUrl)} for merchant ${code}, not ${callbackUrl}.`
        )
      }
      this.logger.success(`Orange now notifies merchant ${code}'s cash-ins to ${callbackUrl}`)
    } catch (error) {
      this.#refuse(`Orange refused the registration: ${(error as Error).message}`)
    }
  }

  #refuse(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
