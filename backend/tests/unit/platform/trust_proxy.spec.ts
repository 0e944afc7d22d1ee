import { test } from '@japa/runner'
import { http } from '#config/app'

test.group('trusted proxies', () => {
  test('trusts loopback and private networks (nginx, load balancers), not the internet', ({
    assert,
  }) => {
    const trust = http.trustProxy as (address: string, distance: number) => boolean
    for (const address of [
      '127.0.0.1',
      '10.0.3.7',
      '172.20.0.5',
      '192.168.1.10',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.2',
    ]) {
      assert.isTrue(trust(address, 0), address)
    }
    for (const address of ['41.90.64.1', '197.149.1.1', '8.8.8.8', '2001:4860::8888']) {
      assert.isFalse(trust(address, 0), address)
    }
  })
})
