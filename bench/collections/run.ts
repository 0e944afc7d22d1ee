/**
 * Collections and USSD benchmark (`make bench`, after tracking): boots the
 * backend in-process against DATABASE_URL and measures, each against a
 * yardstick run in the same process on the same database:
 *  - collections synced per second through CollectionService.sync (access,
 *    validation, quality verdict, one multi-row INSERT, the receipt jobs
 *    queued with one pg-boss insert), against the path before batching (an
 *    INSERT and a pg-boss send per collection) and a bare multi-row INSERT of
 *    the same rows;
 *  - receipt jobs queued per second (pg-boss insert of a batch, and send one
 *    at a time as before), against a bare `SELECT 1` round trip per job;
 *  - USSD steps per second and their p50/p99 latency through UssdService
 *    (farmer main menu, this month's total), against `SELECT 1`.
 * Everything it creates is tagged "bench coop" and removed at the end.
 */
import { randomUUID } from 'node:crypto'
import { loadavg } from 'node:os'
import { bootBackend } from '../tracking/app.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const FARMERS = env('BENCH_COLLECTION_FARMERS', 400)
const BATCH = env('BENCH_COLLECTION_BATCH', 100)
const BATCHES = env('BENCH_COLLECTION_BATCHES', 20)
const USSD_STEPS = env('BENCH_USSD_STEPS', 2000)

const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: Organisation } = await load('app/accounts/models/organisation.ts')
const { default: User } = await load('app/accounts/models/user.ts')
const { default: Cooperative } = await load('app/collections/models/cooperative.ts')
const { default: Farmer } = await load('app/collections/models/farmer.ts')
const { default: CollectionService } = await load('app/collections/services/collection_service.ts')
const { default: UssdService } = await load('app/ussd/services/ussd_service.ts')
const { default: QueueService } = await load('app/core/services/queue_service.ts')
const { default: CollectionReceiptJob } = await load('app/collections/jobs/collection_receipt_job.ts')

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

async function cleanup() {
  const coops = await db.from('organisations').where('name', 'like', 'bench coop%').select('id')
  const ids = coops.map((row: { id: number }) => row.id)
  if (ids.length === 0) return
  await db.from('milk_collections').whereIn('cooperative_id', ids).delete()
  await db.from('farmers').whereIn('cooperative_id', ids).delete()
  await db.from('users').whereIn('organisation_id', ids).delete()
  await db.from('organisations').whereIn('id', ids).delete()
  await db.from('ussd_sessions').where('session_id', 'like', 'bench-%').delete()
}

await cleanup()
const organisation = await Organisation.create({ name: `bench coop ${Date.now()}`, kind: 'cooperative', country: 'KE' })
const clerk = await User.create({ phone: '+254719999001', name: 'bench clerk', role: 'clerk', organisationId: organisation.id, locale: 'en' })
await Cooperative.create({ organisationId: organisation.id, code: String(90000000 + (Date.now() % 1e6)).slice(0, 8), currency: 'KES', maxLitres: 200, alcoholTestRequired: true })
const farmers = await Farmer.createMany(
  Array.from({ length: FARMERS }, (_, i) => ({
    cooperativeId: organisation.id,
    phone: `+2547198${String(i).padStart(5, '0')}`,
    name: `bench farmer ${i}`,
    memberNumber: `B${i}`,
    locale: 'en',
    payoutPhone: `+2547198${String(i).padStart(5, '0')}`,
    status: 'active',
  }))
)
const item = (i: number) => ({
  id: randomUUID(),
  farmerId: farmers[i % farmers.length].id,
  shift: 'am' as const,
  collectedAt: Date.now() - 60_000,
  quantityLitres: 10 + (i % 7),
  cans: 1,
  lactometer: 28,
  alcoholPassed: true,
  temperatureC: 18,
})

