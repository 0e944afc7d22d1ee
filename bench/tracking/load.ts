/**
 * Simulated drivers and watchers (socket.io-client) against one target:
 * either Njia (token auth, watch by order / fleet) or the bare relay.
 * Every point's emit time is kept by (driver, recordedAt), so a watcher's
 * receipt and the driver's ack give emit->watcher and emit->ack latency.
 */
import { io, type Socket } from 'socket.io-client'

export interface World {
  drivers: { id: number; token: string; orderId: number; shipperToken: string }[]
  adminToken: string
}

export interface LoadOptions {
  url: string
  /** Where watchers connect (another API node in the two-node mode); `url` when unset. */
  watchUrl?: string
  /** Loopback source address of this generator's sockets (127.0.0.x: ephemeral ports per address). */
  localAddress?: string
  /** Fleet watchers in the whole run (each sees every point, whichever process sent it). */
  fleetWatchersTotal?: number
  /** Soak: every `tickS` seconds, what happened since the last tick (latencies are then not kept). */
  tickS?: number
  onTick?: (tick: Tick) => void
  kind: 'njia' | 'relay'
  totalRate: number
  batch: number
  durationS: number
  watchEvery: number
  fleetWatchers: number
  drivers: number
}

export interface LoadResult {
  sent: number
  acked: number
  ackErrors: number
  expectedDeliveries: number
  delivered: number
  duplicateDeliveries: number
  ackLatency: number[]
  watchLatency: number[]
  windowS: number
  firstRecordedAt: number
  lastRecordedAt: number
}

export interface Tick {
  sent: number
  acked: number
  delivered: number
  ackLatency: number[]
  watchLatency: number[]
}

const now = () => performance.timeOrigin + performance.now()

function connect(url: string, auth: Record<string, unknown>, localAddress?: string) {
  return new Promise<Socket>((resolve, reject) => {
    const socket = io(url, {
      auth,
      ...(localAddress ? { localAddress } : {}),
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
    })
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', reject)
  })
}

async function inChunks<T, R>(items: T[], size: number, work: (item: T) => Promise<R>) {
  const out: R[] = []
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  return out
}

/** Connects then runs: one process. */
export async function runLoad(world: World, options: LoadOptions): Promise<LoadResult> {
  const prepared = await prepareLoad(world, options)
  return prepared.run()
}

/**
 * Connects the watchers and drivers (`prepare`), then sends for the window
 * and drains (`run`), so several generator processes can connect first and
 * start together. Emit→watcher is measured from the point's recordedAt, the
 * emit time to the millisecond on any process of this machine (a batch's
 * points are dated 1 ms apart, backwards from the emit: at most batch-1 ms
 * more than the truth, never less).
 */
export async function prepareLoad(world: World, options: LoadOptions) {
  const drivers = world.drivers.slice(0, options.drivers)
  const result: LoadResult = {
    sent: 0,
    acked: 0,
    ackErrors: 0,
    expectedDeliveries: 0,
    delivered: 0,
    duplicateDeliveries: 0,
    ackLatency: [],
    watchLatency: [],
    windowS: options.durationS,
    firstRecordedAt: 0,
    lastRecordedAt: 0,
  }

  // Watchers: every `watchEvery`-th order, plus fleet watchers that see every point.
  const watched = new Set<number>()
  const watchers: Socket[] = []
  const onPosition = (seen: Set<string>) => (p: { driverId: number; recordedAt: string }) => {
    const key = `${p.driverId}|${p.recordedAt}`
    if (seen.has(key)) {
      result.duplicateDeliveries++
      return
    }
    seen.add(key)
    result.delivered++
    result.watchLatency.push(now() - Date.parse(p.recordedAt))
  }
  const orderWatchers = drivers.filter((_, i) => i % options.watchEvery === 0)
  const watchUrl = options.watchUrl ?? options.url
  await inChunks(orderWatchers, 50, async (d) => {
    const socket = await connect(
      watchUrl,
      options.kind === 'njia' ? { token: d.shipperToken } : {},
      options.localAddress
    )
    socket.on('position', onPosition(new Set()))
    const ack = await socket.timeout(60_000).emitWithAck('watch', { orderId: d.orderId })
    if (!ack.ok) throw new Error(`watch refused: ${JSON.stringify(ack)}`)
    watched.add(d.orderId)
    watchers.push(socket)
  })
  for (let i = 0; i < options.fleetWatchers; i++) {
    const socket = await connect(
      watchUrl,
      options.kind === 'njia' ? { token: world.adminToken } : {},
      options.localAddress
    )
    socket.on('position', onPosition(new Set()))
    const ack = await socket.timeout(60_000).emitWithAck('watch', { fleet: true })
    if (!ack.ok) throw new Error(`fleet watch refused: ${JSON.stringify(ack)}`)
    watchers.push(socket)
  }

  const sockets = await inChunks(drivers, 50, (d) =>
    connect(
      options.url,
      options.kind === 'njia' ? { token: d.token } : { orderId: d.orderId, driverId: d.id },
      options.localAddress
    )
  )
  return { run: () => sendAndDrain(drivers, sockets, watchers, watched, options, result) }
}

