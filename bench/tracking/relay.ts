/**
 * The yardstick: a bare Socket.IO relay with the same event contract and
 * no auth, validation, database or Redis. Drivers say which order they
 * drive in the handshake (`auth: { orderId }`); `positions` are relayed to
 * `order:<id>` and `fleet` and acked at once.
 */
import { createServer } from 'node:http'
import { Server } from 'socket.io'

const port = Number(process.argv[2] ?? 3901)
const httpServer = createServer()
const io = new Server(httpServer, { serveClient: false })

io.on('connection', (socket) => {
  const orderId = Number((socket.handshake.auth as { orderId?: number }).orderId)
  const driverId = Number((socket.handshake.auth as { driverId?: number }).driverId)
  socket.on('positions', (points: any[], ack?: (reply: unknown) => void) => {
    let ackedSeq = null
    for (const p of Array.isArray(points) ? points : []) {
      ackedSeq = p.seq
      io.to([`order:${orderId}`, 'fleet']).emit('position', {
        driverId,
        orderId,
        lat: p.lat,
        lng: p.lng,
        recordedAt: p.recordedAt,
        accuracy: p.accuracy ?? null,
        speed: p.speed ?? null,
        heading: null,
        altitude: null,
        battery: null,
        latest: true,
      })
    }
    ack?.({ ok: true, ackedSeq })
  })
  socket.on(
    'watch',
    (request: { orderId?: number; fleet?: boolean }, ack?: (reply: unknown) => void) => {
      const room = request?.fleet ? 'fleet' : `order:${request?.orderId}`
      socket.join(room)
      ack?.({ ok: true, room })
    }
  )
})
httpServer.listen(port, '127.0.0.1', () => process.send?.('ready'))
process.on('SIGTERM', () => process.exit(0))
