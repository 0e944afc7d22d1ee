import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import type { JobWithMetadata } from 'pg-boss'
import db from '@adonisjs/lucid/services/db'
import OrderEvent from '#orders/models/order_event'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import queueConfig from '#config/queue'
import QueueService from '#core/services/queue_service'
import QueueHealthCheck from '#platform/health/queue_health_check'
import AutoCompleteOrdersJob from '#orders/jobs/auto_complete_orders_job'
import { makeOrder, makeOrganisation, makeUser, statusOf } from '#tests/fixtures/marketplace'

/*
 * These tests run real pg-boss workers, which claim jobs on their own
 * connections: on the embedded database a test transaction would hold the
 * single PGlite session and starve them. So the rows are committed here and
 * removed after each test instead of using isolateDatabase().
 */

const WAIT_MS = 15_000

/** A queue with quick polling, so the tests do not sit out the 2 s default. */
function makeQueue(overrides: Partial<typeof queueConfig> = {}) {
  return new QueueService({ ...queueConfig, pollingIntervalSeconds: 0.5, ...overrides })
}

/** Polls pg-boss until the job has finished (completed or failed for good), or fails the test. */
async function finished(queue: QueueService, name: string, id: string) {
  const boss = await queue.connect()
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    const [job] = (await boss.findJobs(name, { id })) as JobWithMetadata[]
    if (job && ['completed', 'failed'].includes(job.state)) return job
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`job ${name}/${id} did not finish within ${WAIT_MS} ms`)
}

interface Shipper {
  organisation: Organisation
  user: User
  orderIds: number[]
}

/** A shipper whose rows are committed, and removed again by `remove()`. */
async function committedShipper(cleanup: (fn: () => Promise<void>) => void) {
  const organisation = await makeOrganisation('shipper')
  const shipper: Shipper = {
    organisation,
    user: await makeUser('shipper', organisation),
    orderIds: [],
  }
  cleanup(async () => {
    await db.from('orders').whereIn('id', shipper.orderIds).delete() // events and POD cascade
    await db.from('users').where('id', shipper.user.id).delete()
    await db.from('organisations').where('id', organisation.id).delete()
  })
  return shipper
}

/** A delivered order with a proof of delivery taken `hoursAgo`. */
async function deliveredWithProof(shipper: Shipper, hoursAgo: number) {
  const deliveredAt = DateTime.now().minus({ hours: hoursAgo })
  const order = await makeOrder(shipper.user, { status: 'delivered', deliveredAt })
  shipper.orderIds.push(order.id)
  await ProofOfDelivery.create({
    orderId: order.id,
    photoKey: 'p.png',
    signatureKey: 's.png',
    receiverName: 'Wanjiku',
    receiverPhone: '+254722000111',
    deliveredAt,
  })
  await db.from('proofs_of_delivery').where('order_id', order.id).update({
    created_at: deliveredAt.toJSDate(),
  })
  return order
}

const completions = (orderId: number) =>
  OrderEvent.query()
    .where('order_id', orderId)
    .whereIn('type', ['auto_completed', 'completed'])
    .then((events) => events.map((event) => event.type))

