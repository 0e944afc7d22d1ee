import { PgBoss, type Job, type Queue, type SendOptions } from 'pg-boss'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import queueConfig from '#config/queue'

/**
 * A job handler: one class per file in a capability's jobs/ folder, listed in config/queue.ts.
 * It is built by the container, so it can inject services.
 */
export interface JobClass<Data extends object = any> {
  new (...args: any[]): { handle(data: Data, job: Job<Data>): Promise<unknown> }
  /** The pg-boss queue the job travels on. */
  queue: string
  /** Queue settings over the retry defaults of config/queue.ts (policy, retries, expiry). */
  options?: Omit<Queue, 'name'>
  /** A cron expression (UTC) when the job also runs on a schedule; null removes the schedule. */
  schedule?: string | null
}

type QueueConfig = typeof queueConfig

/**
 * The job queue: pg-boss on the application's PostgreSQL. A process that
 * only sends jobs connects as a producer (no maintenance, no cron); one that
 * calls `work()` runs the handlers, the schedules and pg-boss' maintenance.
 * One per process: a container singleton bound by providers/queue_provider.ts.
 */
export default class QueueService {
  #boss?: PgBoss
  #connecting?: Promise<PgBoss>
  #working = false
  #created = new Set<string>()
  #handled = new Set<string>()

  constructor(private config: QueueConfig = queueConfig) {}

  get working() {
    return this.#working
  }

  /** Enqueues a job; returns its id (null when the queue's policy refused a duplicate). */
  async send<Data extends object>(job: JobClass<Data>, data: Data, options: SendOptions = {}) {
    const boss = await this.connect()
    await this.#createQueue(boss, job)
    return boss.send(job.queue, data, options)
  }

  /**
   * Enqueues many jobs of one kind with one INSERT; a job whose id is
   * already queued is skipped (as `send` skips it).
   */
  async sendMany<Data extends object>(job: JobClass<Data>, jobs: { data: Data; id?: string }[]) {
    if (jobs.length === 0) return
    const boss = await this.connect()
    await this.#createQueue(boss, job)
    await boss.insert(job.queue, jobs)
  }

