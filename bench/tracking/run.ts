/**
 * Tracking benchmark (`make bench`): seeds a bench world, starts the API
 * (bin/server.ts) and a bare Socket.IO relay on loopback, drives both with
 * the same simulated drivers and watchers at each load level, then
 * measures nearby-driver queries over 100k positions and the memory of
 * 10k idle driver sockets. Everything is bounded in time and cleaned up.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openIdle, runLoad, type LoadResult, type World } from './load.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const config = {
  drivers: env('BENCH_DRIVERS', 500),
  levels: (process.env.BENCH_LEVELS ?? '2000,5000').split(',').map(Number),
  batch: env('BENCH_BATCH', 5),
  durationS: env('BENCH_DURATION_S', 15),
  watchEvery: env('BENCH_WATCH_EVERY', 4),
  fleetWatchers: env('BENCH_FLEET_WATCHERS', 1),
  nearbyRows: env('BENCH_NEARBY_ROWS', 100_000),
  idleSockets: env('BENCH_IDLE_SOCKETS', 10_000),
  apiPort: env('BENCH_API_PORT', 3911),
  relayPort: env('BENCH_RELAY_PORT', 3912),
}
const DATABASE_URL = process.env.DATABASE_URL!
const BACKEND = fileURLToPath(new URL('../../backend/', import.meta.url))
const HERE = fileURLToPath(new URL('./', import.meta.url))
const TS = ['--import=@poppinss/ts-exec']
const children: ChildProcess[] = []

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`)
}

function runScript(script: string, args: string[]) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...TS, `${HERE}${script}`, ...args], {
      cwd: BACKEND,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout!.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}`))
    )
  })
}

async function waitFor(url: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited`)
    try {
      await fetch(url)
      return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not start`)
}

function startApi() {
  const child = spawn(process.execPath, [...TS, 'bin/server.ts'], {
    cwd: BACKEND,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(config.apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.push(child)
  return child
}

function startRelay() {
  const child = spawn(process.execPath, [...TS, `${HERE}relay.ts`, String(config.relayPort)], {
    cwd: BACKEND,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  children.push(child)
  return child
}

/** CPU (% of one core) and peak RSS of a process while `work` runs, from /proc. */
async function measure<T>(pid: number, work: () => Promise<T>) {
  const ticks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return Number(fields[11]) + Number(fields[12])
  }
  const rss = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024
  let peak = rss()
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 250)
  const t0 = performance.now()
  const c0 = ticks()
  const value = await work()
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  return {
    value,
    cpuPct: ((ticks() - c0) / 100 / seconds) * 100,
    peakRssMb: peak / 2 ** 20,
    rssMb: rss() / 2 ** 20,
  }
}

