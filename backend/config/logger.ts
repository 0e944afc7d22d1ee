import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, syncDestination, targets } from '@adonisjs/core/logger'
import { maskPhoneNumbers, redactedLogPaths } from '#core/log_redaction'

const loggerConfig = defineConfig({
  default: 'app',
  /**
   * JSON lines on stdout in production (for the log shipper); pretty,
   * synchronous output in development. Phone numbers are masked and
   * credentials redacted in both.
   */
  loggers: {
    app: {
      enabled: true,
      name: env.get('APP_NAME'),
      level: env.get('LOG_LEVEL'),
      redact: { paths: redactedLogPaths, censor: '[redacted]' },
      // Runs on the serialised line, so a phone number is masked wherever it appears.
      hooks: { streamWrite: maskPhoneNumbers },
      desination: !app.inProduction ? await syncDestination() : undefined,
      transport: {
        targets: [targets.file({ destination: 1 })],
      },
    },
  },
})

export default loggerConfig

/**
 * Inferring types for the list of loggers you have configured
 * in your application.
 */
declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
