import logger from '@adonisjs/core/services/logger'

/**
 * Hook for error tracking: Sentry when SENTRY_DSN is set (see
 * `start/sentry.ts`), the log otherwise.
 */
type Reporter = (error: unknown, context: Record<string, unknown>) => void

const logReporter: Reporter = (error, context) =>
  logger.error({ err: error, ...context }, 'unhandled error')

let reporter: Reporter = logReporter

/** Routes reported errors to `next`; with no argument, back to the log. */
export function useErrorReporter(next: Reporter = logReporter) {
  reporter = next
}

export function reportError(error: unknown, context: Record<string, unknown> = {}) {
  reporter(error, context)
}
