/**
 * Tracking benchmark (`make bench`): seeds a bench world, starts the API
 * (bin/server.ts) and a bare Socket.IO relay on loopback, drives both with
 * the same simulated drivers and watchers at each load level, then
 * measures nearby-driver queries over 100k positions and the memory of
 * 10k idle driver sockets. Everything is bounded in time and cleaned up.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import pg from 'pg'
import { openIdle, type LoadOptions, type LoadResult, type World } from './load.js'
import {
  ask,
  cpuMeter,
  f,
  log,
  pct,
  persistedBetween,
  runMain,
  runScript,
  shutDown,
  startApi,
  startRelay,
  startWorkers,
  waitFor,
  workers,
} from './harness.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const config = {
  drivers: env('BENCH_DRIVERS', 500),
  /** The search: from this rate, doubling while it passes, then bisecting BENCH_BISECT times. */
  startRate: env('BENCH_START_RATE', 1000),
  maxRate: env('BENCH_MAX_RATE', 32000),
  bisect: env('BENCH_BISECT', 2),
  /** Load-generator processes, each on its own loopback source address (127.0.0.2, .3, …). */
  workers: env('BENCH_WORKERS', 3),
  /** What passes: nothing lost or undelivered and p99 emit→watcher at most this (ms). */
  p99TargetMs: env('BENCH_P99_TARGET_MS', 100),
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

interface Target {
  kind: 'relay' | 'njia'
  name: string
  /** Processes whose CPU counts (both nodes for a two-node target). */
  servers: number[]
  url: string
  /** Where watchers connect: another node for a two-node target. */
  watchUrl?: string
  adapter?: string
}

interface Phase extends LoadResult {
  /** CPU seconds during the window and drain: the server(s), PostgreSQL's backends, the generators. */
  serverCpu: number
  databaseCpu: number
  /** Transactions of the bench database (statements outside a transaction count one each). */
  databaseXacts: number
  generatorCpu: number
  seconds: number
}

/**
 * One phase from every generator process: each takes a slice of the drivers
 * (and their orders' watchers; the fleet watchers sit on the first), connects,
 * then all send together; CPU is read around the sending and the drain only.
 */
