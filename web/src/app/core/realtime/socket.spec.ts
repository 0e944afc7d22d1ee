import { TestBed } from '@angular/core/testing';
import { Me } from '../api/api-types';
import { Session } from '../auth/session';
import { Connectivity } from '../network/connectivity';
import { fakeSocketIo } from './fake-socket-io';
import { PaymentStatusEvent, PositionEvent } from './realtime-types';
import { SOCKET_IO_LOADER, Socket } from './socket';

const driver: Me = {
  id: 9,
  phone: '+254712345678',
  name: 'Juma',
  role: 'driver',
  capabilities: ['drive', 'run_milk_routes'],
  locale: 'sw',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp() {
  const io = fakeSocketIo();
  TestBed.configureTestingModule({
    providers: [{ provide: SOCKET_IO_LOADER, useValue: io.loader }],
  });
  const session = TestBed.inject(Session);
  const connectivity = TestBed.inject(Connectivity);
  const socket = TestBed.inject(Socket);
  return { io, session, connectivity, socket };
}

describe('Socket', () => {
  beforeEach(() => localStorage.clear());

  it('stays offline while signed out', async () => {
    const { io, socket } = setUp();
    TestBed.tick();
    await settle();
    expect(io.sockets).toHaveLength(0);
    expect(socket.state()).toBe('offline');
  });

  it('connects with the session token and shows connecting, then connected', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    expect(socket.state()).toBe('connecting');
    await settle();
    expect(io.sockets[0].auth).toEqual({ token: 'oat_1' });
    io.sockets[0].serverConnect();
    expect(socket.state()).toBe('connected');
  });

  it('reconnects with the new token after another sign-in and closes on sign-out', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    io.sockets[0].serverConnect();

    session.start({ token: 'oat_2', user: driver });
    TestBed.tick();
    await settle();
    expect(io.sockets[0].active).toBe(false);
    expect(io.sockets[1].auth).toEqual({ token: 'oat_2' });

    session.clear();
    TestBed.tick();
    expect(io.sockets[1].active).toBe(false);
    expect(socket.state()).toBe('offline');
  });

  it('closes when the browser goes offline and opens again when it is back', async () => {
    const { io, session, connectivity, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    io.sockets[0].serverConnect();

    connectivity.online.set(false);
    TestBed.tick();
    expect(socket.state()).toBe('offline');

    connectivity.online.set(true);
    TestBed.tick();
    await settle();
    expect(io.sockets).toHaveLength(2);
    expect(socket.state()).toBe('connecting');
  });

  it('watches an order once connected and again after every reconnection', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    const ack = socket.watchOrder(42);
    await settle();
    const fake = io.sockets[0];
    fake.answer = (_event, payload) => ({
      ok: true,
      room: `order:${(payload as { orderId: number }).orderId}`,
    });
    fake.serverConnect();
    expect(await ack).toEqual({ ok: true, room: 'order:42' });

    fake.emitted.length = 0;
    fake.serverDisconnect();
    fake.serverConnect();
    expect(fake.emitted).toEqual([{ event: 'watch', payload: { orderId: 42 } }]);
  });

  it('follows an order’s payments, again after a reconnection, until the server takes the room away', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    const fake = io.sockets[0];
    fake.serverConnect();
    const heard: PaymentStatusEvent[] = [];
    socket.paymentStatus$.subscribe((event) => heard.push(event));
    await socket.watchPayments(42);
    expect(fake.emitted).toEqual([{ event: 'payments:watch', payload: { orderId: 42 } }]);

    fake.fire('payment:status', { orderId: 42, paymentId: 3, status: 'received' });
    expect(heard).toEqual([{ orderId: 42, paymentId: 3, status: 'received' }]);

    fake.emitted.length = 0;
    fake.serverDisconnect();
    fake.serverConnect();
    expect(fake.emitted).toEqual([{ event: 'payments:watch', payload: { orderId: 42 } }]);

    // The user may no longer read them (left the organisation): not asked for again.
    fake.fire('unwatched', { room: 'payments:42' });
    fake.emitted.length = 0;
    fake.serverDisconnect();
    fake.serverConnect();
    expect(fake.emitted).toEqual([]);
  });

  it('passes a refusal of watchFleet through', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    io.sockets[0].answer = () => ({ ok: false, error: { code: 'E_FORBIDDEN', message: 'No' } });
    io.sockets[0].serverConnect();
    expect(await socket.watchFleet()).toEqual({
      ok: false,
      error: { code: 'E_FORBIDDEN', message: 'No' },
    });
  });

  it('never buffers an emit while disconnected and reports a timeout as an error', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    const offline = await socket.emitWithAck('positions', []);
    expect(offline).toEqual({ ok: false, error: { code: 'E_OFFLINE', message: 'Not connected' } });
    expect(io.sockets[0].emitted).toHaveLength(0);

    io.sockets[0].serverConnect();
    io.sockets[0].answer = () => undefined;
    const timedOut = await socket.emitWithAck('positions', []);
    expect(timedOut.ok).toBe(false);
  });

  it('forwards server events to their streams, across reconnections', async () => {
    const { io, session, socket } = setUp();
    const seen: PositionEvent[] = [];
    socket.positions$.subscribe((p) => seen.push(p));
    session.start({ token: 'oat_1', user: driver });
    TestBed.tick();
    await settle();
    const point = {
      driverId: 9,
      orderId: 42,
      lat: -1.29,
      lng: 36.82,
      latest: true,
    } as PositionEvent;
    io.sockets[0].fire('position', point);
    io.sockets[0].fire('notification', { title: 'Bid accepted' });
    expect(seen).toEqual([point]);
    expect(socket.lastNotification()).toEqual({ title: 'Bid accepted' });
  });

  it('remembers a refused handshake', async () => {
    const { io, session, socket } = setUp();
    session.start({ token: 'oat_revoked', user: driver });
    TestBed.tick();
    await settle();
    const fake = io.sockets[0];
    fake.active = false;
    fake.fire(
      'connect_error',
      Object.assign(new Error('E_UNAUTHORIZED'), {
        data: { code: 'E_UNAUTHORIZED', message: 'Sign in again' },
      }),
    );
    expect(socket.state()).toBe('offline');
    expect(socket.lastError()?.code).toBe('E_UNAUTHORIZED');
  });
});
