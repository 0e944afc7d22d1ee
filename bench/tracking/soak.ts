/**
 * Soak (issue 14 part 5): one API node under a steady load for a bounded
 * time, sampled every BENCH_SOAK_SAMPLE_S seconds, to show whether anything
 * grows after the warm-up: the API's RSS, its event-loop delay p99 (prom-client
 * on /metrics, reset at each read), emit→ack and emit→watcher p99 of the
 * interval, and the sizes of gps_pings (all its day partitions) and
 * driver_positions. Not part of `make test` or `make bench`; see bench/README.md.
 *
 *   DATABASE_URL=… BENCH_SOAK_MINUTES=30 BENCH_SOAK_RATE=3000 \
 *     node --import=@poppinss/ts-exec bench/tracking/soak.ts
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import pg from 'pg'
import type { Tick, World } from './load.js'
import {
  ask,
  f,
  log,
  pct,
  runMain,
  runScript,
  shutDown,
  startApi,
  startWorkers,
  waitFor,
  workers,
} from './harness.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const config = {
  minutes: env('BENCH_SOAK_MINUTES', 30),
  rate: env('BENCH_SOAK_RATE', 3000),
  sampleS: env('BENCH_SOAK_SAMPLE_S', 60),
  drivers: env('BENCH_DRIVERS', 500),
  batch: env('BENCH_BATCH', 5),
  watchEvery: env('BENCH_WATCH_EVERY', 4),
  fleetWatchers: env('BENCH_FLEET_WATCHERS', 1),
  workers: env('BENCH_WORKERS', 3),
  apiPort: env('BENCH_API_PORT', 3911),
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

// A production server shows /metrics only with a token: the API started here inherits this one.
process.env.METRICS_TOKEN ??= 'bench-only-metrics-token'

async function eventLoopP99Ms() {
  const response = await fetch(`http://127.0.0.1:${config.apiPort}/metrics`, {
    headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` },
  })
  const text = await response.text()
  const match = /^nodejs_eventloop_lag_p99_seconds\s+([\d.e+-]+)/m.exec(text)
  return match ? Number(match[1]) * 1000 : Number.NaN
}

async function tableSizesMb(db: pg.Client) {
  const { rows } = await db.query(`
    SELECT (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits
             WHERE inhparent = 'gps_pings'::regclass) / 1048576.0 AS pings,
           pg_total_relation_size('driver_positions') / 1048576.0 AS positions`)
  return { pings: Number(rows[0].pings), positions: Number(rows[0].positions) }
}

async function main() {
  log(`soak ${JSON.stringify(config)}`)
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const lines = [
    `Soak: ${config.rate} pings/s offered for ${config.minutes} min by ${config.drivers} drivers (batches of ${config.batch}), ` +
      `a watcher on every ${config.watchEvery}th order and ${config.fleetWatchers} on the fleet; one API node; sampled every ${config.sampleS} s.`,
    '',
    '| minute | sent pings/s | acked pings/s | emit→ack p99 ms | emit→watcher p99 ms | API RSS MB | event-loop delay p99 ms | gps_pings MB | driver_positions MB | machine load |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]
  try {
    const world = JSON.parse(await runScript('seed.ts', [String(config.drivers), '0'])) as World
    const api = startApi(config.apiPort)
    await waitFor(`http://127.0.0.1:${config.apiPort}/health`, api)
    startWorkers(config.workers)
    const drivers = world.drivers.slice(0, config.drivers)
    const share = Math.ceil(drivers.length / workers.length)
    let window: Tick[] = []
    for (const worker of workers)
      worker.on('message', (m: { type: string; tick?: Tick }) => {
        if (m.type === 'tick') window.push(m.tick!)
      })
    await Promise.all(
      workers.map((worker, i) => {
        const slice = drivers.slice(i * share, (i + 1) * share)
        return ask(
          worker,
          {
            type: 'prepare',
            world: { ...world, drivers: slice },
            options: {
              url: `http://127.0.0.1:${config.apiPort}`,
              kind: 'njia',
              totalRate: (config.rate * slice.length) / drivers.length,
              batch: config.batch,
              durationS: config.minutes * 60,
              watchEvery: config.watchEvery,
              fleetWatchers: i === 0 ? config.fleetWatchers : 0,
              fleetWatchersTotal: config.fleetWatchers,
              drivers: slice.length,
              localAddress: `127.0.0.${2 + i}`,
              tickS: config.sampleS,
            },
          },
          'prepared'
        )
      })
    )
    await eventLoopP99Ms() // resets the histogram: the first sample covers its own interval
    const started = performance.now()
    const done = Promise.all(workers.map((worker) => ask(worker, { type: 'run' }, 'result')))
    const sampler = setInterval(async () => {
      // Ticks of the interval that just ended (each worker sends one; take what arrived).
      await new Promise((resolve) => setTimeout(resolve, 500))
      const ticks = window
      window = []
      const sum = (key: 'sent' | 'acked') => ticks.reduce((n, t) => n + t[key], 0)
      const sizes = await tableSizesMb(db)
      lines.push(
        `| ${f((performance.now() - started) / 60_000, 1)} | ${f(sum('sent') / config.sampleS, 0)} | ${f(sum('acked') / config.sampleS, 0)} | ` +
          `${f(
            pct(
              ticks.flatMap((t) => t.ackLatency),
              99
            )
          )} | ${f(
            pct(
              ticks.flatMap((t) => t.watchLatency),
              99
            )
          )} | ` +
          `${f(rssMb(api.pid!), 0)} | ${f(await eventLoopP99Ms(), 1)} | ${f(sizes.pings, 1)} | ${f(sizes.positions, 1)} | ${f(loadavg()[0])} |`
      )
      log(lines.at(-1)!)
    }, config.sampleS * 1000)
    await done
    clearInterval(sampler)
  } finally {
    await shutDown(db)
  }
  process.stdout.write(lines.join('\n') + '\n')
}

runMain(main)
