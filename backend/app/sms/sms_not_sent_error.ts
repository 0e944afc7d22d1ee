/** An SMS a job must deliver was refused by the provider: thrown so the job retries it. */
export class SmsNotSentError extends Error {}
