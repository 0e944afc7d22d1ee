import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import redis from '@adonisjs/redis/services/main'
import { redisEnabled } from '#config/redis'
import type { Group } from '@japa/runner/core'
import { simulatorsIdle } from '#money/providers/simulated_callbacks'
import RoomAccess from '#realtime/services/room_access'
import TokenChecks from '#realtime/services/token_checks'

/**
 * Each test of the group sees a clean database: its writes are rolled back.
 * What the test started finishes inside its transaction first: a socket's
 * room review or token check left to run after the rollback would take
 * another connection, and on the embedded database (one session) wait
 * there behind the next test's transaction while that test waits for it.
 */
export function isolateDatabase(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    return async () => {
      await simulatorsIdle()
      await realtimeIdle()
      await rollback()
    }
  })
}

async function realtimeIdle() {
  const [roomAccess, tokenChecks] = await Promise.all([
    app.container.make(RoomAccess),
    app.container.make(TokenChecks),
  ])
  await roomAccess.drain()
  await tokenChecks.drain()
}

/**
 * Fresh rate-limit counters. On Redis only the limiter's own keys go
 * (rate-limiter-flexible's `rlflx:` under the connection's prefix):
 * `limiter.clear()` flushes the whole database index, and with it the USSD
 * sessions, socket rooms and anything else another test or process keeps
 * there. The limiter offers no prefix clear (`delete` takes one known key),
 * hence the scan. The memory store belongs to this process: cleared whole.
 */
export async function clearRateLimits() {
  if (!redisEnabled) return limiter.clear()
  const connection = redis.connection()
  const prefix = connection.ioConnection.options.keyPrefix ?? ''
  let cursor = '0'
  do {
    const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}rlflx:*`, 'COUNT', 500)
    cursor = next
    // SCAN answers whole keys; DEL adds the prefix again.
    if (keys.length) await connection.del(...keys.map((key) => key.slice(prefix.length)))
  } while (cursor !== '0')
}

/**
 * A TCP port free on 127.0.0.1 right now, chosen by the operating system: for
 * the API processes a test starts. Ports derived from the pid collided with
 * whatever else listens on the machine (epmd on 4369 stopped a CI run).
 */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A real API process (bin/server.ts) started by a test. */
export interface ApiNode {
  url: string
  child: ChildProcess
  /** The end of what it wrote to stderr, for failure messages. */
  stderr(): string
  /** SIGKILL: no graceful shutdown (the tests that kill a node mid-stream want exactly that). */
  kill(): void
}

const BACKEND = fileURLToPath(new URL('../', import.meta.url))

/**
 * Starts an API process on a free port with this run's environment (so the
 * same DATABASE_URL and REDIS_URL) plus `env`, and waits until it answers
 * /health. One that does not start is killed before the error is thrown, so
 * the runner never waits on an orphan.
 */
export async function startApiNode(env: Record<string, string> = {}): Promise<ApiNode> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: BACKEND,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const node: ApiNode = {
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    kill: () => void child.kill('SIGKILL'),
  }
  try {
    await waitHealthy(node)
  } catch (error) {
    node.kill()
    throw error
  }
  return node
}

/** Several API processes started side by side; if one fails to start, none is left running. */
export async function startApiNodes(...envs: Record<string, string>[]): Promise<ApiNode[]> {
  const started = await Promise.allSettled(envs.map((env) => startApiNode(env)))
  const failure = started.find((result) => result.status === 'rejected')
  if (!failure) return started.map((result) => (result as PromiseFulfilledResult<ApiNode>).value)
  for (const result of started) if (result.status === 'fulfilled') result.value.kill()
  throw failure.reason
}

async function waitHealthy(node: ApiNode) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null) throw new Error(`server exited: ${node.stderr()}`)
    try {
      const response = await fetch(`${node.url}/health`)
      if (response.status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`server at ${node.url} not ready: ${node.stderr()}`)
}

/**
 * Polls `check` (every 50 ms unless told) until it holds (a simulator's
 * callback, a queued job, points heard on a socket), or fails naming `what`
 * and how long it waited (10 s unless told): the one wait of the tests.
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  { timeoutMs = 10_000, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {}
) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

/** Runs `work` while the app says it runs in production (pages and routes of make dev must be gone). */
export async function asInProduction<T>(work: () => Promise<T>) {
  Object.defineProperty(app, 'inProduction', { get: () => true, configurable: true })
  try {
    return await work()
  } finally {
    delete (app as { inProduction?: boolean }).inProduction
  }
}

/** Settles to 'timed out' after `ms`: raced against work that must not hang. */
export function timedOut(ms: number) {
  return new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms))
}

/** Runs `work` while the wall clock (`Date.now`) reads `ms` earlier, as after an NTP step back. */
export async function withClockSetBack<T>(ms: number, work: () => Promise<T>) {
  const realNow = Date.now
  Date.now = () => realNow() - ms
  try {
    return await work()
  } finally {
    Date.now = realNow
  }
}

/**
 * A provider stand-in (`useFakeB2c`, `useFakeDaraja`, `useFakeWavePayouts`...)
 * started before each test of the group and restored after it. The handle
 * reads whichever is current, so the group declares it once:
 * `const b2c = standInForEachTest(group, useFakeB2c)`.
 */
export function standInForEachTest<T extends { restore(): Promise<void> }>(
  group: Group,
  start: () => Promise<T>
): T {
  let current: T | undefined
  group.each.setup(async () => {
    const started = await start()
    current = started
    return () => started.restore()
  })
  return new Proxy({} as T, {
    get(_target, key) {
      if (!current) throw new Error('The stand-in runs only inside a test of its group')
      return Reflect.get(current, key)
    },
  })
}
