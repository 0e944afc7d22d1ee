import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http'

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
