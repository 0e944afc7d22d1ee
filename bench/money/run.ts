/**
 * Money benchmark (`make bench`, after collections; issue 11 "Tests and
 * benchmark"): boots the backend in-process against DATABASE_URL (a real
 * PostgreSQL) and measures, each beside a yardstick run in the same process
 * on the same database so that the ratio survives a noisy machine:
 *  - journals posted per second through LedgerService.post (idempotency key,
 *    the account rows' balances and the non-negative guard kept by the
 *    database's triggers, the per-journal balance check), two-leg and
 *    four-leg, on hot accounts (every journal moves the same provider
 *    clearing, commission and carrier payable rows, as every M-Pesa pay-in
 *    and every settlement does) and on spread accounts (each worker its own);
 *    the yardstick posts the same rows as bare INSERTs into tables without
 *    triggers, constraints or indexes beyond the primary key;
 *  - provider callbacks handled per second: received (PaymentCallbackService:
 *    matched by the attempt's secret token, stored once, ConfirmPaymentJob
 *    queued on pg-boss) and applied (the job: the provider's status asked —
 *    the stateless simulator here — and the payment settled with its
 *    journal on the hot M-Pesa clearing account), against a bare INSERT of
 *    the same callback bodies.
 * p50/p99 are per journal / per callback, measured around each call, with
 * BENCH_MONEY_WORKERS concurrent callers. Rows are tagged `bench:` /
 * "bench money" and removed at the end (the ledger's immutability triggers
 * are skipped for that clean-up only, with session_replication_role).
 */
import { randomBytes } from 'node:crypto'
import { loadavg } from 'node:os'
import { bootBackend } from '../tracking/app.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const JOURNALS = env('BENCH_MONEY_JOURNALS', 4000)
const WORKERS = env('BENCH_MONEY_WORKERS', 8)
const CALLBACKS = env('BENCH_MONEY_CALLBACKS', 1000)

const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: LedgerService } = await load('app/money/services/ledger_service.ts')
const { default: Organisation } = await load('app/accounts/models/organisation.ts')
const { default: User } = await load('app/accounts/models/user.ts')
const { default: Order } = await load('app/orders/models/order.ts')
const { default: Payment } = await load('app/money/models/payment.ts')
const { default: PaymentCallbackService } = await load(
  'app/money/services/payment_callback_service.ts'
)
const { default: PaymentService } = await load('app/money/services/payment_service.ts')

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6
const run = `${Date.now().toString(36)}`

const ROUNDS = env('BENCH_MONEY_ROUNDS', 4)

type Call = (i: number, worker: number) => Promise<unknown>

/** Calls `one(i)` for i in [from, to) on WORKERS concurrent callers; adds the time and latencies to `stats`. */
async function measure(
  from: number,
  to: number,
  one: Call,
  stats = { count: 0, ms: 0, times: [] as number[] }
) {
  let next = from
  const start = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      while (next < to) {
        const i = next++
        const t = process.hrtime.bigint()
        await one(i, worker)
        stats.times.push(ms(t))
      }
    })
  )
  stats.ms += ms(start)
  stats.count += to - from
  return stats
}

const summary = (stats: { count: number; ms: number; times: number[] }) => ({
  rate: stats.count / (stats.ms / 1000),
  p50: percentile(stats.times, 50),
  p99: percentile(stats.times, 99),
})

/**
 * The yardstick and the subject in alternating rounds over the same
 * indexes, so that a load change on the shared machine hits both alike.
 */
async function compare(count: number, yardstick: Call, subject: Call) {
  const a = { count: 0, ms: 0, times: [] as number[] }
  const b = { count: 0, ms: 0, times: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    const from = Math.floor((round * count) / ROUNDS)
    const to = Math.floor(((round + 1) * count) / ROUNDS)
    await measure(from, to, yardstick, a)
    await measure(from, to, subject, b)
  }
  return { bare: summary(a), subject: summary(b) }
}

async function cleanup() {
  await db.transaction(async (trx) => {
    await trx.rawQuery(`SET LOCAL session_replication_role = replica`)
    await trx.rawQuery(
      `DELETE FROM ledger_entries WHERE journal_id IN
         (SELECT id FROM ledger_journals WHERE idempotency_key LIKE 'bench:%' OR memo = 'bench money')`
    )
    await trx.rawQuery(
      `DELETE FROM ledger_journals WHERE idempotency_key LIKE 'bench:%' OR memo = 'bench money'`
    )
    const orgs = await trx.from('organisations').where('name', 'like', 'bench money%').select('id')
    const orgIds = orgs.map((row: { id: number }) => row.id)
    const orders = await trx.from('orders').whereIn('carrier_organisation_id', orgIds).select('id')
    const orderIds = orders.map((row: { id: number }) => row.id)
    await trx.rawQuery(
      `DELETE FROM ledger_entries WHERE journal_id IN (SELECT id FROM ledger_journals WHERE order_id = ANY(?))`,
      [orderIds]
    )
    await trx.from('ledger_journals').whereIn('order_id', orderIds).delete()
    const payments = trx.from('payments').whereIn('order_id', orderIds).select('id')
    await trx.from('payment_callbacks').whereIn('payment_id', payments).delete()
    await trx.from('payments').whereIn('order_id', orderIds).delete()
    await trx.from('orders').whereIn('id', orderIds).delete()
    const accounts = trx
      .from('ledger_accounts')
      .where('owner', 'like', 'bench:%')
      .orWhereIn(
        'owner',
        orderIds.map((id: number) => `order:${id}`)
      )
      .select('id')
    // Replica mode skips the foreign keys' ON DELETE CASCADE too.
    await trx.from('ledger_account_stripes').whereIn('account_id', accounts).delete()
    await trx
      .from('ledger_accounts')
      .where('owner', 'like', 'bench:%')
      .orWhereIn(
        'owner',
        orderIds.map((id: number) => `order:${id}`)
      )
      .delete()
    await trx.from('users').whereIn('organisation_id', orgIds).delete()
    await trx.from('organisations').whereIn('id', orgIds).delete()
    await trx.rawQuery(
      'DROP TABLE IF EXISTS bench_money_journals, bench_money_entries, bench_money_callbacks'
    )
  })
}

