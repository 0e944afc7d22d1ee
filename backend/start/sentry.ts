/*
|--------------------------------------------------------------------------
| Sentry
|--------------------------------------------------------------------------
|
| With SENTRY_DSN set, unexpected errors (the 500s of the exception handler
| and anything else given to `reportError`) go to Sentry as well as the log.
|
*/

import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { startSentry, stopSentry } from '#core/error_reporting/sentry_error_reporter'

const dsn = env.get('SENTRY_DSN')

if (dsn) {
  startSentry({ dsn, environment: env.get('NODE_ENV'), serverName: env.get('APP_NAME') })
  app.terminating(() => stopSentry())
}
