import app from '@adonisjs/core/services/app'
import type { SendOptions } from 'pg-boss'
import QueueService, { type JobClass } from '#core/services/queue_service'
import NotificationEvents from '#notifications/services/notification_events'
import Notification from '#notifications/models/notification'
import type User from '#accounts/models/user'
import SmsSender from '#sms/sms_sender'
import type { SmsResult } from '#sms/sms_sender'
import PushSender, { type PushMessage, type PushResult } from '#notifications/push_sender'

interface Sent {
  job: JobClass
  data: any
  options: SendOptions
}

/**
 * The job queue as the notifications tests see it: jobs are recorded, and
 * `drain()` runs them in this process, inside the test's transaction (a
 * real pg-boss worker would not see the test's uncommitted rows).
 */
export class RecordingQueue extends QueueService {
  sent: Sent[] = []

  async send<Data extends object>(job: JobClass<Data>, data: Data, options: SendOptions = {}) {
    this.sent.push({ job, data, options })
    return `job-${this.sent.length}`
  }

  async sendMany<Data extends object>(job: JobClass<Data>, jobs: { data: Data; id?: string }[]) {
    for (const { data, id } of jobs) await this.send(job, data, { id })
  }

  /** Runs every job that is due (and those they enqueue); `startAfter` in the future waits. */
  async drain(which: (sent: Sent) => boolean = () => true) {
    const due = (sent: Sent) => which(sent) && !isLater(sent.options.startAfter)
    const ran: Sent[] = []
    // Listeners of the application events run a tick after the emit.
    await new Promise((resolve) => setImmediate(resolve))
    for (;;) {
      const index = this.sent.findIndex(due)
      if (index === -1) return ran
      const [next] = this.sent.splice(index, 1)
      const handler = await app.container.make(next.job)
      await handler.handle(next.data, { id: 'test', retryCount: 0 } as never)
      ran.push(next)
    }
  }
}

function isLater(startAfter: SendOptions['startAfter']) {
  if (startAfter === undefined) return false
  const at =
    startAfter instanceof Date
      ? startAfter.getTime()
      : typeof startAfter === 'number'
        ? Date.now() + startAfter * 1000
        : Date.parse(startAfter)
  return at > Date.now()
}

export class RecordingSms extends SmsSender {
  readonly name = 'africastalking'
  sent: { to: string; body: string }[] = []
  async send(to: string[], body: string): Promise<SmsResult[]> {
    return to.map((phone) => {
      this.sent.push({ to: phone, body })
      return {
        to: phone,
        status: 'Success',
        accepted: true,
        providerMessageId: `ATXid_${this.sent.length}_${Date.now()}`,
      }
    })
  }
}

export class RecordingPush extends PushSender {
  readonly name = 'recording'
  sent: ({ token: string } & PushMessage)[] = []
  answer: (token: string) => PushResult = () => ({
    status: 'sent',
    messageId: 'projects/test/messages/1',
  })
  async send(token: string, message: PushMessage): Promise<PushResult> {
    const result = this.answer(token)
    if (result.status === 'sent') this.sent.push({ token, ...message })
    return result
  }
}

/** Swaps the queue, SMS and push for recording ones and listens to business events like the API does. */
export function listenToEvents() {
  const queue = new RecordingQueue()
  const sms = new RecordingSms()
  const push = new RecordingPush()
  app.container.swap(QueueService, () => queue)
  app.container.swap(SmsSender, () => sms)
  app.container.swap(PushSender, () => push)
  const events = new NotificationEvents(queue)
  events.subscribe()
  const restore = () => {
    events.unsubscribe()
    app.container.restoreAll([QueueService, SmsSender, PushSender])
  }
  return { queue, sms, push, restore }
}

/** The kinds of notification each user got, by user. */
export async function kindsOf(users: User[]) {
  const rows = await Notification.query()
    .whereIn(
      'user_id',
      users.map((u) => u.id)
    )
    .orderBy('id')
  return new Map(users.map((u) => [u, rows.filter((r) => r.userId === u.id).map((r) => r.kind)]))
}

/**
 * For the browser tests: business events are heard and their jobs run at
 * once in this process (in the test's transaction), pushes and texts recorded.
 */
export function runJobsInline() {
  const queue = new RecordingQueue()
  const run = queue.send.bind(queue)
  queue.send = async (job, data, options = {}) => {
    const id = await run(job, data, options)
    setImmediate(() => void queue.drain().catch(() => undefined))
    return id
  }
  const sms = new RecordingSms()
  const push = new RecordingPush()
  app.container.swap(QueueService, () => queue)
  app.container.swap(SmsSender, () => sms)
  app.container.swap(PushSender, () => push)
  const events = new NotificationEvents(queue)
  events.subscribe()
  return () => {
    events.unsubscribe()
    app.container.restoreAll([QueueService, SmsSender, PushSender])
  }
}