async function generate(
  world: World,
  db: pg.Client,
  servers: number[],
  options: Omit<LoadOptions, 'drivers' | 'fleetWatchers' | 'fleetWatchersTotal' | 'localAddress'>
): Promise<Phase> {
  const drivers = world.drivers.slice(0, config.drivers)
  const share = Math.ceil(drivers.length / workers.length)
  const slices = workers.map((_, i) => drivers.slice(i * share, (i + 1) * share))
  await Promise.all(
    workers.map((worker, i) =>
      ask(
        worker,
        {
          type: 'prepare',
          world: { ...world, drivers: slices[i] },
          options: {
            ...options,
            totalRate: (options.totalRate * slices[i].length) / drivers.length,
            drivers: slices[i].length,
            fleetWatchers: i === 0 ? config.fleetWatchers : 0,
            fleetWatchersTotal: config.fleetWatchers,
            localAddress: `127.0.0.${2 + i}`,
          },
        },
        'prepared'
      )
    )
  )
  const meter = await cpuMeter(db, [...servers, ...workers.map((w) => w.pid!)])
  const t = performance.now()
  const results = await Promise.all(
    workers.map((worker) =>
      ask<{ result: LoadResult }>(worker, { type: 'run' }, 'result').then((a) => a.result)
    )
  )
  const seconds = (performance.now() - t) / 1000
  const cpu = await meter()
  const sum = (key: keyof LoadResult) => results.reduce((n, r) => n + (r[key] as number), 0)
  return {
    sent: sum('sent'),
    acked: sum('acked'),
    ackErrors: sum('ackErrors'),
    expectedDeliveries: sum('expectedDeliveries'),
    delivered: sum('delivered'),
    duplicateDeliveries: sum('duplicateDeliveries'),
    ackLatency: results.flatMap((r) => r.ackLatency),
    watchLatency: results.flatMap((r) => r.watchLatency),
    windowS: Math.max(...results.map((r) => r.windowS)),
    firstRecordedAt: Math.min(...results.map((r) => r.firstRecordedAt)),
    lastRecordedAt: Math.max(...results.map((r) => r.lastRecordedAt)),
    serverCpu: cpu.processes.slice(0, servers.length).reduce((a, b) => a + b, 0),
    generatorCpu: cpu.processes.slice(servers.length).reduce((a, b) => a + b, 0),
    databaseCpu: cpu.database,
    databaseXacts: cpu.xacts,
    seconds,
  }
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
    const adapters = process.env.REDIS_URL
      ? (process.env.BENCH_ADAPTERS ?? process.env.SOCKET_IO_ADAPTER ?? 'classic').split(',')
      : []
    const api = startApi(config.apiPort, adapters.length ? { SOCKET_IO_ADAPTER: adapters[0] } : {})
    const apiUrl = `http://127.0.0.1:${config.apiPort}`
    // Every node boots now, beside the first: on a loaded box a boot takes a minute or more.
    const nodes = adapters.map((adapter, k) => {
      const ports =
        k === 0
          ? [config.apiPort, config.apiPort + 10]
          : [config.apiPort + 20 * k, config.apiPort + 20 * k + 10]
      const env = { SOCKET_IO_ADAPTER: adapter }
      return {
        adapter,
        ports,
        first: k === 0 ? api : startApi(ports[0], env),
        second: startApi(ports[1], env),
      }
    })
    const relay = startRelay(config.relayPort)
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
    startWorkers(config.workers)
    // REDIS_URL: each adapter of BENCH_ADAPTERS (classic,sharded; default SOCKET_IO_ADAPTER) gets
    // a one-node target and a two-node one (drivers on the first node, every watcher on the
    // second), all in this run, phases interleaved, so their costs are compared on the same load.
    const targets: Target[] = [
      {
        kind: 'relay',
        name: 'relay',
        servers: [relay.pid!],
        url: `http://127.0.0.1:${config.relayPort}`,
      },
    ]
    if (adapters.length === 0)
      targets.push({ kind: 'njia', name: 'njia', servers: [api.pid!], url: apiUrl })
    for (const { adapter, ports, first, second } of nodes) {
      await Promise.all([
        waitFor(`http://127.0.0.1:${ports[0]}/health`, first),
        waitFor(`http://127.0.0.1:${ports[1]}/health`, second),
      ])
      const suffix = adapters.length > 1 ? ` (${adapter})` : ''
      const url = `http://127.0.0.1:${ports[0]}`
      targets.push(
        { kind: 'njia', name: `njia${suffix}`, servers: [first.pid!], url, adapter },
        {
          kind: 'njia',
          name: `njia 2 nodes${suffix}`,
          servers: [first.pid!, second.pid!],
          url,
          watchUrl: `http://127.0.0.1:${ports[1]}`,
          adapter,
        }
      )
    }
    const perK = (cpu: number, r: Phase) => (cpu * 1e6) / r.sent // µs per ping = ms per 1,000
    rows.push(
      `Generator: ${config.workers} processes, each on its own loopback address; ${config.drivers} drivers sending batches of ${config.batch}; ` +
        `${config.durationS} s per phase. CPU columns: ms of CPU per 1,000 pings (= µs per ping) during the window and drain, from /proc/<pid>/stat.`,
      '',
      '| target | offered pings/s | acked pings/s | persisted pings/s | emit→watcher p50 / p95 / p99 ms | emit→ack p50 / p95 / p99 ms | lost | undelivered | server CPU ms / 1,000 pings | PostgreSQL CPU ms / 1,000 pings | PostgreSQL transactions / 1,000 pings | generator CPU % of a core | machine load (1 min) | passes |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|'
    )
    const ratios: string[] = []
    const phase = async (level: number) => {
      const byName: Record<string, Phase> & { passedSet?: Phase } = {}
      let passed = true
      for (const target of targets) {
        const url = target.url
        log(`${target.name} at ${level} pings/s for ${config.durationS}s`)
        const r = await generate(world, db, target.servers, {
          url,
          watchUrl: target.watchUrl,
          kind: target.kind,
          totalRate: level,
          batch: config.batch,
          durationS: config.durationS,
          watchEvery: config.watchEvery,
        })
        byName[target.name] = r
        let persisted = 'n/a'
        let lost = r.sent - r.acked
        if (target.kind === 'njia') {
          const stored = await persistedBetween(
            db,
            world,
            r.firstRecordedAt,
            r.lastRecordedAt + 20_000
          )
          persisted = f(stored.n / r.windowS, 0)
          lost = r.sent - stored.n + (stored.n - stored.distinct_n)
        }
        const undelivered = r.expectedDeliveries - r.delivered
        const ok =
          lost === 0 &&
          undelivered === 0 &&
          r.ackErrors === 0 &&
          pct(r.watchLatency, 99) <= config.p99TargetMs
        // The search follows the one-node target (of the first adapter).
        if (target.kind === 'njia' && target.watchUrl === undefined && !byName.passedSet) {
          passed = ok
          byName.passedSet = r
        }
        rows.push(
          `| ${target.name} | ${level} | ${f(r.acked / r.windowS, 0)} | ${persisted} | ` +
            `${f(pct(r.watchLatency, 50))} / ${f(pct(r.watchLatency, 95))} / ${f(pct(r.watchLatency, 99))} | ` +
            `${f(pct(r.ackLatency, 50))} / ${f(pct(r.ackLatency, 95))} / ${f(pct(r.ackLatency, 99))} | ` +
            `${lost} of ${r.sent} | ${undelivered} | ${f(perK(r.serverCpu, r), 1)} | ${target.kind === 'njia' ? f(perK(r.databaseCpu, r), 1) : 'n/a'} | ` +
            `${target.kind === 'njia' ? f((r.databaseXacts * 1000) / r.sent, 0) : 'n/a'} | ` +
            `${f((r.generatorCpu / r.seconds) * 100, 0)} | ${f(loadavg()[0])} | ${ok ? 'yes' : 'no'} |`
        )
        log(rows.at(-1)!)
        await new Promise((resolve) => setTimeout(resolve, 1500))
      }
      const relayCost = perK(byName.relay.serverCpu, byName.relay)
      for (const adapter of adapters.length ? adapters : [undefined]) {
        const suffix = adapters.length > 1 ? ` (${adapter})` : ''
        const ours = byName[`njia${suffix}`]
        const two = byName[`njia 2 nodes${suffix}`]
        ratios.push(
          `| ${level}${adapter ? ` | ${adapter}` : ''} | ${f(perK(ours.serverCpu, ours) / relayCost, 2)} | ${f(perK(ours.serverCpu + ours.databaseCpu, ours), 1)} | ${f(pct(ours.watchLatency, 99) / pct(byName.relay.watchLatency, 99), 1)} |` +
            (two
              ? ` ${f(perK(two.serverCpu, two) - perK(ours.serverCpu, ours), 1)} | ${f(pct(two.watchLatency, 99), 1)} |`
              : '')
        )
      }
      return passed
    }

    // Warm-up, not reported: the API's first batches pay for compiling and connecting.
    for (const target of targets.filter((t) => t.kind === 'njia'))
      await generate(world, db, target.servers, {
        url: target.url,
        watchUrl: target.watchUrl,
        kind: 'njia',
        totalRate: config.startRate,
        batch: config.batch,
        durationS: 3,
        watchEvery: config.watchEvery,
      })

    // The search: double while Njia passes, then bisect between the last pass and the first miss.
    let good = 0
    let bad = Infinity
    for (let level = config.startRate; level <= config.maxRate; level *= 2) {
      if (await phase(level)) good = level
      else {
        bad = level
        break
      }
    }
    for (let i = 0; i < config.bisect && bad !== Infinity && bad - good > 200; i++) {
      const mid = Math.round((good + bad) / 2 / 100) * 100
      if (await phase(mid)) good = mid
      else bad = mid
    }
    rows.push(
      '',
      `**Highest offered rate that passes** (0 lost, 0 undelivered, p99 emit→watcher ≤ ${config.p99TargetMs} ms): ` +
        `${good || 'none'} pings/s${bad === Infinity ? ` (the search stopped at BENCH_MAX_RATE ${config.maxRate})` : `; ${bad} pings/s did not`}.`,
      '',
      `| level |${adapters.length ? ' adapter |' : ''} API CPU per ping / relay's | API + PostgreSQL µs per ping | p99 emit→watcher njia / relay |${adapters.length ? ' 2 nodes: extra API CPU µs per ping (adapter, both nodes) | 2 nodes: cross-node p99 ms |' : ''}`,
      `|---|---|---|---|${adapters.length ? '---|---|---|' : ''}`,
      ...ratios
    )

    // Nothing to measure without the positions (BENCH_NEARBY_ROWS=0 runs measure the pings only).
    if (config.nearbyRows > 0) {
      log(`nearby over ${config.nearbyRows} positions`)
      const nearby = JSON.parse(await runScript('nearby.ts', ['1000'])) as {
        latencies: number[]
        yardstick: number[]
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
        `| yardstick: a position's primary-key lookup, taking turns with those | ${f(pct(nearby.yardstick, 50), 2)} | ${f(pct(nearby.yardstick, 95), 2)} | ${f(pct(nearby.yardstick, 99), 2)} |`,
        `| HTTP GET /api/v1/drivers/nearby (300 requests) | ${f(pct(http, 50), 2)} | ${f(pct(http, 95), 2)} | ${f(pct(http, 99), 2)} |`
      )
    }
  } finally {
    await shutDown(db)
  }
  process.stdout.write(rows.join('\n') + '\n')
}

runMain(main)
