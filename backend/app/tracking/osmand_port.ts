import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http'
import DomainException from '#core/exceptions/domain_exception'

/**
 * A second plain-HTTP port for tracker apps configured with just
 * `http://host:port` (Traccar's convention): any path there is the OsmAnd
 * endpoint. Requests go through the normal AdonisJS pipeline as `/osmand`.
 */
export function startOsmandPort(
  port: number,
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse) => unknown
): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    const query = url.includes('?') ? url.slice(url.indexOf('?')) : ''
    req.url = `/osmand${query}`
    handle(req, res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

/** Largest report body read when it came without a content type (a report is a few hundred bytes). */
const MAX_RAW_BODY = 64 * 1024

/** Reads a body the bodyparser left alone (no content type), refusing more than MAX_RAW_BODY. */
export async function readBody(stream: IncomingMessage): Promise<string> {
  if (stream.readableEnded) return ''
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    size += (chunk as Buffer).length
    if (size > MAX_RAW_BODY) {
      throw new DomainException('The report is too large', {
        status: 413,
        code: 'E_PAYLOAD_TOO_LARGE',
      })
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
