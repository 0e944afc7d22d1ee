import type { Server } from 'socket.io'

/**
 * The one way services push to Socket.IO rooms (a container singleton,
 * bound by the realtime provider). Before the gateway is attached (ace
 * commands, unit tests) emitting is a no-op, so services never depend on a
 * running socket server. With the Redis adapter an emit reaches the room's
 * sockets on every API node.
 */
export default class Broadcaster {
  #io?: Server

  attach(io: Server) {
    this.#io = io
  }

  detach() {
    this.#io = undefined
  }

  get attached() {
    return this.#io !== undefined
  }

  emit(roomNames: string[], event: string, payload: unknown) {
    if (!this.#io || roomNames.length === 0) return
    this.#io.to(roomNames).emit(event, payload)
  }
}