test.group('job queue: automatic completion of unanswered deliveries', (group) => {
  const queue = makeQueue()
  group.each.teardown(() => queue.stop())

  test('a worker completes an order delivered with POD longer ago than the delay, not a recent one', async ({
    assert,
    cleanup,
  }) => {
    const shipper = await committedShipper(cleanup)
    const due = await deliveredWithProof(shipper, 50)
    const recent = await deliveredWithProof(shipper, 2)
    await queue.work({ schedules: false })

    const id = await queue.send(AutoCompleteOrdersJob, { afterHours: 48 })
    const job = await finished(queue, AutoCompleteOrdersJob.queue, id!)

    assert.equal(job.state, 'completed')
    assert.deepEqual(job.output, { completed: [due.id] })
    assert.equal(await statusOf(due.id), 'completed')
    assert.equal(await statusOf(recent.id), 'delivered')
    assert.deepEqual(await completions(due.id), ['auto_completed'])
  })

  test('running the check twice completes each order once, with one completion event', async ({
    assert,
    cleanup,
  }) => {
    const shipper = await committedShipper(cleanup)
    const due = await deliveredWithProof(shipper, 72)
    await queue.work({ schedules: false })

    const ids = [
      await queue.send(AutoCompleteOrdersJob, {}),
      await queue.send(AutoCompleteOrdersJob, {}),
    ]
    const jobs = await Promise.all(
      ids.map((id) => finished(queue, AutoCompleteOrdersJob.queue, id!))
    )

    assert.deepEqual(
      jobs.map((job) => job.state),
      ['completed', 'completed']
    )
    assert.sameDeepMembers(
      jobs.map((job) => job.output),
      [{ completed: [due.id] }, { completed: [] }]
    )
    assert.equal(await statusOf(due.id), 'completed')
    assert.deepEqual(await completions(due.id), ['auto_completed'])
  })

  test('the worker keeps the check on a cron schedule (AUTO_COMPLETE_CRON)', async ({ assert }) => {
    await queue.work()
    const boss = await queue.connect()

    const schedule = await boss.getSchedule(AutoCompleteOrdersJob.queue)
    assert.equal(schedule?.cron, queueConfig.schedules.autoCompleteOrders ?? undefined)
    assert.equal(schedule?.cron, '*/5 * * * *')
    const [next, after] = boss.previewSchedule(schedule!.cron, { count: 2 })
    assert.equal(after.getTime() - next.getTime(), 5 * 60_000)
  })

  test('a run the cron sends completes: a scheduled job gets an empty payload, not null', async ({
    assert,
  }) => {
    await queue.work()
    const boss = await queue.connect()
    const schedule = await boss.getSchedule(AutoCompleteOrdersJob.queue)
    // What pg-boss's clock does at each tick: send the schedule's data and options.
    const id = await boss.send(
      AutoCompleteOrdersJob.queue,
      schedule!.data ?? null,
      schedule!.options
    )
    const job = await finished(queue, AutoCompleteOrdersJob.queue, id!)
    assert.equal(job.state, 'completed', JSON.stringify(job.output))
  })
})

let attempts = 0

/** Fails its first attempt, like a provider that is briefly down. */
class FlakyJob {
  static queue = 'test.flaky'
  static options = { retryLimit: 2, retryDelay: 1, retryBackoff: false }
  async handle() {
    attempts++
    if (attempts === 1) throw new Error('provider timed out')
    return { attempts }
  }
}

/** Always fails; keeps the queue's default retry settings (config/queue.ts). */
class BrokenJob {
  static queue = 'test.broken'
  async handle(): Promise<never> {
    throw new Error('always broken')
  }
}

test.group('job queue: retries', (group) => {
  const queue = makeQueue()
  group.each.teardown(async () => {
    const boss = await queue.connect()
    for (const name of [FlakyJob.queue, BrokenJob.queue]) {
      if (await boss.getQueue(name)) await boss.deleteQueue(name)
    }
    await queue.stop()
  })

  test('a failing job is retried and then succeeds', async ({ assert }) => {
    attempts = 0
    await queue.work({ jobs: [FlakyJob] })

    const id = await queue.send(FlakyJob, {})
    const job = await finished(queue, FlakyJob.queue, id!)

    assert.equal(job.state, 'completed')
    assert.equal(job.retryCount, 1)
    assert.deepEqual(job.output, { attempts: 2 })
  })

  test('by default a failed job waits before its retry (backoff), keeping the error', async ({
    assert,
  }) => {
    await queue.work({ jobs: [BrokenJob] })
    const boss = await queue.connect()

    const id = await queue.send(BrokenJob, {})
    const deadline = Date.now() + WAIT_MS
    let job: JobWithMetadata | undefined
    while (Date.now() < deadline && job?.state !== 'retry') {
      await new Promise((resolve) => setTimeout(resolve, 100))
      ;[job] = (await boss.findJobs(BrokenJob.queue, { id: id! })) as JobWithMetadata[]
    }

    assert.equal(job?.state, 'retry')
    assert.equal(job!.retryLimit, queueConfig.retry.retryLimit)
    assert.isTrue(job!.retryBackoff)
    assert.isAbove(job!.startAfter.getTime() - Date.now(), 5_000)
    assert.include(JSON.stringify(job!.output), 'always broken')
  })
})

