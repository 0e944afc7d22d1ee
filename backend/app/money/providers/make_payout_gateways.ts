import type moneyConfig from '#config/money'
import type PayoutProvider from '#money/providers/payout_provider'
import type { PaymentProviderName } from '#money/payment_providers'
import DarajaB2cProvider from '#money/providers/daraja_b2c_provider'
import SimulatedB2cProvider from '#money/providers/simulated_b2c_provider'
import { securityCredential } from '#money/providers/daraja_b2c_wire'
import WavePayoutProvider from '#money/providers/wave_payout_provider'
import SimulatedWavePayoutProvider from '#money/providers/simulated_wave_payout_provider'
import AirtelPayoutProvider from '#money/providers/airtel_payout_provider'
import SimulatedAirtelPayoutProvider from '#money/providers/simulated_airtel_payout_provider'
import { encryptedAirtelPin } from '#money/providers/airtel_disbursement_wire'
import OrangeCashinProvider from '#money/providers/orange_cashin_provider'
import SimulatedOrangeCashinProvider from '#money/providers/simulated_orange_cashin_provider'
import { CASHIN_NOTIFICATION_ROUTE } from '#money/providers/orange_cashin_wire'
import type StellarNetwork from '#money/providers/stellar_network'
import StellarPayoutProvider from '#money/providers/stellar_payout_provider'
import stellarConfig from '#config/stellar'

/**
 * Each provider's disbursement API as configured: the real one, or its
 * simulator (the default); and Stellar payouts when the rail is on and the
 * platform's account is configured.
 */
export function makePayoutGateways(
  config: typeof moneyConfig,
  stellar?: StellarNetwork
): Partial<Record<PaymentProviderName | 'stellar', PayoutProvider>> {
  const { daraja, b2c, reversal } = config.mpesa
  return {
    mpesa:
      config.mpesa.transport === 'daraja'
        ? new DarajaB2cProvider({
            ...daraja,
            ...b2c,
            securityCredential: securityCredential(b2c.initiatorPassword, b2c.certificate()),
            reversal:
              reversal.initiatorName && reversal.initiatorPassword
                ? {
                    shortcode: daraja.shortcode,
                    initiatorName: reversal.initiatorName,
                    securityCredential: securityCredential(
                      reversal.initiatorPassword,
                      b2c.certificate()
                    ),
                  }
                : null,
          })
        : new SimulatedB2cProvider(config.simulator),
    wave:
      config.wave.transport === 'wave'
        ? new WavePayoutProvider(config.wave.api)
        : new SimulatedWavePayoutProvider(),
    airtel: airtelPayouts(config.airtel),
    ...orangeCashin(config),
    ...(stellar?.options.enabled && stellarConfig.platformSecret
      ? {
          stellar: new StellarPayoutProvider({
            network: stellar,
            platformSecret: stellarConfig.platformSecret,
            txTimeoutSeconds: stellarConfig.txTimeoutSeconds,
          }),
        }
      : {}),
  }
}

/** Orange Money cash-in, when configured (always in the simulator). */
function orangeCashin(config: typeof moneyConfig) {
  const { transport, cashin } = config.orangeMoney
  if (!cashin.enabled) return {}
  return {
    orange_money:
      transport === 'orange'
        ? new OrangeCashinProvider(cashin.api)
        : new SimulatedOrangeCashinProvider(config.simulator, {
            url: `${config.callbackBaseUrl}${CASHIN_NOTIFICATION_ROUTE}`,
            apiKey: cashin.callbackApiKey,
          }),
  }
}

/** Airtel's disbursement in the currencies configured, each with its PIN encrypted once here. */
function airtelPayouts({ transport, api, payout }: typeof moneyConfig.airtel) {
  if (transport !== 'airtel') return new SimulatedAirtelPayoutProvider(payout.currencies)
  const encryptedPins = Object.fromEntries(
    payout.currencies.map((code) => [
      code,
      encryptedAirtelPin(payout.pins[code]!, payout.publicKey),
    ])
  )
  return new AirtelPayoutProvider({ ...api, encryptedPins })
}
