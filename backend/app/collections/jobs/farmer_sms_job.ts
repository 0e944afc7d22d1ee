/**
 * The one shape of the jobs that text a farmer (a receipt, a payout's
 * statement, a payout that failed): the service sends the SMS at most once
 * and throws while the SMS provider refuses, so the job is retried with
 * backoff for about two hours; what it did is the job's outcome.
 */
export default abstract class FarmerSmsJob<Data extends object> {
  static options = { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 30 * 60 }

  /** Sends the SMS (or finds nothing to send) and says which. */
  protected abstract send(data: Data): Promise<string>

  async handle(data: Data) {
    return { outcome: await this.send(data) }
  }
}
