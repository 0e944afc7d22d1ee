import logger from '@adonisjs/core/services/logger'
import ErrorReporter from '#core/error_reporting/error_reporter'

/** Without SENTRY_DSN: reported errors go to the log only. */
export default class LogErrorReporter extends ErrorReporter {
  report(error: unknown, context: Record<string, unknown>) {
    logger.error({ err: error, ...context }, 'unhandled error')
  }
}
