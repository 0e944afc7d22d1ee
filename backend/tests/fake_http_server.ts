import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  /** The body as received (still gzipped if it was sent so). */
  raw: Buffer
  form: URLSearchParams
  /** When it arrived (ms since the epoch), for tests of pacing. */
  receivedAt: number
}

export type Reply = { status: number; body: unknown }

/**
 * A provider stand-in on a loopback port: records each request (raw body,
 * and parsed as a form) and answers with what `reply` returns.
 */
export async function startFakeProvider(reply: (request: RecordedRequest) => Reply) {
  const requests: RecordedRequest[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const request = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        raw,
        form: new URLSearchParams(raw.toString()),
        receivedAt: Date.now(),
      }
      requests.push(request)
      const { status, body } = reply(request)
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
