import 'fake-indexeddb/auto';
import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { Me } from '../../core/api/api-types';
import { Session } from '../../core/auth/session';
import { Connectivity } from '../../core/network/connectivity';
import { FakeIoSocket, fakeSocketIo } from '../../core/realtime/fake-socket-io';
import { PositionPoint } from '../../core/realtime/realtime-types';
import { SOCKET_IO_LOADER } from '../../core/realtime/socket';
import { DriverApi } from '../driver-api';
import { GEOLOCATION, GpsStreamer } from './gps-streamer';
import { nextRequest, settle, until } from '../testing';

const driver: Me = {
  id: 9,
  phone: '+254712345678',
  name: 'Juma',
  role: 'driver',
  capabilities: ['drive', 'run_milk_routes'],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

function fix(i: number): GeolocationPosition {
  return {
    timestamp: Date.parse('2026-11-23T08:00:00Z') + i * 1000,
    coords: {
      latitude: -1.29 + i / 1000,
      longitude: 36.82,
      accuracy: 8,
      speed: null,
      heading: Number.NaN,
      altitude: null,
      altitudeAccuracy: null,
    },
  } as unknown as GeolocationPosition;
}

class FakeGeolocation {
  onFix: PositionCallback | null = null;
  watchPosition(success: PositionCallback): number {
    this.onFix = success;
    return 1;
  }
  clearWatch(): void {
    this.onFix = null;
  }
}

/** One "app start": a fresh injector on the same IndexedDB, like a reload. */
async function startApp(
  io = fakeSocketIo(),
  httpFallback: 'testing' | 'unreachable' = 'unreachable',
) {
  TestBed.resetTestingModule();
  const geolocation = new FakeGeolocation();
  const unreachable = () => Promise.reject(new HttpErrorResponse({ status: 0 }));
  TestBed.configureTestingModule({
    providers: [
      ...(httpFallback === 'unreachable'
        ? [{ provide: DriverApi, useValue: { postPositions: unreachable } }]
        : []),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: SOCKET_IO_LOADER, useValue: io.loader },
      { provide: GEOLOCATION, useValue: geolocation },
    ],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: driver });
  const gps = TestBed.inject(GpsStreamer);
  TestBed.tick();
  await settle();
  const socket = io.sockets.at(-1)!;
  return { gps, geolocation, socket, io, http: TestBed.inject(HttpTestingController) };
}

function ackAll(socket: FakeIoSocket, log: number[][]) {
  socket.answer = (event, payload) => {
    const seqs = (payload as PositionPoint[]).map((p) => p.seq);
    log.push(seqs);
    return {
      ok: true,
      ackedSeq: Math.max(...seqs),
      accepted: seqs.length,
      duplicates: 0,
      skipped: 0,
    };
  };
}

async function recordFixes(gps: GpsStreamer, from: number, count: number) {
  for (let i = from; i < from + count; i++) await gps.record(fix(i));
}

