import * as Sentry from '@sentry/node'
import { useErrorReporter } from '#core/error_reporting/error_reporter'
import { maskPhoneNumbers } from '#core/log_redaction'

/**
 * Starts Sentry and sends every error given to `reportError` to it. Only
 * called when SENTRY_DSN is set (start/sentry.ts); otherwise errors are
 * logged and nothing talks to Sentry.
 */
export function startSentry(options: Sentry.NodeOptions & { dsn: string }) {
  Sentry.init({
    sendDefaultPii: false,
    tracesSampleRate: 0,
    // Same rule as the logs: no phone number leaves the process unmasked.
    beforeSend: (event) => JSON.parse(maskPhoneNumbers(JSON.stringify(event))),
    ...options,
  })
  useErrorReporter((error, context) => {
    Sentry.captureException(error, { extra: context })
  })
}

/** Sends what is queued, then detaches Sentry (graceful shutdown, tests). */
export async function stopSentry() {
  await Sentry.close(2000)
  useErrorReporter()
}
