/**
 * The cost of writing GPS points into gps_pings, three ways in the same run
 * and on the same connection, taking turns batch by batch so the machine's
 * noise falls on all of them alike:
 *
 * - insert:     today's INSERT ... SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING
 * - copy+merge: COPY into a temporary table, then INSERT ... SELECT ON CONFLICT DO NOTHING
 * - copy:       COPY straight into gps_pings (no dedupe: one resent point fails the batch)
 *
 * Reports wall time and the database backend's CPU time per 1,000 points
 * (from /proc/<backend pid>/stat; on the embedded database the backend is
 * this process). Usage: node --import=@poppinss/ts-exec bench/tracking/writes.ts [batches] [sizes]
 */
import { readFileSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { from as copyFrom } from 'pg-copy-streams'
import type { PoolClient } from 'pg'
import { bootBackend } from './app.js'

const batches = Number(process.argv[2] ?? 40)
const sizes = (process.argv[3] ?? '100,1000,5000').split(',').map(Number)
const { app } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')

const knex = db.connection().getWriteClient()
const embedded = !process.env.DATABASE_URL
let backendPid = process.pid
const client = (await knex.client.acquireConnection()) as PoolClient
const { rows: pidRows } = await client.query('SELECT pg_backend_pid() AS pid')
if (!embedded) backendPid = pidRows[0].pid

/** CPU seconds (user + system) of a process, from /proc. */
function cpuSeconds(pid: number) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

// Drivers far outside any real id range; removed at the end.
const DRIVER_BASE = 1_900_000_000
let clock = Date.now() - 3 * 86_400_000

interface Point {
  driverId: number
  recordedAt: number
  lng: number
  lat: number
}

function makeBatch(size: number): Point[] {
  const points: Point[] = []
  for (let i = 0; i < size; i++) {
    points.push({
      driverId: DRIVER_BASE + (i % 500),
      recordedAt: clock + i,
      lng: 36.8 + Math.random() * 0.3,
      lat: -1.3 + Math.random() * 0.3,
    })
  }
  clock += size + 1
  return points
}

const arrayLiteral = (values: (number | string)[]) => `{${values.join(',')}}`

async function insert(points: Point[]) {
  await client.query(
    `INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, accuracy_m, source)
     SELECT d, NULL, r, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography, 5, 'socket'
     FROM unnest($1::int[], $2::timestamptz[], $3::float8[], $4::float8[]) AS t(d, r, x, y)
     ON CONFLICT (driver_id, recorded_at) DO NOTHING`,
    [
      arrayLiteral(points.map((p) => p.driverId)),
      arrayLiteral(points.map((p) => new Date(p.recordedAt).toISOString())),
      arrayLiteral(points.map((p) => p.lng)),
      arrayLiteral(points.map((p) => p.lat)),
    ]
  )
}

/** COPY's text format: one line per point, the position as EWKT (PostGIS parses it on input). */
function copyText(points: Point[]) {
  return points
    .map(
      (p) =>
        `${p.driverId}\t\\N\t${new Date(p.recordedAt).toISOString()}\tSRID=4326;POINT(${p.lng} ${p.lat})\t5\tsocket\n`
    )
    .join('')
}

async function copyInto(table: string, points: Point[]) {
  const stream = client.query(
    copyFrom(
      `COPY ${table} (driver_id, order_id, recorded_at, position, accuracy_m, source) FROM STDIN`
    )
  )
  await pipeline(Readable.from([copyText(points)]), stream)
}

async function copyMerge(points: Point[]) {
  await client.query('BEGIN')
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS ping_stage
    (LIKE gps_pings INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`)
  await copyInto('ping_stage', points)
  await client.query(`INSERT INTO gps_pings SELECT * FROM ping_stage
    ON CONFLICT (driver_id, recorded_at) DO NOTHING`)
  await client.query('COMMIT')
}

const ways: Record<string, (points: Point[]) => Promise<void>> = {
  'insert': insert,
  'copy+merge': copyMerge,
  'copy': (points) => copyInto('gps_pings', points),
}

async function cleanup() {
  await client.query('DELETE FROM gps_pings WHERE driver_id >= $1', [DRIVER_BASE])
}

// COPY FROM STDIN through the embedded database's wire server (pglite-socket) ends in
// FATAL 08P01 "unexpected EOF on client connection with an open transaction", which takes
// down PGlite's one backend for every connection: measured on PostgreSQL only.
const usable = embedded ? ['insert'] : Object.keys(ways)
if (embedded) process.stderr.write('embedded database: COPY is not usable, insert only\n')
const lines = [
  `| batch | way | wall µs / point | database backend CPU µs / point | Node CPU µs / point | CPU (both) vs insert |`,
  `|---|---|---|---|---|---|`,
]
for (const size of sizes) {
  const wall: Record<string, number> = {}
  const cpu: Record<string, number> = {}
  const node: Record<string, number> = {}
  for (const name of usable) wall[name] = cpu[name] = node[name] = 0
  for (let i = 0; i < batches; i++) {
    for (const name of usable) {
      const points = makeBatch(size)
      const cpuBefore = cpuSeconds(backendPid)
      const nodeBefore = process.cpuUsage()
      const t = performance.now()
      await ways[name](points)
      wall[name] += performance.now() - t
      cpu[name] += cpuSeconds(backendPid) - cpuBefore
      const used = process.cpuUsage(nodeBefore)
      node[name] += (used.user + used.system) / 1e6
    }
  }
  const points = batches * size
  for (const name of usable) {
    const wallUs = (wall[name] * 1000) / points
    const cpuUs = (cpu[name] * 1e6) / points
    const nodeUs = (node[name] * 1e6) / points
    const both = embedded ? cpu[name] : cpu[name] + node[name]
    const insertBoth = embedded ? cpu.insert : cpu.insert + node.insert
    lines.push(
      `| ${size} | ${name} | ${wallUs.toFixed(1)} | ${embedded ? '(in Node)' : cpuUs.toFixed(1)} | ${nodeUs.toFixed(1)} | ${(both / insertBoth).toFixed(2)} |`
    )
  }
  await cleanup()
}
process.stdout.write(
  `${embedded ? 'embedded PGlite' : 'PostgreSQL'}, ${batches} batches per way and size\n\n${lines.join('\n')}\n`
)
await cleanup()
knex.client.releaseConnection(client)
await app.terminate()
