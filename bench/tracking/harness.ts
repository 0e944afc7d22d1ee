/**
 * What the tracking benches share: the processes they start (API nodes, the
 * relay, load-generator workers), CPU read from /proc, and the bench rows.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { World } from './load.js'

export const BACKEND = fileURLToPath(new URL('../../backend/', import.meta.url))
export const HERE = fileURLToPath(new URL('./', import.meta.url))
export const TS = ['--import=@poppinss/ts-exec']
export const children: ChildProcess[] = []

export function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`)
}

export function runScript(script: string, args: string[]) {
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

export async function waitFor(url: string, child: ChildProcess) {
  const deadline = Date.now() + 300_000
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

/** BENCH_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it exits (open it in DevTools). */
const PROFILE = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : []

/**
 * An API node as production runs them (docker-compose, ECS): `QUEUE_MODE=off`, so it only
 * enqueues and no job worker polls pg-boss in the API's (or PostgreSQL's) CPU; the jobs run in
 * `node ace queue:work`, which the bench does not start. `QUEUE_MODE=inline` in the bench's
 * environment measures a `make dev`-style node instead.
 */
export function startApi(port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [...PROFILE, ...TS, 'bin/server.ts'], {
    cwd: BACKEND,
    env: {
      QUEUE_MODE: 'off',
      ...process.env,
      ...extraEnv,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.push(child)
  return child
}

export function startRelay(port: number) {
  const child = spawn(process.execPath, [...TS, `${HERE}relay.ts`, String(port)], {
    cwd: BACKEND,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  children.push(child)
  return child
}

export function pct(values: number[], p: number) {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; 0 once it is gone. */
export function cpuSeconds(pid: number) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

/** The PostgreSQL backends serving the bench database (the API's pool), but not this client. */
export async function backendPids(client: pg.Client) {
  const { rows } = await client.query(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`
  )
  return rows.map((row: { pid: number }) => row.pid)
}

/** Transactions the bench database has committed or rolled back (every autocommit statement is one). */
async function transactions(client: pg.Client) {
  await client.query('SELECT pg_stat_clear_snapshot()')
  const { rows } = await client.query(
    `SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = current_database()`
  )
  return Number(rows[0].n)
}

/**
 * CPU seconds used between two calls by some processes, and by the database backends; and the
 * database's transactions meanwhile (read a little later: a backend reports its counts up to a
 * second after it goes idle).
 */
export async function cpuMeter(client: pg.Client, pids: number[]) {
  const before = new Map<number, number>()
  for (const pid of [...pids, ...(await backendPids(client))]) before.set(pid, cpuSeconds(pid))
  const xactsBefore = await transactions(client)
  return async () => {
    const used = (pid: number) => cpuSeconds(pid) - (before.get(pid) ?? 0)
    const processes = pids.map(used)
    const database = (await backendPids(client)).reduce((sum, pid) => sum + used(pid), 0)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const xacts = (await transactions(client)) - xactsBefore
    return { processes, database, xacts }
  }
}

export const workers: ChildProcess[] = []

export function startWorkers(count: number) {
  for (let i = 0; i < count; i++) {
    const worker = fork(`${HERE}load_worker.ts`, [], {
      cwd: BACKEND,
      execArgv: TS,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    workers.push(worker)
    children.push(worker)
  }
}

export function ask<T>(worker: ChildProcess, message: object, reply: string) {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (answer: { type: string; error?: string } & T) => {
      if (answer.type === 'error') reject(new Error(answer.error))
      else if (answer.type === reply) resolve(answer)
      else return
      worker.off('message', onMessage)
    }
    worker.on('message', onMessage)
    worker.send(message)
  })
}

export async function persistedBetween(client: pg.Client, world: World, from: number, to: number) {
  const ids = world.drivers.map((d) => d.id)
  const result = await client.query(
    `SELECT count(*)::int AS n, count(DISTINCT (driver_id, recorded_at))::int AS distinct_n,
            EXTRACT(EPOCH FROM max(received_at) - min(received_at)) AS span
     FROM gps_pings WHERE driver_id = ANY($1) AND recorded_at BETWEEN to_timestamp($2 / 1000.0) AND to_timestamp($3 / 1000.0)`,
    [ids, from - 1000, to + 1000]
  )
  return result.rows[0] as { n: number; distinct_n: number; span: number }
}

export async function cleanupDb(client: pg.Client) {
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

/** Stops every child process (SIGKILL after 1.5 s), removes the bench rows and closes the client. */
export async function shutDown(client: pg.Client) {
  children.forEach((child) => child.kill('SIGTERM'))
  // A profiling API needs a few seconds to write its profile.
  const deadline = Date.now() + (PROFILE.length ? 20_000 : 1500)
  while (Date.now() < deadline && children.some((child) => child.exitCode === null))
    await new Promise((resolve) => setTimeout(resolve, 100))
  children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'))
  await cleanupDb(client).catch((error) => log(`cleanup failed: ${error}`))
  await client.end()
}

/** Runs a bench's main and exits with its outcome; a failure kills every child first. */
export function runMain(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      log(String(error?.stack ?? error))
      children.forEach((child) => child.kill('SIGKILL'))
      process.exit(1)
    }
  )
}
