import { test } from '@japa/runner'
import moneyConfig from '#config/money'
import { mobileProvidersFor, PAYMENT_PROVIDERS } from '#money/payment_providers'
import { makePayInGateways } from '#money/providers/make_payin_gateways'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedPhone from '#money/providers/simulated_phone'

test.group('Money: the pay-in gateways make dev starts with', () => {
  test('every mobile money provider the shipper can be offered has a gateway, a simulator by default', ({
    assert,
  }) => {
    const gateways = new PaymentGateways(makePayInGateways(moneyConfig, new SimulatedPhone()))
    const mobile = (Object.keys(PAYMENT_PROVIDERS) as (keyof typeof PAYMENT_PROVIDERS)[]).filter(
      (name) => PAYMENT_PROVIDERS[name].mobile
    )
    assert.sameMembers(mobile, ['mpesa', 'wave', 'orange_money', 'airtel'])
    for (const name of mobile) {
      const gateway = gateways.for(name)
      assert.equal(gateway.name, name)
      assert.match(gateway.constructor.name, /^Simulated/)
    }
    assert.sameMembers(mobileProvidersFor('XOF'), ['wave', 'orange_money'])
    assert.sameMembers(mobileProvidersFor('KES'), ['mpesa', 'airtel'])
    assert.sameMembers(mobileProvidersFor('UGX'), ['airtel'])
  })
})
