import type { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/**
 * Serves one PGlite to several `pg` connections over the PostgreSQL wire protocol.
 *
 * PGlite is a single backend, so pglite-socket queues the connections' messages and runs them one
 * at a time. Its queue keeps a connection's turn only inside a transaction; between two messages
 * of one extended query (Parse … Sync) another connection may run, replacing or dropping the
 * unnamed statement ("unnamed prepared statement does not exist", "bind message supplies 1
 * parameters") whenever a large Bind arrives in pieces. `WireQueue` keeps the turn until Sync too.
 */
export async function servePglite(db: PGlite, options: { port: number; maxConnections: number }) {
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', ...options })
  // Connections take the server's queue when they attach, so replacing it before start is enough.
  ;(server as unknown as { queryQueue: WireQueue }).queryQueue = new WireQueue(db)
  await server.start()
  // The HTTP server (or a running command) keeps the process alive, not this.
  ;(server as unknown as { server?: { unref(): void } }).server?.unref()
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: () => server.stop(),
  }
}

const code = (letter: string) => letter.charCodeAt(0)
/** Messages of an extended query that leave it open until the connection's Sync. */
const EXTENDED_QUERY = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code))
const SYNC = code('S')
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4])

interface Pending {
  connection: number
  message: Uint8Array
  onData: (data: Uint8Array) => void
  resolve: (bytes: number) => void
  reject: (error: unknown) => void
}

/** Drop-in for pglite-socket's queue (same four methods the connections call). */
export class WireQueue {
  #pending: Pending[] = []
  #running = false
  /** The connection that last ran, and whether its extended query is still open. */
  #holder: number | null = null
  #extendedQueryOpen = false

  constructor(private db: PGlite) {}

  enqueue(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void) {
    return new Promise<number>((resolve, reject) => {
      this.#pending.push({ connection, message, onData, resolve, reject })
      void this.#run()
    })
  }

  getQueueLength() {
    return this.#pending.length
  }

  clearQueueForHandler(connection: number) {
    this.#pending = this.#pending.filter((item) => {
      if (item.connection === connection) item.reject(new Error('Handler disconnected'))
      return item.connection !== connection
    })
  }

  /** A connection that leaves mid-query or mid-transaction must not hold the backend. */
  async clearTransactionIfNeeded(connection: number) {
    if (this.#holder !== connection) return
    if (this.#extendedQueryOpen) await this.#exec(SYNC_MESSAGE, () => {})
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK')
    this.#holder = null
    this.#extendedQueryOpen = false
    await this.#run()
  }

  #holdsTurn() {
    return this.#holder !== null && (this.#extendedQueryOpen || this.db.isInTransaction())
  }

  /** The next message to run; none while the holder's next message has not arrived yet. */
  #next() {
    if (!this.#holdsTurn()) return this.#pending.shift()
    const index = this.#pending.findIndex((item) => item.connection === this.#holder)
    return index === -1 ? undefined : this.#pending.splice(index, 1)[0]
  }

  async #run() {
    if (this.#running) return
    this.#running = true
    try {
      for (let item = this.#next(); item; item = this.#next()) {
        let bytes = 0
        try {
          await this.#exec(item.message, (data) => {
            bytes += data.length
            item.onData(data)
          })
        } catch (error) {
          item.reject(error)
          continue
        }
        this.#holder = item.connection
        const type = item.message[0]
        if (EXTENDED_QUERY.has(type)) this.#extendedQueryOpen = true
        else if (type === SYNC) this.#extendedQueryOpen = false
        item.resolve(bytes)
      }
    } finally {
      this.#running = false
    }
  }

  #exec(message: Uint8Array, onRawData: (data: Uint8Array) => void) {
    return this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData }))
  }
}
