import { AsyncLocalStorage } from 'node:async_hooks'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Group } from '@japa/runner/core'

/*
 * Lucid runs every query (query builders, models, raw queries) through its
 * QueryRunner, and opens savepoints with TransactionClient#transaction; the
 * package does not export them, so they are loaded from its build, the same
 * module instances Lucid itself uses.
 */
const lucid = new URL('./', import.meta.resolve('@adonisjs/lucid'))
const { QueryRunner } = await import(new URL('src/query_runner/index.js', lucid).href)
const { TransactionClient } = await import(new URL('src/transaction_client/index.js', lucid).href)

type Client = object & { isCompleted?: boolean }

/** The transaction opened by `db.transaction(callback)` whose callback runs, in this async context. */
const current = new AsyncLocalStorage<Client>()
/** Transactions opened by `db.transaction` (in production each is its own connection). */
const opened = new WeakSet<Client>()
/** A savepoint (`trx.transaction()`) and the transaction it was opened in. */
const openedIn = new WeakMap<Client, Client>()
let violations: string[] = []
let installed = false

/** The `db.transaction` a client's queries belong to (itself for the pool, a global transaction, a root). */
function transactionOf(client: Client) {
  let at = client
  while (!opened.has(at) && openedIn.has(at)) at = openedIn.get(at)!
  return at
}

/**
 * Fails (and notes it for the test) when code running inside an open
 * `db.transaction` callback reaches the database some other way: `what`
 * says how. Also called by the tests' queue stand-in: pg-boss has its own
 * connections.
 */
export function refuseBesideOpenTransaction(what: string, client?: Client) {
  const trx = current.getStore()
  if (!installed || !trx || trx.isCompleted) return
  if (client && transactionOf(client) === trx) return
  const where = new Error().stack?.split('\n').slice(3, 12).join('\n') ?? ''
  const message = `${what} outside the open transaction (on the embedded database it waits for that transaction forever):\n${where}`
  violations.push(message)
  throw new Error(message)
}

/**
 * The class of bug where `make dev`'s seeding hung: on the embedded database
 * one session sits behind every pooled connection, so a query made on
 * another connection while a transaction is open waits for that
 * transaction, which waits for the query. The tests' global transaction
 * hides it (every query goes through it), so this guard watches the code
 * instead, on both databases: inside a `db.transaction(callback)`, a query
 * run without that transaction's client (or a savepoint of it), a second
 * `db.transaction`, or a job enqueued, throws; and the test fails even when
 * the code caught the error.
 */
export function guardTransactions(group: Group) {
  group.each.setup(() => {
    violations = []
    installed = true
  })
  // A teardown hook, not a setup clean-up: its error fails the test and the
  // other clean-ups (the global transaction's rollback) still run.
  group.each.teardown(() => {
    installed = false
    if (violations.length > 0) throw new Error(violations[0])
  })
}

/** Runs `work` with the guard on and returns what it refused (the guard's own test). */
export async function refusedDuring(work: () => Promise<unknown>) {
  violations = []
  installed = true
  try {
    await work().catch(() => undefined)
    return violations
  } finally {
    installed = false
    violations = []
  }
}

const run = QueryRunner.prototype.run
QueryRunner.prototype.run = function (this: { client: Client }, query: unknown) {
  refuseBesideOpenTransaction('A query', this.client)
  return run.call(this, query)
}

const savepoint = TransactionClient.prototype.transaction
TransactionClient.prototype.transaction = async function (
  this: Client,
  callback?: unknown,
  options?: unknown
) {
  if (typeof callback !== 'function') {
    const child = await savepoint.call(this, callback, options)
    openedIn.set(child, this)
    return child
  }
  return savepoint.call(
    this,
    (child: Client) => {
      openedIn.set(child, this)
      return callback(child)
    },
    options
  )
}

const transaction = db.transaction as (this: typeof db, ...args: unknown[]) => Promise<unknown>
db.transaction = async function (this: typeof db, callback?: unknown, options?: unknown) {
  refuseBesideOpenTransaction('A second db.transaction')
  if (typeof callback !== 'function') return transaction.call(this, callback, options)
  return transaction.call(
    this,
    (trx: TransactionClientContract) => {
      opened.add(trx)
      return current.run(trx, () => (callback as (trx: TransactionClientContract) => unknown)(trx))
    },
    options
  )
} as typeof db.transaction