describe('GpsStreamer', () => {
  beforeEach(() => {
    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
  });

  it('queues each fix with an increasing seq and deletes it once the batch is acknowledged', async () => {
    const { gps, geolocation, socket } = await startApp();
    gps.start();
    expect(gps.tracking()).toBe(true);
    geolocation.onFix!(fix(0));
    await settle();
    await recordFixes(gps, 1, 2);
    expect(gps.queueSize()).toBe(3);

    const sent: number[][] = [];
    ackAll(socket, sent);
    socket.serverConnect();
    await gps.flush();

    expect(sent).toEqual([[1, 2, 3]]);
    expect(socket.emitted[0].payload).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          seq: 1,
          lat: -1.29,
          recordedAt: '2026-11-23T08:00:00.000Z',
          heading: undefined, // the phone did not know: left out
        }),
      ]),
    );
    expect(gps.queueSize()).toBe(0);
    expect(gps.lastSentVia()).toBe('socket');
  });

  it('keeps points whose ack never came and resends them, same seq, after reconnecting', async () => {
    const { gps, socket } = await startApp();
    socket.serverConnect();
    socket.answer = () => undefined; // the ack is lost
    await recordFixes(gps, 0, 2);
    await gps.flush();
    expect(gps.queueSize()).toBe(2);

    socket.serverDisconnect();
    const resent: number[][] = [];
    ackAll(socket, resent);
    socket.serverConnect(); // connects$ -> flush
    await settle();
    await gps.flush();
    expect(resent[0]).toEqual([1, 2]);
    expect(gps.queueSize()).toBe(0);
  });

  it('sends what a previous run left behind when the app starts again', async () => {
    const first = await startApp();
    await recordFixes(first.gps, 0, 3);
    expect(first.gps.queueSize()).toBe(3); // never connected: nothing sent

    const io = fakeSocketIo();
    const again = await startApp(io);
    // The count is read from IndexedDB, which a busy machine may take more than a tick to answer.
    await until(() => again.gps.queueSize() === 3);
    expect(again.gps.queueSize()).toBe(3);
    const sent: number[][] = [];
    ackAll(again.socket, sent);
    again.socket.serverConnect();
    await settle();
    await again.gps.flush();
    expect(sent.flat()).toEqual([1, 2, 3]);
    expect(again.gps.queueSize()).toBe(0);
  });

  it('falls back to the HTTP batch endpoint while the socket is down', async () => {
    const { gps, http } = await startApp(fakeSocketIo(), 'testing');
    await recordFixes(gps, 0, 2);
    const flushed = gps.flush();
    // One batch, or two when the start-up drain ran between the fixes: every point once, in order.
    const sent: number[] = [];
    while (sent.length < 2) {
      const request = await nextRequest(http, '/api/v1/tracking/positions');
      const seqs = request.request.body.points.map((p: PositionPoint) => p.seq);
      sent.push(...seqs);
      request.flush({
        ackedSeq: Math.max(...seqs),
        accepted: seqs.length,
        duplicates: 0,
        skipped: 0,
      });
    }
    await flushed;
    expect(sent).toEqual([1, 2]);
    expect(gps.queueSize()).toBe(0);
    expect(gps.lastSentVia()).toBe('http');
  });

  it('keeps everything while the browser is offline', async () => {
    const { gps, http } = await startApp(fakeSocketIo(), 'testing');
    TestBed.inject(Connectivity).online.set(false);
    await recordFixes(gps, 0, 2);
    await gps.flush();
    http.expectNone('/api/v1/tracking/positions');
    expect(gps.queueSize()).toBe(2);
  });

  it('sends large queues in batches of 100, oldest first', async () => {
    const { gps, socket } = await startApp();
    await recordFixes(gps, 0, 150);
    const sent: number[][] = [];
    ackAll(socket, sent);
    socket.serverConnect();
    await settle();
    await gps.flush();
    expect(sent.map((b) => b.length)).toEqual([100, 50]);
    expect(sent[0][0]).toBe(1);
    expect(sent[1][0]).toBe(101);
  });

  it('drops only the point a refusal names and sends the rest again', async () => {
    const { gps, socket } = await startApp();
    await recordFixes(gps, 0, 3);
    let calls = 0;
    socket.answer = (_e, payload) => {
      calls++;
      const seqs = (payload as PositionPoint[]).map((p) => p.seq);
      if (seqs.includes(2)) {
        return {
          ok: false,
          error: { code: 'E_TOO_OLD', message: 'Too old', field: 'points.1.recordedAt' },
        };
      }
      return { ok: true, ackedSeq: Math.max(...seqs) };
    };
    socket.serverConnect();
    await settle();
    await gps.flush();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(gps.queueSize()).toBe(0);
    expect(gps.dropped()).toBe(1);
  });

  it('keeps points when the server says its store is unavailable', async () => {
    const { gps, socket, http } = await startApp(fakeSocketIo(), 'testing');
    await recordFixes(gps, 0, 1);
    socket.answer = () => ({ ok: false, error: { code: 'E_STORE_UNAVAILABLE', message: 'later' } });
    socket.serverConnect(); // reconnecting sends what waits: socket, then HTTP
    (await nextRequest(http, '/api/v1/tracking/positions')).flush(
      { errors: [{ code: 'E_STORE_UNAVAILABLE', message: 'later' }] },
      { status: 503, statusText: 'Unavailable' },
    );
    await settle(20);
    http.verify();
    expect(gps.queueSize()).toBe(1);
    expect(gps.dropped()).toBe(0);
  });
});
