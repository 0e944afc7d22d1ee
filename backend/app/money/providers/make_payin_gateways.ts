import type moneyConfig from '#config/money'
import type PaymentProvider from '#money/providers/payment_provider'
import type { PaymentProviderName } from '#money/payment_providers'
import DarajaProvider from '#money/providers/daraja_provider'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import WaveProvider from '#money/providers/wave_provider'
import SimulatedWaveProvider from '#money/providers/simulated_wave_provider'
import AirtelProvider from '#money/providers/airtel_provider'
import SimulatedAirtelProvider from '#money/providers/simulated_airtel_provider'
import OrangeMoneyProvider from '#money/providers/orange_money_provider'
import SimulatedOrangeMoneyProvider from '#money/providers/simulated_orange_money_provider'
import type SimulatedPhone from '#money/providers/simulated_phone'

/** Each provider's collection API as configured: the real one, or its simulator (the default). */
export function makePayInGateways(
  config: typeof moneyConfig,
  phone: SimulatedPhone
): Partial<Record<PaymentProviderName, PaymentProvider>> {
  return {
    mpesa:
      config.mpesa.transport === 'daraja'
        ? new DarajaProvider(config.mpesa.daraja)
        : new SimulatedMpesaProvider(config.simulator, phone),
    wave:
      config.wave.transport === 'wave'
        ? new WaveProvider(config.wave.api)
        : new SimulatedWaveProvider(
            { ...config.simulator, webhookSecret: config.wave.webhookSecret },
            phone
          ),
    orange_money:
      config.orangeMoney.transport === 'orange'
        ? new OrangeMoneyProvider(config.orangeMoney.api)
        : new SimulatedOrangeMoneyProvider(config.simulator, phone),
    airtel:
      config.airtel.transport === 'airtel'
        ? new AirtelProvider(config.airtel.api)
        : new SimulatedAirtelProvider(
            { ...config.simulator, callbackSecret: config.airtel.callbackSecret },
            phone
          ),
  }
}
