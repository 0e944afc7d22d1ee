import { test } from '@japa/runner'
import { http, proxyTrust } from '#config/app'

test.group('trusted proxies (TRUSTED_PROXIES)', () => {
  test('only the listed proxies are believed: addresses, ranges, loopback and private', ({
    assert,
  }) => {
    const trust = proxyTrust('10.0.0.0/16, 2001:db8::/32,192.0.2.5,loopback')
    for (const address of [
      '10.0.3.7',
      '::ffff:10.0.0.2',
      '2001:db8::1',
      '192.0.2.5',
      '127.0.0.1',
      '::1',
    ]) {
      assert.isTrue(trust(address), address)
    }
    for (const address of [
      '10.1.0.1',
      '192.0.2.6',
      '172.20.0.5',
      '41.90.64.1',
      '2001:4860::8888',
    ]) {
      assert.isFalse(trust(address), address)
    }
    const privateOnes = proxyTrust('private')
    assert.isTrue(privateOnes('172.20.0.5'))
    assert.isTrue(privateOnes('fd00::1'))
    assert.isFalse(privateOnes('127.0.0.1'))
  })

  test('without TRUSTED_PROXIES nobody is: not even a private or loopback peer', ({ assert }) => {
    const trust = proxyTrust('')
    for (const address of ['127.0.0.1', '10.0.3.7', '192.168.1.10', '::1', '8.8.8.8']) {
      assert.isFalse(trust(address), address)
    }
  })

  test('a mistyped entry stops the start instead of trusting the wrong peers', ({ assert }) => {
    assert.throws(() => proxyTrust('10.0.0.0/8,nginx'), /"nginx"/)
  })

  test('the app uses the list of its environment (loopback in the tests)', ({ assert }) => {
    const trust = http.trustProxy as (address: string, distance: number) => boolean
    assert.isTrue(trust('127.0.0.1', 0))
    assert.isFalse(trust('10.0.3.7', 0))
  })
})
