import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { RouteRun, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { fakeSocketIo } from '../core/realtime/fake-socket-io';
import { SOCKET_IO_LOADER } from '../core/realtime/socket';
import { nextRequest, settle, until } from '../driver/testing';
import { RouteMapPage } from './route-map-page';
import { provideTestApp } from '../testing';

const manager: Me = {
  id: 4,
  phone: '+254700000004',
  name: 'Mary',
  role: 'dispatcher',
  capabilities: ['run_milk_routes', 'work_in_cooperative', 'manage_cooperative'],
  locale: 'en',
  country: 'KE',
  organisation: { id: 2, name: 'Kiambu Dairy', kind: 'cooperative', country: 'KE' },
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** Keys stand for themselves. */

const run = {
  route: {
    id: 5,
    cooperativeId: 2,
    name: 'Route A',
    vehicleId: 1,
    driverId: 9,
    shifts: [],
    active: true,
    stops: [],
  },
  cooperative: { id: 2, name: 'Kiambu Dairy' },
  day: '2026-12-01',
  shifts: ['am'],
  stops: [
    {
      id: 11,
      position: 1,
      kind: 'farm_gate',
      centreId: null,
      name: 'Kamau gate',
      location: { lat: -1.05, lng: 36.77 },
      farmers: [],
    },
    {
      id: 12,
      position: 2,
      kind: 'centre',
      centreId: 1,
      name: 'Cooler',
      location: { lat: -1.04, lng: 36.78 },
      farmers: [],
    },
  ],
} as unknown as RouteRun;

const position = (driverId: number) => ({
  driverId,
  orderId: null,
  lat: -1.045,
  lng: 36.775,
  recordedAt: '2026-12-01T06:30:00.000Z',
  accuracy: 8,
  speed: 10,
  heading: null,
  altitude: null,
  battery: null,
  latest: true,
});

/** `early`: what the socket hears before the route's run has loaded. */
async function open(early?: (socket: ReturnType<typeof fakeSocketIo>['sockets'][number]) => void) {
  const io = fakeSocketIo();
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), { provide: SOCKET_IO_LOADER, useValue: io.loader }],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: manager });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(RouteMapPage);
  fixture.componentRef.setInput('id', '5');
  fixture.detectChanges();
  const request = await nextRequest(http, '/api/v1/collection-routes/5/today');
  await until(() => io.sockets.length > 0);
  const socket = io.sockets.at(-1)!;
  socket.serverConnect();
  await settle();
  early?.(socket);
  request.flush(run);
  await settle();
  fixture.detectChanges();
  const status = () =>
    (fixture.nativeElement as HTMLElement).querySelector('[data-testid=truck-status]')!
      .textContent!;
  return { fixture, socket, status };
}

describe('RouteMapPage', () => {
  it('joins the route’s room and moves the truck with its driver’s points only', async () => {
    const { fixture, socket, status } = await open();
    await until(() => socket.emitted.some((e) => e.event === 'route:watch'));
    expect(socket.emitted.find((e) => e.event === 'route:watch')!.payload).toEqual({ routeId: 5 });
    expect(status()).toContain('cooperative.truckNotSeen');
    const stops = (fixture.nativeElement as HTMLElement).querySelectorAll(
      '[data-testid=stop-list] li',
    );
    expect(stops).toHaveLength(2);

    socket.fire('position', position(77));
    fixture.detectChanges();
    expect(status()).toContain('cooperative.truckNotSeen');
    socket.fire('position', position(9));
    fixture.detectChanges();
    expect(status()).toContain('cooperative.truckSeen');
  });

  it('shows the truck where it was last seen, sent on joining, even before the route has loaded', async () => {
    const { status } = await open((socket) => socket.fire('position', position(9)));
    expect(status()).toContain('cooperative.truckSeen');
  });

  it('says so when the server takes the user out of the room', async () => {
    const { fixture, socket, status } = await open();
    socket.fire('unwatched', { room: 'route:6' });
    fixture.detectChanges();
    expect(status()).not.toContain('cooperative.routeLost');
    socket.fire('unwatched', { room: 'route:5' });
    fixture.detectChanges();
    expect(status()).toContain('cooperative.routeLost');
  });
});