function pct(values: number[], p: number) {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

async function persistedBetween(client: pg.Client, world: World, from: number, to: number) {
  const ids = world.drivers.map((d) => d.id)
  const result = await client.query(
    `SELECT count(*)::int AS n, count(DISTINCT (driver_id, recorded_at))::int AS distinct_n,
            EXTRACT(EPOCH FROM max(received_at) - min(received_at)) AS span
     FROM gps_pings WHERE driver_id = ANY($1) AND recorded_at BETWEEN to_timestamp($2 / 1000.0) AND to_timestamp($3 / 1000.0)`,
    [ids, from - 1000, to + 1000]
  )
  return result.rows[0] as { n: number; distinct_n: number; span: number }
}

async function cleanupDb(client: pg.Client) {
  await client.query(`DELETE FROM gps_pings WHERE driver_id IN
    (SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE o.name LIKE 'bench %')`)
  await client.query(
    `DELETE FROM orders WHERE carrier_organisation_id IN (SELECT id FROM organisations WHERE name LIKE 'bench %')`
  )
  await client.query(
    `DELETE FROM users WHERE organisation_id IN (SELECT id FROM organisations WHERE name LIKE 'bench %')`
  )
  await client.query(`DELETE FROM organisations WHERE name LIKE 'bench %'`)
}

async function main() {
  log(`config ${JSON.stringify(config)}`)
  const db = new pg.Client({ connectionString: DATABASE_URL })
  await db.connect()
  const rows: string[] = []
  try {
    log('seeding')
    const world = JSON.parse(
      await runScript('seed.ts', [String(config.drivers), String(config.nearbyRows)])
    ) as World
    const api = startApi()
    const relay = startRelay()
    await Promise.all([
      waitFor(`http://127.0.0.1:${config.apiPort}/health`, api),
      waitFor(`http://127.0.0.1:${config.relayPort}/socket.io/?EIO=4&transport=polling`, relay),
    ])
    const idleApiRss =
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))![1]) / 1024

    log(`${config.idleSockets} idle sockets`)
    const before =
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))![1]) / 1024
    const t = performance.now()
    const idle = await openIdle(
      `http://127.0.0.1:${config.apiPort}`,
      world.drivers.map((d) => d.token),
      config.idleSockets
    )
    const openSeconds = (performance.now() - t) / 1000
    await new Promise((resolve) => setTimeout(resolve, 5000))
    const after =
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))![1]) / 1024
    idle.sockets.forEach((s) => s.disconnect())
    rows.push(
      '| idle driver sockets | connected | failed | connect time s | server RSS before MB | after MB | per socket KB |',
      '|---|---|---|---|---|---|---|',
      `| ${config.idleSockets} | ${idle.sockets.length} | ${idle.failed} | ${f(openSeconds)} | ${f(before, 0)} | ${f(after, 0)} | ${f(((after - before) * 1024) / Math.max(1, idle.sockets.length), 1)} |`,
      '',
      `API idle RSS at start: ${f(idleApiRss, 0)} MB.`,
      ''
    )
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const header =
      '| target | offered pings/s | acked pings/s | persisted pings/s | delivered msgs/s | emit→watcher p50 / p95 / p99 ms | emit→ack p50 / p95 / p99 ms | lost | dup rows | dup deliveries | server CPU % | server peak RSS MB | machine load (1 min) |'
    rows.push(header, '|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    const summary: Record<string, { acked: number; p99: number }> = {}
    for (const level of config.levels) {
      for (const kind of ['relay', 'njia'] as const) {
        const target = kind === 'relay' ? relay : api
        const url = `http://127.0.0.1:${kind === 'relay' ? config.relayPort : config.apiPort}`
        log(`${kind} at ${level} pings/s for ${config.durationS}s`)
        const {
          value: r,
          cpuPct,
          peakRssMb,
        } = await measure(target.pid!, () =>
          runLoad(world, {
            url,
            kind,
            totalRate: level,
            batch: config.batch,
            durationS: config.durationS,
            watchEvery: config.watchEvery,
            fleetWatchers: config.fleetWatchers,
            drivers: config.drivers,
          })
        )
        let persisted = 'n/a (no DB)'
        let lost = r.sent - r.acked
        let dupRows = 'n/a'
        if (kind === 'njia') {
          const stored = await persistedBetween(
            db,
            world,
            r.firstRecordedAt,
            r.lastRecordedAt + 20_000
          )
          persisted = f(stored.n / r.windowS, 0)
          lost = r.sent - stored.n
          dupRows = String(stored.n - stored.distinct_n)
        }
        summary[`${kind}:${level}`] = { acked: r.acked / r.windowS, p99: pct(r.watchLatency, 99) }
        rows.push(
          `| ${kind} | ${level} | ${f(r.acked / r.windowS, 0)} | ${persisted} | ${f(r.delivered / r.windowS, 0)} | ` +
            `${f(pct(r.watchLatency, 50))} / ${f(pct(r.watchLatency, 95))} / ${f(pct(r.watchLatency, 99))} | ` +
            `${f(pct(r.ackLatency, 50))} / ${f(pct(r.ackLatency, 95))} / ${f(pct(r.ackLatency, 99))} | ` +
            `${lost} of ${r.sent} (undelivered: ${r.expectedDeliveries - r.delivered}) | ${dupRows} | ${r.duplicateDeliveries} | ${f(cpuPct, 0)} | ${f(peakRssMb, 0)} | ${f(loadavg()[0])} |`
        )
        log(rows.at(-1)!)
        await new Promise((resolve) => setTimeout(resolve, 2000))
      }
    }
    rows.push(
      '',
      '| level | acked pings/s njia / relay | p99 emit→watcher njia / relay |',
      '|---|---|---|'
    )
    for (const level of config.levels) {
      const ours = summary[`njia:${level}`]
      const yard = summary[`relay:${level}`]
      rows.push(`| ${level} | ${f(ours.acked / yard.acked, 2)} | ${f(ours.p99 / yard.p99, 2)} |`)
    }

    log(`nearby over ${config.nearbyRows} positions`)
    const nearby = JSON.parse(await runScript('nearby.ts', ['1000'])) as {
      latencies: number[]
      avgFound: number
    }
    const http: number[] = []
    for (let i = 0; i < 300; i++) {
      const lat = -1.2921 + (Math.random() - 0.5) * 0.6
      const lng = 36.8219 + (Math.random() - 0.5) * 0.6
      const t = performance.now()
      const response = await fetch(
        `http://127.0.0.1:${config.apiPort}/api/v1/drivers/nearby?lat=${lat}&lng=${lng}&radiusKm=10&limit=20`,
        { headers: { authorization: `Bearer ${world.adminToken}` } }
      )
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`nearby HTTP ${response.status}`)
      http.push(performance.now() - t)
    }
    rows.push(
      '',
      `| nearby (10 km, limit 20, ${config.nearbyRows} last positions, avg ${f(nearby.avgFound)} found) | p50 ms | p95 ms | p99 ms |`,
      '|---|---|---|---|',
      `| SQL through DriverPositionService (1000 queries) | ${f(pct(nearby.latencies, 50), 2)} | ${f(pct(nearby.latencies, 95), 2)} | ${f(pct(nearby.latencies, 99), 2)} |`,
      `| HTTP GET /api/v1/drivers/nearby (300 requests) | ${f(pct(http, 50), 2)} | ${f(pct(http, 95), 2)} | ${f(pct(http, 99), 2)} |`
    )
  } finally {
    children.forEach((child) => child.kill('SIGTERM'))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'))
    await cleanupDb(db).catch((error) => log(`cleanup failed: ${error}`))
    await db.end()
  }
  process.stdout.write(rows.join('\n') + '\n')
}

main().then(
  () => process.exit(0),
  (error) => {
    log(String(error?.stack ?? error))
    children.forEach((child) => child.kill('SIGKILL'))
    process.exit(1)
  }
)
