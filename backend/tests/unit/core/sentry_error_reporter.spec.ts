import { test } from '@japa/runner'
import { gunzipSync } from 'node:zlib'
import { startFakeProvider, type RecordedRequest } from '#tests/fake_http_server'
import app from '@adonisjs/core/services/app'
import ErrorReporter from '#core/error_reporting/error_reporter'
import LogErrorReporter from '#core/error_reporting/log_error_reporter'
import SentryErrorReporter from '#core/error_reporting/sentry_error_reporter'
import * as Sentry from '@sentry/node'

/** A stand-in for sentry.io; its envelopes are the request bodies it received. */
function envelopes(requests: RecordedRequest[]) {
  return requests.map(({ headers, raw }) =>
    (headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString()
  )
}

test.group('Sentry', () => {
  test('without a DSN (as in tests) errors go to the log and Sentry is never started', async ({
    assert,
  }) => {
    assert.instanceOf(await app.container.make(ErrorReporter), LogErrorReporter)
    assert.isUndefined(Sentry.getClient())
  })

  test('with a DSN, reported errors reach Sentry with phone numbers masked', async ({
    assert,
    cleanup,
  }) => {
    const sentry = await startFakeProvider(() => ({ status: 200, body: {} }))
    cleanup(() => sentry.close())

    const reporter = new SentryErrorReporter({
      dsn: sentry.url.replace('//', '//publickey@') + '/42',
      defaultIntegrations: false,
      skipOpenTelemetrySetup: true,
    })
    reporter.report(new Error('payout to +254712345678 failed'), { requestId: 'req-1' })
    await reporter.close()

    const sent = envelopes(sentry.requests).join('\n')
    assert.include(sent, 'payout to +254****5678 failed')
    assert.include(sent, 'req-1')
    assert.notInclude(sent, '712345678')
  })
})
