/**
 * One load-generator process (forked by run.ts): its share of the drivers and
 * watchers, on its own loopback source address. Messages from the parent:
 * `prepare` (connect everything) → `prepared`, then `run` (send for the
 * window, drain) → `result`; with `tickS` (the soak) also a `tick` every
 * `tickS` seconds while sending.
 */
import { prepareLoad, type LoadOptions, type Tick, type World } from './load.js'

let prepared: Awaited<ReturnType<typeof prepareLoad>> | undefined

process.on('message', async (message: { type: string; world?: World; options?: LoadOptions }) => {
  try {
    if (message.type === 'prepare') {
      const onTick = (tick: Tick) => process.send!({ type: 'tick', tick })
      prepared = await prepareLoad(message.world!, { ...message.options!, onTick })
      process.send!({ type: 'prepared' })
    } else if (message.type === 'run') {
      const result = await prepared!.run()
      prepared = undefined
      process.send!({ type: 'result', result })
    }
  } catch (error) {
    process.send!({ type: 'error', error: String((error as Error)?.stack ?? error) })
  }
})
process.on('SIGTERM', () => process.exit(0))