test.group('job queue: /health', () => {
  test('/health reports the queue', async ({ client }) => {
    const response = await client.get('/health')

    response.assertStatus(200)
    response.assertBodyContains({
      checks: [{ name: 'queue', status: 'ok', message: 'The job queue is reachable' }],
    })
  })

  test('the check reports the schema pg-boss installed', async ({ assert, cleanup }) => {
    const queue = makeQueue()
    cleanup(() => queue.stop())

    const result = await new QueueHealthCheck(queue).run()

    assert.equal(result.status, 'ok')
    assert.isAbove(Number(result.meta?.schemaVersion), 0)
    assert.equal(result.meta?.mode, 'off')
  })

  test('the check fails, naming the cause, when the queue database is unreachable', async ({
    assert,
  }) => {
    const unreachable = makeQueue({ connectionString: 'postgres://postgres@127.0.0.1:9/njia' })

    const result = await new QueueHealthCheck(unreachable).run()

    assert.equal(result.status, 'error')
    assert.match(result.message, /^The job queue is not reachable: .*ECONNREFUSED/)
  })
})

test.group('queue:work', () => {
  test('runs the jobs in its own process and stops cleanly on SIGTERM', async ({
    assert,
    cleanup,
  }) => {
    const shipper = await committedShipper(cleanup)
    const due = await deliveredWithProof(shipper, 50)
    // The embedded database serves 8 connections in all: this process gives back the queue
    // connections it holds, and the worker (pointed at this run's database) takes few.
    const appQueue = await app.container.make(QueueService)
    await appQueue.stop()
    const worker = spawn(process.execPath, ['ace', 'queue:work'], {
      cwd: app.makePath(),
      env: {
        ...process.env,
        DATABASE_URL: queueConfig.connectionString,
        DB_POOL_MAX: '1',
        QUEUE_POOL_MAX: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    cleanup(() => {
      if (worker.exitCode === null) worker.kill('SIGKILL')
    })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))
    // A cold `node ace` compiles the app first: 25-30 s on a busy two-core machine.
    const deadline = Date.now() + 120_000
    while (!output.includes('queue:work ready') && worker.exitCode === null) {
      if (Date.now() > deadline) throw new Error(`queue:work did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    assert.include(output, 'orders.auto-complete (*/5 * * * *)')

    // This process only sends: the spawned worker is the one that runs the job.
    const producer = makeQueue({ poolMax: 1 })
    cleanup(() => producer.stop())
    const id = await producer.send(AutoCompleteOrdersJob, {})
    const job = await finished(producer, AutoCompleteOrdersJob.queue, id!)
    assert.deepEqual(job.output, { completed: [due.id] })
    assert.equal(await statusOf(due.id), 'completed')

    worker.kill('SIGTERM')
    const exit = once(worker, 'exit')
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`queue:work ignored SIGTERM:\n${output}`)), 15_000)
    )
    const [code, signal] = (await Promise.race([exit, timeout])) as [number | null, string | null]
    assert.equal(code, 0, output)
    assert.isNull(signal)
  }).timeout(180_000)

  test('exits non-zero, saying why, when it cannot reach the queue database', async ({
    assert,
    cleanup,
  }) => {
    const worker = spawn(process.execPath, ['ace', 'queue:work'], {
      cwd: app.makePath(),
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:9/njia' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    cleanup(() => {
      if (worker.exitCode === null) worker.kill('SIGKILL')
    })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))

    const [code] = await once(worker, 'exit')

    assert.equal(code, 1)
    assert.match(output, /queue:work could not start: .*ECONNREFUSED/)
  }).timeout(120_000)
})