async function sendAndDrain(
  drivers: World['drivers'],
  sockets: Socket[],
  watchers: Socket[],
  watched: Set<number>,
  options: LoadOptions,
  result: LoadResult
): Promise<LoadResult> {
  const fleetWatchersTotal = options.fleetWatchersTotal ?? options.fleetWatchers

  // Each driver sends `batch` points every period, phases spread evenly.
  const perDriverRate = options.totalRate / drivers.length
  const periodMs = (options.batch / perDriverRate) * 1000
  const lastRecorded = new Map<number, number>()
  let seq = 0
  const timers: NodeJS.Timeout[] = []
  const start = now()
  result.firstRecordedAt = Date.now()
  const sendBatch = (index: number) => {
    const driver = drivers[index]
    const socket = sockets[index]
    const points = []
    const t = now()
    const emitMs = Math.floor(Date.now())
    for (let k = 0; k < options.batch; k++) {
      let recordedAt = emitMs - (options.batch - 1 - k)
      const previous = lastRecorded.get(driver.id) ?? 0
      if (recordedAt <= previous) recordedAt = previous + 1
      lastRecorded.set(driver.id, recordedAt)
      const iso = new Date(recordedAt).toISOString()
      points.push({
        seq: ++seq,
        lat: -1.2921 + (index % 100) * 0.001,
        lng: 36.8219 + k * 0.0001,
        recordedAt: iso,
        accuracy: 5,
        speed: 12,
      })
    }
    result.sent += points.length
    result.expectedDeliveries +=
      points.length * ((watched.has(driver.orderId) ? 1 : 0) + fleetWatchersTotal)
    socket.timeout(30_000).emit('positions', points, (error: unknown, ack: { ok: boolean }) => {
      if (error || !ack?.ok) {
        result.ackErrors += points.length
        return
      }
      result.acked += points.length
      const latency = now() - t
      for (let k = 0; k < points.length; k++) result.ackLatency.push(latency)
    })
  }
  if (options.tickS && options.onTick) {
    const onTick = options.onTick
    let last = { sent: 0, acked: 0, delivered: 0 }
    timers.push(
      setInterval(() => {
        onTick({
          sent: result.sent - last.sent,
          acked: result.acked - last.acked,
          delivered: result.delivered - last.delivered,
          ackLatency: result.ackLatency.splice(0),
          watchLatency: result.watchLatency.splice(0),
        })
        last = { sent: result.sent, acked: result.acked, delivered: result.delivered }
      }, options.tickS * 1000)
    )
  }
  drivers.forEach((_, index) => {
    const phase = (index / drivers.length) * periodMs
    timers.push(
      setTimeout(() => {
        sendBatch(index)
        timers.push(setInterval(() => sendBatch(index), periodMs))
      }, phase)
    )
  })
  await new Promise((resolve) => setTimeout(resolve, options.durationS * 1000))
  timers.forEach((timer) => clearTimeout(timer))
  result.windowS = (now() - start) / 1000
  result.lastRecordedAt = Date.now()

  // Drain (bounded): every ack, then deliveries until all expected arrived or, when other
  // processes' drivers also feed these watchers, until two seconds pass without one.
  const deadline = now() + 15_000
  const alone = options.fleetWatchersTotal === undefined
  let lastDelivered = -1
  let quietSince = now()
  while (now() < deadline) {
    if (result.delivered !== lastDelivered) [lastDelivered, quietSince] = [result.delivered, now()]
    const acksIn = result.acked + result.ackErrors >= result.sent
    const deliveriesIn = alone
      ? result.delivered >= result.expectedDeliveries
      : now() - quietSince > 2000
    if (acksIn && deliveriesIn) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const socket of [...sockets, ...watchers]) socket.disconnect()
  return result
}

/** `count` idle driver sockets (handshake authenticated, nothing sent); resolves with the open sockets. */
export async function openIdle(
  url: string,
  tokens: string[],
  count: number,
  localAddress?: string,
  /** Handshakes in flight at once (each costs the API two queries). */
  concurrency = 200
) {
  const sockets: Socket[] = []
  let failed = 0
  const indices = Array.from({ length: count }, (_, i) => i)
  await inChunks(indices, concurrency, async (i) => {
    try {
      sockets.push(await connect(url, { token: tokens[i % tokens.length] }, localAddress))
    } catch {
      failed++
    }
  })
  return { sockets, failed }
}
