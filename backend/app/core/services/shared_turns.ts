export interface SharedTurnsOptions {
  /** Turns start at least this many ms apart (0: as soon as the last one ends). */
  spacingMs: number
  /** The longest what was asked waits behind a turn in flight (a slow or lost query) before it goes anyway. */
  waitBehindMs: number
  /** This much waiting (the sum of `add`'s weights) starts a turn at once, in flight or not. */
  fullAt?: number
}

/**
 * Work asked from many places (every socket event, every GPS batch) done in
 * shared turns, each one round trip for all it holds: with no turn in flight
 * what was asked goes at once, in the next turn of the event loop; while one
 * is in flight it waits for it, at most `waitBehindMs`, and then goes with
 * whatever waited meanwhile, so under load a turn answers many. Turns start
 * at least `spacingMs` apart, so the round trips a second stay bounded
 * whatever the load. The spacing is timed on a monotonic clock: a wall clock
 * set back (an NTP step, a resumed VM) must not hold the work.
 */
export default class SharedTurns<T> {
  #waiting: T[] = []
  #weight = 0
  #timer?: NodeJS.Timeout
  #soon?: NodeJS.Immediate
  #inFlight = new Set<Promise<void>>()
  #startedAt = -Infinity

  /** `run` does one turn's items; it settles each item itself and never rejects. */
  constructor(
    private run: (items: T[]) => Promise<void>,
    private options: SharedTurnsOptions
  ) {}

  add(item: T, weight = 1) {
    this.#waiting.push(item)
    this.#weight += weight
    if (this.#weight >= (this.options.fullAt ?? Infinity)) this.#startNow()
    else if (this.#inFlight.size > 0)
      this.#timer ??= setTimeout(() => this.#startNow(), this.options.waitBehindMs)
    else this.#startAfterSpacing()
  }

  /**
   * Starts what waits and resolves once every turn in flight has ended
   * (shutdown), or after `atMostMs` (tests: a lost query must not hold them).
   */
  async drain(atMostMs = Infinity) {
    this.#startNow()
    let timer: NodeJS.Timeout | undefined
    const ended = Promise.allSettled([...this.#inFlight])
    if (atMostMs === Infinity) return void (await ended)
    await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, atMostMs)))])
    clearTimeout(timer)
  }

  #startAfterSpacing() {
    const left = this.#startedAt + this.options.spacingMs - performance.now()
    if (left <= 0) this.#soon ??= setImmediate(() => this.#startNow())
    else this.#timer ??= setTimeout(() => this.#startNow(), left)
  }

  #startNow() {
    clearTimeout(this.#timer)
    clearImmediate(this.#soon)
    this.#timer = undefined
    this.#soon = undefined
    if (this.#waiting.length === 0) return
    const items = this.#waiting
    this.#waiting = []
    this.#weight = 0
    this.#startedAt = performance.now()
    const turn = this.run(items)
    this.#inFlight.add(turn)
    void turn.finally(() => {
      this.#inFlight.delete(turn)
      // What waited behind this turn goes now (or once the spacing allows), together.
      if (this.#inFlight.size > 0 || this.#waiting.length === 0) return
      clearTimeout(this.#timer)
      this.#timer = undefined
      this.#startAfterSpacing()
    })
  }
}
