/**
 * One idle-socket generator (forked by idle.ts): opens its share of
 * authenticated driver sockets from its own loopback source address and
 * holds them, silent, until it is stopped.
 */
import { openIdle } from './load.js'

let held: Awaited<ReturnType<typeof openIdle>> | undefined

process.on(
  'message',
  async (message: {
    type: string
    url: string
    tokens: string[]
    count: number
    from: string
    concurrency: number
  }) => {
    try {
      if (message.type !== 'open') return
      held = await openIdle(
        message.url,
        message.tokens,
        message.count,
        message.from,
        message.concurrency
      )
      process.send!({ type: 'opened', connected: held.sockets.length, failed: held.failed })
    } catch (error) {
      process.send!({ type: 'error', error: String((error as Error)?.stack ?? error) })
    }
  }
)
process.on('SIGTERM', () => {
  held?.sockets.forEach((socket) => socket.disconnect())
  process.exit(0)
})
