/**
 * Idle driver sockets on one API node (issue 14 part 6): seeds a few
 * hundred drivers, starts the API, then `BENCH_IDLE_WORKERS` generator
 * processes each open their share of `BENCH_IDLE_TOTAL` (50,000)
 * authenticated, silent driver sockets from their own loopback source
 * address (127.0.0.2, .3, …: each has its own ephemeral ports). Reports the
 * API's RSS before and after (and per socket), the connect time, failures,
 * and the limits that bound the run (the API's open-files limit, somaxconn,
 * the ephemeral port range): where they are too low for the total it says
 * how many sockets fit and measures those.
 */
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import pg from 'pg'
import type { World } from './load.js'
import {
  HERE,
  TS,
  ask,
  children,
  f,
  log,
  runMain,
  runScript,
  shutDown,
  startApi,
  waitFor,
} from './harness.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const config = {
  total: env('BENCH_IDLE_TOTAL', 50_000),
  workers: env('BENCH_IDLE_WORKERS', 5),
  /** Handshakes in flight per generator: a loaded database answers slowly, and a handshake times out at 20 s. */
  concurrency: env('BENCH_IDLE_CONCURRENCY', 40),
  drivers: env('BENCH_DRIVERS', 200),
  apiPort: env('BENCH_API_PORT', 3911),
  /** Descriptors the API keeps for itself (database pool, Redis, files, the listener). */
  reserve: 200,
  budgetMb: 1536,
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

function openFilesLimit(pid: number) {
  const line = /Max open files\s+(\d+)\s+(\d+)/.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))!
  return Number(line[1])
}

const sysctl = (name: string) =>
  readFileSync(`/proc/sys/${name.replaceAll('.', '/')}`, 'utf8')
    .trim()
    .replaceAll('\t', ' ')

async function main() {
  log(`config ${JSON.stringify(config)}`)
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const out: string[] = []
  try {
    log('seeding')
    const world = JSON.parse(await runScript('seed.ts', [String(config.drivers), '0'])) as World
    const api = startApi(config.apiPort)
    const url = `http://127.0.0.1:${config.apiPort}`
    await waitFor(`${url}/health`, api)
    const limit = openFilesLimit(api.pid!)
    const target = Math.min(config.total, limit - config.reserve)
    if (target < config.total)
      log(`the API may open ${limit} files: measuring ${target} sockets, not ${config.total}`)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const before = rssMb(api.pid!)
    const share = Math.ceil(target / config.workers)
    const generators = Array.from({ length: config.workers }, () => {
      const worker = fork(`${HERE}idle_worker.ts`, [], {
        execArgv: TS,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      })
      children.push(worker)
      return worker
    })
    const t = performance.now()
    const opened = await Promise.all(
      generators.map((worker, i) =>
        ask<{ connected: number; failed: number }>(
          worker,
          {
            type: 'open',
            url,
            tokens: world.drivers.map((d) => d.token),
            count: Math.max(0, Math.min(share, target - i * share)),
            from: `127.0.0.${2 + i}`,
            concurrency: config.concurrency,
          },
          'opened'
        )
      )
    )
    const seconds = (performance.now() - t) / 1000
    log('settling 10 s')
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    const after = rssMb(api.pid!)
    const connected = opened.reduce((n, o) => n + o.connected, 0)
    const failed = opened.reduce((n, o) => n + o.failed, 0)
    const perSocketKb = ((after - before) * 1024) / Math.max(1, connected)
    const at50k = before + (perSocketKb * 50_000) / 1024
    out.push(
      `Limits: API open files ${limit}, net.core.somaxconn ${sysctl('net.core.somaxconn')}, ` +
        `net.ipv4.ip_local_port_range ${sysctl('net.ipv4.ip_local_port_range')}; ` +
        `${config.workers} generator processes on 127.0.0.2–${1 + config.workers}; load average ${loadavg()
          .map((l) => f(l))
          .join(' / ')}.`,
      '',
      '| sockets asked | connected | failed | connect time s | API RSS before MB | after MB | per socket KB | RSS at 50,000 (measured or projected) MB | within 1.5 GB |',
      '|---|---|---|---|---|---|---|---|---|',
      `| ${target} | ${connected} | ${failed} | ${f(seconds)} | ${f(before, 0)} | ${f(after, 0)} | ${f(perSocketKb, 1)} | ` +
        `${f(connected >= 50_000 ? after : at50k, 0)}${connected >= 50_000 ? '' : ' (projected)'} | ` +
        `${(connected >= 50_000 ? after : at50k) <= config.budgetMb ? 'yes' : 'no'} |`
    )
  } finally {
    await shutDown(db)
  }
  process.stdout.write(out.join('\n') + '\n')
}

runMain(main)