/** The legs of journal i: on hot accounts every journal shares its clearing/commission/payable rows. */
function legs(i: number, worker: number, four: boolean, hot: boolean) {
  const shared = hot ? 'bench:hot' : `bench:w${worker}`
  const amount = 1000 + (i % 97) * 100
  const escrow = {
    account: { owner: `bench:order:${i % 1000}`, purpose: 'order_escrow' },
    currency: 'KES',
  }
  const clearing = {
    account: { owner: `${shared}:mpesa`, purpose: 'provider_clearing' },
    currency: 'KES',
  }
  if (!four) {
    return [
      { ...clearing, amount },
      { ...escrow, amount: -amount },
    ]
  }
  const commission = Math.round(amount / 10)
  return [
    { ...clearing, amount },
    { ...escrow, amount: -(amount - 2 * commission) },
    {
      account: { owner: shared, purpose: 'platform_commission' },
      currency: 'KES',
      amount: -commission,
    },
    {
      account: { owner: `${shared}:carrier`, purpose: 'carrier_payable' },
      currency: 'KES',
      amount: -commission,
    },
  ]
}

const ledger = new LedgerService()
const results: string[] = []
const line = (row: (string | number)[]) => results.push(`| ${row.join(' | ')} |`)
const f = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1))

try {
  await cleanup()
  await db.rawQuery(
    `CREATE TABLE bench_money_journals (id bigserial PRIMARY KEY, idempotency_key text, kind text, memo text, data jsonb)`
  )
  await db.rawQuery(
    `CREATE TABLE bench_money_entries (id bigserial PRIMARY KEY, journal_id bigint, account_id bigint, amount bigint, currency text)`
  )
  await db.rawQuery(
    `CREATE TABLE bench_money_callbacks (id bigserial PRIMARY KEY, provider text, provider_ref text, payment_id bigint, body jsonb, received_at timestamptz)`
  )

  // Every account opened first, so each case measures posting, not opening.
  await db.transaction(async (trx) => {
    const refs = []
    for (let w = 0; w < WORKERS; w++) {
      for (const four of [false, true])
        for (const hot of [false, true]) refs.push(...legs(0, w, four, hot))
    }
    for (let i = 0; i < 1000; i++) refs.push(...legs(i, 0, false, true))
    await ledger.accountIds(
      refs.map((leg) => ({ ...leg.account, currency: leg.currency })),
      trx
    )
  })

  results.push(
    `Journals: ${JOURNALS} per case, ${WORKERS} concurrent callers, load average ${loadavg()[0].toFixed(1)} at start.`,
    '',
    '| case | journals/s | p50 ms | p99 ms | bare INSERT rows/s (same rows) | journals/s ÷ bare | p99 bare ms |',
    '|---|---|---|---|---|---|---|'
  )
  for (const four of [false, true]) {
    for (const hot of [true, false]) {
      const name = `${four ? 'four' : 'two'}-leg, ${hot ? 'hot' : 'spread'} accounts`
      const tag = `${run}:${four ? 4 : 2}${hot ? 'h' : 's'}`
      // Yardstick: the same journal and entry rows, bare, in one transaction per journal.
      const { bare, subject: posted } = await compare(
        JOURNALS,
        (i, worker) =>
          db.transaction(async (trx) => {
            const { rows } = await trx.rawQuery(
              `INSERT INTO bench_money_journals (idempotency_key, kind, memo, data) VALUES (?, 'settlement', 'bench money', '{}'::jsonb) RETURNING id`,
              [`bench:bare:${tag}:${i}`]
            )
            const these = legs(i, worker, four, hot)
            await trx.rawQuery(
              `INSERT INTO bench_money_entries (journal_id, account_id, amount, currency) VALUES ${these.map(() => '(?, ?, ?, ?)').join(', ')}`,
              these.flatMap((leg, n) => [rows[0].id, n + 1, leg.amount, leg.currency])
            )
          }),
        (i, worker) =>
          ledger.post({
            idempotencyKey: `bench:${tag}:${i}`,
            kind: 'settlement',
            memo: 'bench money',
            legs: legs(i, worker, four, hot),
          })
      )
      line([
        name,
        f(posted.rate),
        posted.p50.toFixed(1),
        posted.p99.toFixed(1),
        f(bare.rate),
        (posted.rate / bare.rate).toFixed(2),
        bare.p99.toFixed(1),
      ])
    }
  }

  // Callbacks: pending M-Pesa attempts the simulator reports as paid.
  const stamp = Date.now() % 1e6
  const carrier = await Organisation.create({
    name: `bench money carrier ${stamp}`,
    kind: 'carrier',
    country: 'KE',
  })
  const shipper = await User.create({
    phone: `+2547${String(93_000_000 + (stamp % 1e5)).padStart(8, '0')}`,
    name: 'bench money shipper',
    role: 'shipper',
    organisationId: carrier.id,
    locale: 'en',
  })
  const orders = await Order.createMany(
    Array.from({ length: CALLBACKS }, () => ({
      shipperId: shipper.id,
      status: 'assigned',
      pickup: { lat: -1.2864, lng: 36.8172 },
      pickupAddress: 'bench pickup',
      dropoff: { lat: -1.0333, lng: 37.0693 },
      dropoffAddress: 'bench dropoff',
      cargoKind: 'bench',
      cargoWeightKg: 1000,
      currency: 'KES',
      priceAmount: 450_000,
      paymentMethod: 'mobile_money',
      carrierOrganisationId: carrier.id,
    }))
  )
  const payments = await Payment.createMany(
    orders.map((order: any) => ({
      orderId: order.id,
      payerId: shipper.id,
      provider: 'mpesa',
      amount: 450_000,
      currency: 'KES',
      phone: '+254722000000',
      status: 'pending',
      callbackToken: randomBytes(32).toString('base64url'),
      accountReference: `NJIA-${order.id}`,
      providerRef: `ws_CO_SIM_0_0_${randomBytes(4).toString('hex')}`,
    }))
  )
  const body = (payment: any) => ({
    Body: {
      stkCallback: {
        MerchantRequestID: `bench-${payment.id}`,
        CheckoutRequestID: payment.providerRef,
        ResultCode: 0,
        ResultDesc: 'The service request is processed successfully.',
        CallbackMetadata: {
          Item: [
            { Name: 'Amount', Value: 4500 },
            { Name: 'MpesaReceiptNumber', Value: `BENCH${payment.id}` },
            { Name: 'PhoneNumber', Value: 254722000000 },
          ],
        },
      },
    },
  })
  const callbacks = await app.container.make(PaymentCallbackService)
  const paymentService = await app.container.make(PaymentService)
  const bareInsert: Call = (i) =>
    db.rawQuery(
      `INSERT INTO bench_money_callbacks (provider, provider_ref, payment_id, body, received_at) VALUES ('mpesa', ?, ?, ?::jsonb, now())`,
      [payments[i].providerRef, payments[i].id, JSON.stringify(body(payments[i]))]
    )
  const receive: Call = (i) =>
    callbacks.receiveByToken('mpesa', payments[i].callbackToken, body(payments[i]))
  const rows: [string, Call][] = [
    ['received (matched, stored once, job queued)', receive],
    ['replayed (the same callback again: nothing stored)', receive],
  ]
  const measured = []
  for (const [name, subject] of rows)
    measured.push({ name, ...(await compare(CALLBACKS, bareInsert, subject)) })
  const stored = await db
    .from('payment_callbacks')
    .whereIn(
      'payment_id',
      payments.map((p: any) => p.id)
    )
    .select('id', 'payment_id')
  const callbackOf = new Map(stored.map((row: any) => [Number(row.payment_id), Number(row.id)]))
  measured.push({
    name: 'applied (ConfirmPaymentJob: status asked, payment settled, journal posted)',
    ...(await compare(CALLBACKS, bareInsert, (i) =>
      paymentService.confirm(payments[i].id, callbackOf.get(payments[i].id))
    )),
  })
  const paid = await db
    .from('payments')
    .whereIn(
      'id',
      payments.map((p: any) => p.id)
    )
    .where('status', 'received')
    .count('* as n')
  results.push(
    '',
    `Callbacks: ${CALLBACKS} M-Pesa success callbacks, ${WORKERS} concurrent callers; ${paid[0].n} of ${CALLBACKS} payments received after the run, ${stored.length} callbacks stored (the replays stored nothing).`,
    '',
    '| step | callbacks/s | p50 ms | p99 ms | bare INSERT of the same bodies /s (p99 ms) | ÷ bare |',
    '|---|---|---|---|---|---|'
  )
  for (const { name, bare, subject } of measured) {
    line([
      name,
      f(subject.rate),
      subject.p50.toFixed(1),
      subject.p99.toFixed(1),
      `${f(bare.rate)} (${bare.p99.toFixed(1)})`,
      (subject.rate / bare.rate).toFixed(2),
    ])
  }
  results.push('', `Load average at the end: ${loadavg()[0].toFixed(1)}.`)
} finally {
  await cleanup()
  console.log(results.join('\n'))
  await app.terminate()
}
