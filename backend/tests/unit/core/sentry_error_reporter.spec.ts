import { test } from '@japa/runner'
import { gunzipSync } from 'node:zlib'
import { startFakeProvider, type RecordedRequest } from '#tests/fake_http_server'
import { startSentry, stopSentry } from '#core/error_reporting/sentry_error_reporter'
import { reportError } from '#core/error_reporting/error_reporter'
import * as Sentry from '@sentry/node'

/** A stand-in for sentry.io; its envelopes are the request bodies it received. */
function envelopes(requests: RecordedRequest[]) {
  return requests.map(({ headers, raw }) =>
    (headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString()
  )
}

test.group('Sentry', () => {
  test('without a DSN (as in tests) Sentry is never started', ({ assert }) => {
    assert.isUndefined(Sentry.getClient())
  })

  test('with a DSN, reported errors reach Sentry with phone numbers masked', async ({
    assert,
    cleanup,
  }) => {
    const sentry = await startFakeProvider(() => ({ status: 200, body: {} }))
    cleanup(() => sentry.close())

    startSentry({
      dsn: sentry.url.replace('//', '//publickey@') + '/42',
      defaultIntegrations: false,
      skipOpenTelemetrySetup: true,
    })
    reportError(new Error('payout to +254712345678 failed'), { requestId: 'req-1' })
    await stopSentry()

    const sent = envelopes(sentry.requests).join('\n')
    assert.include(sent, 'payout to +254****5678 failed')
    assert.include(sent, 'req-1')
    assert.notInclude(sent, '712345678')
  })
})
