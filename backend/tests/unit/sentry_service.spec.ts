import { test } from '@japa/runner'
import { createServer } from 'node:http'
import { gunzipSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { startSentry, stopSentry } from '#services/sentry_service'
import { reportError } from '#services/error_reporter'
import * as Sentry from '@sentry/node'

/** A stand-in for sentry.io that keeps the envelopes it receives. */
async function fakeSentry() {
  const envelopes: string[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      envelopes.push(
        (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString()
      )
      res.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { dsn: `http://publickey@127.0.0.1:${port}/42`, envelopes, server }
}

test.group('Sentry', () => {
  test('without a DSN (as in tests) Sentry is never started', ({ assert }) => {
    assert.isUndefined(Sentry.getClient())
  })

  test('with a DSN, reported errors reach Sentry with phone numbers masked', async ({
    assert,
    cleanup,
  }) => {
    const sentry = await fakeSentry()
    cleanup(() => void sentry.server.close())

    startSentry({ dsn: sentry.dsn, defaultIntegrations: false, skipOpenTelemetrySetup: true })
    reportError(new Error('payout to +254712345678 failed'), { requestId: 'req-1' })
    await stopSentry()

    const sent = sentry.envelopes.join('\n')
    assert.include(sent, 'payout to +254****5678 failed')
    assert.include(sent, 'req-1')
    assert.notInclude(sent, '712345678')
  })
})