  /**
   * Runs the handlers of `jobs` (every job of config/queue.ts by default) in
   * this process, and keeps their schedules, until `stop()`.
   */
  async work(options: { jobs?: JobClass[]; schedules?: boolean } = {}) {
    if (this.#boss && !this.#working) await this.stop() // reconnect as a worker
    this.#working = true
    const boss = await this.connect()
    const jobs = options.jobs ?? (await this.jobs())
    for (const Job of jobs) {
      if (this.#handled.has(Job.queue)) continue
      this.#handled.add(Job.queue)
      await this.#createQueue(boss, Job)
      await boss.work<object>(
        Job.queue,
        { pollingIntervalSeconds: this.config.pollingIntervalSeconds },
        async ([job]) => this.#run(Job, job)
      )
      if (options.schedules === false) continue
      // A scheduled run gets an empty payload: with null, a handler reading its options threw.
      if (Job.schedule) await boss.schedule(Job.queue, Job.schedule, {}, { tz: 'UTC' })
      else await boss.unschedule(Job.queue)
    }
    return jobs
  }

  /** The job classes listed in config/queue.ts. */
  async jobs(): Promise<JobClass[]> {
    const modules = await Promise.all(this.config.jobs.map((load) => load()))
    return modules.map((module) => module.default as JobClass)
  }

  /** The pg-boss instance, connected (as a producer unless `work()` was called). */
  async connect() {
    if (this.#boss) return this.#boss
    this.#connecting ??= this.#start().finally(() => (this.#connecting = undefined))
    return this.#connecting
  }

  /** Waits (up to the configured grace) for running jobs, then closes the connections. */
  async stop() {
    const boss = this.#boss ?? (await this.#connecting?.catch(() => undefined))
    this.#boss = undefined
    this.#created.clear()
    this.#handled.clear()
    this.#working = false
    await boss?.stop({ graceful: true, timeout: this.config.stopTimeoutMs })
  }

  /**
   * Each queue's depth now, counted from the jobs themselves (pg-boss' own
   * queue counts are refreshed only by a worker's maintenance): jobs ready,
   * deferred (waiting for their start time, as retries do), running, and
   * failed ones kept.
   */
  async depths() {
    await this.connect()
    const { rows } = await this.#sql(
      `SELECT q.name,
         count(j.id) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after <= now()) AS ready,
         count(j.id) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after > now()) AS deferred,
         count(j.id) FILTER (WHERE j.state = 'active') AS active,
         count(j.id) FILTER (WHERE j.state = 'failed') AS failed
       FROM ${this.config.schema}.queue q LEFT JOIN ${this.config.schema}.job j ON j.name = q.name
       GROUP BY q.name ORDER BY q.name`,
      []
    )
    return rows.map((row) => ({
      name: String(row.name),
      ready: Number(row.ready),
      deferred: Number(row.deferred),
      active: Number(row.active),
      failed: Number(row.failed),
    }))
  }

  /** The most recent failed jobs pg-boss still keeps, newest first, with their error. */
  async failures(limit: number) {
    await this.connect()
    const { rows } = await this.#sql(
      `SELECT id, name, retry_count, completed_on, output FROM ${this.config.schema}.job
       WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
      [limit]
    )
    return rows.map((row) => ({
      id: String(row.id),
      queue: String(row.name),
      attempts: Number(row.retry_count) + 1,
      failedAt: row.completed_on ? new Date(row.completed_on) : null,
      error: errorOf(row.output),
    }))
  }

  /** Sends a failed job again; false when it is not a failed job of that queue (or is gone). */
  async retry(queue: string, id: string) {
    const boss = await this.connect()
    const job = await boss.getJobById(queue, id)
    if (job?.state !== 'failed') return false
    await boss.retry(queue, id)
    return true
  }

  /** For /health: the queue's database answers and pg-boss' schema is installed. */
  async schemaVersion() {
    const boss = await this.connect()
    if (!(await boss.isInstalled())) return null
    return boss.schemaVersion()
  }

  #sql(text: string, values: unknown[]) {
    return this.#boss!.getDb().executeSql(text, values) as Promise<{ rows: Record<string, any>[] }>
  }

  async #start() {
    const worker = this.#working
    const boss = new PgBoss({
      connectionString: this.config.connectionString,
      schema: this.config.schema,
      max: this.config.poolMax,
      connectionTimeoutMillis: 5_000,
      application_name: worker ? 'njia-queue-worker' : 'njia-queue',
      supervise: worker,
      schedule: worker,
      registerInstance: worker,
    })
    boss.on('error', (error) => logger.error({ err: error }, 'job queue: %s', error.message))
    boss.on('warning', (warning) => logger.warn({ data: warning.data }, warning.message))
    try {
      await boss.start()
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => {}) // no pool or timer left behind
      throw error
    }
    this.#boss = boss
    return boss
  }

  async #createQueue(boss: PgBoss, Job: JobClass) {
    if (this.#created.has(Job.queue)) return
    const options: Omit<Queue, 'name'> = { ...this.config.retry, ...Job.options }
    if (!options.retryBackoff) delete options.retryDelayMax
    await boss.createQueue(Job.queue, options)
    // createQueue leaves an existing queue as it was: apply today's settings.
    const { policy, partition, heartbeatSeconds, ...updatable } = options
    await boss.updateQueue(Job.queue, updatable)
    this.#created.add(Job.queue)
  }

  async #run(Job: JobClass, job: Job<object>) {
    try {
      const handler = await app.container.make(Job)
      return await handler.handle(job.data, job)
    } catch (error) {
      logger.warn(
        { err: error, queue: Job.queue, jobId: job.id, attempt: job.retryCount + 1 },
        'job failed; pg-boss retries it with backoff until its retry limit'
      )
      throw error
    }
  }
}

/** A failed job's error message, from what pg-boss stored as its output. */
function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message)
  return output ? JSON.stringify(output).slice(0, 500) : ''
}
