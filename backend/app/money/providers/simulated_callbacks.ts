import logger from '@adonisjs/core/services/logger'

export interface SimulatorOptions {
  /** Milliseconds before the simulated payer answers. */
  answerAfterMs: number
  /** Chance that a callback is sent twice (the providers do). */
  duplicateRate: number
}

interface Delivery {
  /** Sent as is when a string (what a signature covers), else as JSON. */
  body: unknown
  headers?: Record<string, string>
}

/**
 * What every pay-in simulator does with its callback, like the sandboxes:
 * it comes once the payer has answered, asynchronously, sometimes twice.
 * `build` runs at each sending (a signature carries the time it is sent).
 */
export function callBackLater(
  options: SimulatorOptions,
  simulator: string,
  url: string,
  build: () => Delivery
) {
  const times = Math.random() < options.duplicateRate ? 2 : 1
  for (let i = 0; i < times; i++) {
    setTimeout(() => void deliver(simulator, url, build()), options.answerAfterMs + i * 700)
  }
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
