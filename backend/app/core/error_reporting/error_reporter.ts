/**
 * Where unexpected errors (the exception handler's 500s) are reported
 * besides the log: Sentry when SENTRY_DSN is set, the log otherwise. This
 * class is the container's token; providers/app_provider.ts binds the one
 * the configuration chooses.
 */
export default abstract class ErrorReporter {
  abstract report(error: unknown, context: Record<string, unknown>): void

  /** Sends what is still queued (graceful shutdown). */
  async close(): Promise<void> {}
}
