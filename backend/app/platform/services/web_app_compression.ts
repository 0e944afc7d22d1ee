import { readFile, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Files worth compressing (text); images and icons are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
])

export type Encoding = 'br' | 'gzip'

export interface Encoded {
  body: Buffer
  encoding: Encoding | null
  etag: string
}

/**
 * The web app's text files compressed once, as nginx does in docker/ (gzip)
 * and better (brotli when the browser takes it): the first bundle is ~490 kB
 * raw, ~130 kB gzipped, ~110 kB in brotli, which on a Slow 3G phone
 * (50 kB/s) is the difference between 10 s and 2 s. Kept in memory per
 * file and encoding, until the file changes (`make dev` rebuilds).
 */
export default class WebAppCompression {
  #cache = new Map<
    string,
    { mtimeMs: number; raw: Buffer; etag: string; encoded: Map<Encoding, Buffer> }
  >()

  static compressible(path: string): boolean {
    return COMPRESSIBLE.has(extname(path).toLowerCase())
  }

  /** The best encoding an `Accept-Encoding` header takes, or null for none. */
  static negotiate(acceptEncoding: string | undefined): Encoding | null {
    const accepted = new Map(
      (acceptEncoding ?? '').split(',').map((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(';')
        const q = params.find((p) => p.trim().startsWith('q='))
        return [name.trim(), q ? Number(q.trim().slice(2)) : 1] as const
      })
    )
    if ((accepted.get('br') ?? 0) > 0) return 'br'
    if ((accepted.get('gzip') ?? 0) > 0) return 'gzip'
    return null
  }

  /** A file of the build, encoded as asked. */
  async file(path: string, encoding: Encoding | null): Promise<Encoded> {
    const { mtimeMs } = await stat(path)
    let entry = this.#cache.get(path)
    if (!entry || entry.mtimeMs !== mtimeMs) {
      const raw = await readFile(path)
      entry = { mtimeMs, raw, etag: etagOf(raw), encoded: new Map() }
      this.#cache.set(path, entry)
    }
    if (!encoding) return { body: entry.raw, encoding: null, etag: entry.etag }
    let body = entry.encoded.get(encoding)
    if (!body) {
      body = await encode(entry.raw, encoding)
      entry.encoded.set(encoding, body)
    }
    return { body, encoding, etag: `${entry.etag.slice(0, -1)}-${encoding}"` }
  }

  /** A page built for one request (web_app_page.ts): compressed quickly, not kept. */
  static async text(text: string, encoding: Encoding | null): Promise<Encoded> {
    const raw = Buffer.from(text)
    const etag = etagOf(raw)
    if (!encoding) return { body: raw, encoding: null, etag }
    const body =
      encoding === 'br'
        ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : await gzipped(raw)
    return { body, encoding, etag: `${etag.slice(0, -1)}-${encoding}"` }
  }
}

function etagOf(raw: Buffer): string {
  return `"${createHash('sha1').update(raw).digest('base64url')}"`
}

function encode(raw: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      })
    : gzipped(raw, { level: 9 })
}