const results: string[] = []
const line = (row: (string | number)[]) => results.push(`| ${row.join(' | ')} |`)
try {
  // Yardstick: the same rows as one bare INSERT per batch.
  const bareStart = process.hrtime.bigint()
  for (let b = 0; b < BATCHES; b++) {
    const rows = Array.from({ length: BATCH }, (_, i) => {
      const x = item(b * BATCH + i)
      return {
        id: x.id, cooperative_id: organisation.id, farmer_id: x.farmerId, kind: 'collection', shift: 'am',
        collected_at: new Date(x.collectedAt), collected_on: new Date(x.collectedAt), period: '2026-11',
        quantity_litres: x.quantityLitres, cans: 1, outcome: 'accepted', grade: 'A',
        reference: `Y${b}-${i}-${Date.now() % 1e5}`.slice(0, 12), created_at: new Date(),
      }
    })
    await db.table('milk_collections').multiInsert(rows)
  }
  const bareRate = (BATCHES * BATCH) / (ms(bareStart) / 1000)

  // Yardstick: the sync before batching, an INSERT and a receipt job sent per collection.
  const queue = await app.container.make(QueueService)
  const rowStart = process.hrtime.bigint()
  for (let b = 0; b < BATCHES; b++) {
    for (let i = 0; i < BATCH; i++) {
      const x = item(b * BATCH + i)
      await db.table('milk_collections').insert({
        id: x.id, cooperative_id: organisation.id, farmer_id: x.farmerId, kind: 'collection', shift: 'am',
        collected_at: new Date(x.collectedAt), collected_on: new Date(x.collectedAt), period: '2026-11',
        quantity_litres: x.quantityLitres, cans: 1, outcome: 'accepted', grade: 'A',
        reference: `R${b}-${i}-${Date.now() % 1e5}`.slice(0, 12), created_at: new Date(),
      })
      await queue.send(CollectionReceiptJob, { collectionId: x.id }, { id: x.id })
    }
  }
  const rowRate = (BATCHES * BATCH) / (ms(rowStart) / 1000)

  const collections = await app.container.make(CollectionService)
  const syncTimes: number[] = []
  const syncStart = process.hrtime.bigint()
  let stored = 0
  for (let b = 0; b < BATCHES; b++) {
    const batch = Array.from({ length: BATCH }, (_, i) => item(b * BATCH + i))
    const t = process.hrtime.bigint()
    const out = await collections.sync(clerk, batch)
    syncTimes.push(ms(t))
    stored += out.filter((r: { status: string }) => r.status === 'stored').length
    // The phone sends it again: all duplicates, nothing stored.
    const again = await collections.sync(clerk, batch)
    if (again.some((r: { status: string }) => r.status !== 'duplicate')) throw new Error('a resent collection was stored twice')
  }
  const syncRate = stored / (ms(syncStart) / 1000)

  // Receipts queued: pg-boss insert per batch, and send one at a time, against a bare round trip.
  const N = BATCHES * BATCH
  const batchQStart = process.hrtime.bigint()
  for (let b = 0; b < BATCHES; b++) {
    await queue.sendMany(
      CollectionReceiptJob,
      Array.from({ length: BATCH }, () => ({ data: { collectionId: randomUUID() }, id: randomUUID() }))
    )
  }
  const batchQueueRate = N / (ms(batchQStart) / 1000)
  const qStart = process.hrtime.bigint()
  for (let i = 0; i < N; i++) await queue.send(CollectionReceiptJob, { collectionId: randomUUID() }, { id: randomUUID() })
  const queueRate = N / (ms(qStart) / 1000)
  const pingStart = process.hrtime.bigint()
  for (let i = 0; i < N; i++) await db.rawQuery('SELECT 1')
  const pingRate = N / (ms(pingStart) / 1000)
  const boss = await queue.connect()
  await boss.deleteAllJobs?.(CollectionReceiptJob.queue).catch?.(() => {})

  // USSD: a farmer opens the menu and asks for the month, as AT would post it.
  const ussd = await app.container.make(UssdService)
  const ussdTimes: number[] = []
  const pings: number[] = []
  for (let i = 0; i < USSD_STEPS; i++) {
    const farmer = farmers[i % farmers.length]
    const t = process.hrtime.bigint()
    await ussd.step({ sessionId: `bench-${i >> 1}`, phoneNumber: farmer.phone, text: i % 2 ? '2' : '' })
    ussdTimes.push(ms(t))
    const p = process.hrtime.bigint()
    await db.rawQuery('SELECT 1')
    pings.push(ms(p))
  }
  const ussdTotal = ussdTimes.reduce((a, b) => a + b, 0)

  results.push(`Load average at the end: ${loadavg().map((v) => v.toFixed(1)).join(' ')}; Redis: ${process.env.REDIS_URL ? 'yes (sessions there)' : 'no (sessions in PostgreSQL)'}`)
  results.push('')
  results.push('| measure | Njia | yardstick (same run) | ratio |')
  results.push('|---|---|---|---|')
  line([`collections synced/s (batches of ${BATCH}, each sent twice)`, syncRate.toFixed(0), `${bareRate.toFixed(0)} bare INSERT rows/s`, `${(syncRate / bareRate).toFixed(2)}×`])
  line(['the same, row by row as before batching (INSERT + send each)', rowRate.toFixed(0), `${bareRate.toFixed(0)} bare INSERT rows/s`, `${(rowRate / bareRate).toFixed(2)}× (sync is ${(syncRate / rowRate).toFixed(1)}× this)`])
  line(['sync request p50 / p99 (ms)', `${percentile(syncTimes, 50).toFixed(1)} / ${percentile(syncTimes, 99).toFixed(1)}`, '', ''])
  line([`receipt jobs queued/s (pg-boss insert of ${BATCH})`, batchQueueRate.toFixed(0), `${pingRate.toFixed(0)} SELECT 1/s`, `${(batchQueueRate / pingRate).toFixed(2)}×`])
  line(['receipt jobs queued/s (pg-boss send, one at a time)', queueRate.toFixed(0), `${pingRate.toFixed(0)} SELECT 1/s`, `${(queueRate / pingRate).toFixed(2)}×`])
  line(['USSD steps/s (one at a time)', (USSD_STEPS / (ussdTotal / 1000)).toFixed(0), '', ''])
  line(['USSD step p50 / p99 (ms)', `${percentile(ussdTimes, 50).toFixed(1)} / ${percentile(ussdTimes, 99).toFixed(1)}`, `${percentile(pings, 50).toFixed(2)} / ${percentile(pings, 99).toFixed(2)} SELECT 1`, `${(percentile(ussdTimes, 99) / percentile(pings, 99)).toFixed(0)}× at p99`])
  console.log(results.join('\n'))
} finally {
  await cleanup()
  await app.terminate()
}
