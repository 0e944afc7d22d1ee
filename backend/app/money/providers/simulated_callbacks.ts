import logger from '@adonisjs/core/services/logger'

export interface SimulatorOptions {
  /** Milliseconds before the simulated payer answers. */
  answerAfterMs: number
  /** Chance that a callback is sent twice (the providers do). */
  duplicateRate: number
}

export interface Delivery {
  /** Sent as is when a string (what a signature covers), else as JSON. */
  body: unknown
  headers?: Record<string, string>
}

const scheduled = new Set<Promise<void>>()

/**
 * What every simulator does with its callback, like the sandboxes: it comes
 * once the payer (or payee) has answered, asynchronously, sometimes twice.
 * `build` runs at each sending (a signature carries the time it is sent).
 * Returns what stops the deliveries not yet sent (the payer answered by hand).
 */
export function callBackLater(
  options: SimulatorOptions,
  simulator: string,
  url: string,
  build: () => Delivery
) {
  const times = Math.random() < options.duplicateRate ? 2 : 1
  const stops: (() => void)[] = []
  for (let i = 0; i < times; i++) {
    const delivery = new Promise<void>((resolve) => {
      const timer = setTimeout(
        () => void deliver(simulator, url, build()).finally(resolve),
        options.answerAfterMs + i * 700
      )
      stops.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    scheduled.add(delivery)
    void delivery.finally(() => scheduled.delete(delivery))
  }
  return () => stops.forEach((stop) => stop())
}

/**
 * Resolves once every callback the simulators have scheduled has been
 * delivered and answered. A test waits for it before its database state is
 * rolled back: a late duplicate would otherwise be applied inside the next
 * test's transaction and break it.
 */
export async function simulatorsIdle() {
  while (scheduled.size > 0) await Promise.allSettled([...scheduled])
}

async function deliver(simulator: string, url: string, { body, headers }: Delivery) {
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    })
  } catch (error) {
    logger.warn({ err: error }, `the ${simulator} simulator could not deliver its callback`)
  }
}
