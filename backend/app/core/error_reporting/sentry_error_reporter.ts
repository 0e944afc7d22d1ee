import * as Sentry from '@sentry/node'
import ErrorReporter from '#core/error_reporting/error_reporter'
import { maskPhoneNumbers } from '#core/log_redaction'

/**
 * With SENTRY_DSN: starts Sentry when built and sends it every reported
 * error. Without it nothing talks to Sentry.
 */
export default class SentryErrorReporter extends ErrorReporter {
  constructor(options: Sentry.NodeOptions & { dsn: string }) {
    super()
    Sentry.init({
      sendDefaultPii: false,
      tracesSampleRate: 0,
      // Same rule as the logs: no phone number leaves the process unmasked.
      beforeSend: (event) => JSON.parse(maskPhoneNumbers(JSON.stringify(event))),
      ...options,
    })
  }

  report(error: unknown, context: Record<string, unknown>) {
    Sentry.captureException(error, { extra: context })
  }

  /** Sends what is queued, then detaches Sentry. */
  async close() {
    await Sentry.close(2000)
  }
}
