import logger from '@adonisjs/core/services/logger'

/**
 * Hook for error tracking: Sentry when SENTRY_DSN is set (see
 * `start/sentry.ts`), the log otherwise.
 */
type Reporter = (error: unknown, context: Record<string, unknown>) => void

let reporter: Reporter = (error, context) => logger.error({ err: error, ...context }, 'unhandled error')

export function useErrorReporter(next: Reporter) {
  reporter = next
}

export function reportError(error: unknown, context: Record<string, unknown> = {}) {
  reporter(error, context)
}
