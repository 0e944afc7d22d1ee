import 'fake-indexeddb/auto';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { of } from 'rxjs';
import { Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { Connectivity } from '../core/network/connectivity';
import { fakeSocketIo } from '../core/realtime/fake-socket-io';
import { SOCKET_IO_LOADER } from '../core/realtime/socket';
import { Order, OrderAction, OrderStatus } from '../order/order';
import { GEOLOCATION } from './gps/gps-streamer';
import { OfflineActions } from './actions/offline-actions';
import { By } from '@angular/platform-browser';
import { Job } from './job';
import { SignatureField } from './signature-field';
import { nextRequest, settle, until } from './testing';
import { provideTestApp } from '../testing';

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

/** Keys stand for themselves: the assertions read `order.status.assigned`. */

/** The order as the server sends it to its driver: its status and what the driver may do now. */
function order(
  status: OrderStatus,
  allowedActions: OrderAction[] = [],
  typed: Partial<Order> = {},
): Order {
  const place = {
    lat: -1.29,
    lng: 36.82,
    address: 'Moi Avenue',
    contactName: null,
    contactPhone: null,
  };
  return {
    id: 42,
    name: 'maize · Industrial Area → Thika',
    status,
    pickup: place,
    dropoff: { ...place, address: 'Thika' },
    cargo: { kind: 'maize', weightKg: 5000, volumeM3: null, count: null },
    priceAmount: 2_500_000,
    currency: 'KES',
    openToBids: true,
    paymentMethod: 'cash',
    notes: null,
    assignedDriverId: 9,
    assignedVehicleId: 3,
    updatedAt: '2026-01-01T08:00:00.000Z',
    allowedActions,
    ...typed,
  } as Order;
}

async function openJob(
  status: OrderStatus,
  allowedActions: OrderAction[],
  typed: Partial<Order> = {},
) {
  TestBed.configureTestingModule({
    providers: [
      ...provideTestApp(),
      { provide: SOCKET_IO_LOADER, useValue: fakeSocketIo().loader },
      { provide: GEOLOCATION, useValue: null },
    ],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: driver });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(Job);
  fixture.componentRef.setInput('id', '42');
  fixture.detectChanges();
  (await nextRequest(http, '/api/v1/orders/42')).flush(order(status, allowedActions, typed));
  await settle();
  fixture.detectChanges();
  return { fixture, http };
}

const text = (fixture: ComponentFixture<Job>, testId: string) =>
  (fixture.nativeElement as HTMLElement).querySelector(`[data-testid=${testId}]`)?.textContent ??
  '';

function button(fixture: ComponentFixture<Job>, label: string): HTMLButtonElement {
  const buttons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')];
  return buttons.find((b) => b.textContent?.includes(label))!;
}

describe('Job', () => {
  beforeEach(() => {
    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
  });

  it('offers only the next move and shows the server status after it', async () => {
    const { fixture, http } = await openJob('assigned', ['startPickup']);
    expect(text(fixture, 'job-status')).toContain('order.status.assigned');
    expect(button(fixture, 'driver.move.pickup_pending').disabled).toBe(false);
    expect(button(fixture, 'driver.move.picked_up').disabled).toBe(true);

    button(fixture, 'driver.move.pickup_pending').click();
    const request = await nextRequest(http, '/api/v1/orders/42/status');
    expect(request.request.body).toEqual({ status: 'pickup_pending' });
    request.flush(order('pickup_pending', ['pickUp']));
    await settle();
    fixture.detectChanges();
    expect(text(fixture, 'job-status')).toContain('order.status.pickup_pending');
    expect(button(fixture, 'driver.move.picked_up').disabled).toBe(false);
  });

  it('reads the order again when a move is refused, so the buttons match the server', async () => {
    const { fixture, http } = await openJob('assigned', ['startPickup']);
    button(fixture, 'driver.move.pickup_pending').click();
    (await nextRequest(http, '/api/v1/orders/42/status')).flush(
      { errors: [{ code: 'E_INVALID_STATE', message: 'Order 42 is cancelled.' }] },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextRequest(http, '/api/v1/orders/42')).flush(order('cancelled'));
    await settle();
    fixture.detectChanges();
    expect(text(fixture, 'move-error')).toContain('Order 42 is cancelled.');
    expect(text(fixture, 'job-status')).toContain('order.status.cancelled');
    for (const move of ['pickup_pending', 'picked_up', 'in_transit', 'delivered']) {
      expect(button(fixture, `driver.move.${move}`).disabled).toBe(true);
    }
  });

  it('shows a move made offline as waiting, then the server truth once it is replayed', async () => {
    const { fixture, http } = await openJob('picked_up', ['depart']);
    const connectivity = TestBed.inject(Connectivity);
    connectivity.online.set(false);
    button(fixture, 'driver.move.in_transit').click();
    await until(() => TestBed.inject(OfflineActions).pending().length === 1);
    fixture.detectChanges();
    expect(text(fixture, 'job-status')).toContain('order.status.in_transit');
    expect(text(fixture, 'job-status')).toContain('driver.job.waitingForNetwork');
    http.expectNone('/api/v1/orders/42/status');

    connectivity.online.set(true);
    TestBed.tick();
    let replayed: TestRequest | undefined;
    await until(() => (replayed = http.match('/api/v1/orders/42/status')[0]) !== undefined);
    replayed!.flush(
      { errors: [{ code: 'E_INVALID_STATE', message: 'Reassigned' }] },
      { status: 409, statusText: 'Conflict' },
    );
    let reread: TestRequest | undefined;
    await until(() => (reread = http.match('/api/v1/orders/42')[0]) !== undefined);
    reread!.flush(order('picked_up', ['depart']));
    await until(() => TestBed.inject(OfflineActions).pending().length === 0);
    await settle();
    fixture.detectChanges();
    expect(text(fixture, 'job-status')).toContain('order.status.picked_up');
    expect(text(fixture, 'job-status')).not.toContain('driver.job.waitingForNetwork');
    expect(text(fixture, 'rejection')).toContain('Reassigned');
  });

  it('offers no move the server does not list, whatever the status says', async () => {
    // Assigned, but the carrier's dispatcher is moving the order to another driver.
    const { fixture } = await openJob('assigned', []);
    for (const move of ['pickup_pending', 'picked_up', 'in_transit', 'delivered']) {
      expect(button(fixture, `driver.move.${move}`).disabled).toBe(true);
    }
  });

  it('opens the proof of delivery while the server takes one', async () => {
    const { fixture } = await openJob('in_transit', ['deliver', 'submitProof']);
    expect(button(fixture, 'driver.pod.submit')).toBeDefined();
    expect(button(fixture, 'driver.move.delivered').disabled).toBe(false);
  });

  it('sends no proof for a tap made while the form was wrong, even if it is corrected while the signature is read', async () => {
    const { fixture, http } = await openJob('delivered', ['submitProof']);
    const page = fixture.nativeElement as HTMLElement;
    const photo = page.querySelector<HTMLInputElement>('#pod-photo')!;
    const goods = new File(['png'], 'goods.png', { type: 'image/png' });
    Object.defineProperty(photo, 'files', { value: [goods] });
    photo.dispatchEvent(new Event('change'));
    const pad = fixture.debugElement.query(By.directive(SignatureField))
      .componentInstance as SignatureField;
    pad.empty.set(false);
    let giveSignature!: (blob: Blob) => void;
    vi.spyOn(pad, 'toBlob').mockReturnValue(new Promise((resolve) => (giveSignature = resolve)));
    const type = (selector: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#receiver-name', 'Wanjiku Kamau');
    type('#receiver-phone', '0712');

    button(fixture, 'driver.pod.submit').click();
    type('#receiver-phone', '+254 712 345 678');
    giveSignature(new Blob(['png'], { type: 'image/png' }));
    await settle(100);

    expect(http.match({ method: 'POST', url: '/api/v1/orders/42/proof-of-delivery' })).toHaveLength(
      0,
    );
    fixture.detectChanges();
    expect(button(fixture, 'driver.pod.submit').disabled).toBe(false);
  });

  it('keeps the proof of delivery closed when the server takes none (one was sent)', async () => {
    const { fixture } = await openJob('delivered', []);
    expect(button(fixture, 'driver.pod.submit')).toBeUndefined();
  });

  it('shows markup typed into an order as words, on the page and on its map', async () => {
    const typed = '<img src="x" onerror="alert(1)"><b class="fake">Session expired: sign in</b>';
    const place = { lat: -1.29, lng: 36.82, contactName: typed, contactPhone: null };
    const { fixture, http } = await openJob('assigned', [], {
      pickup: { ...place, address: `${typed} pickup` },
      dropoff: { ...place, lat: -1.03, address: `${typed} dropoff` },
      cargo: { kind: typed, weightKg: 5000, volumeM3: null, count: null },
      name: `${typed} · ${typed} pickup → ${typed} dropoff`,
      notes: typed,
    } as Partial<Order>);
    const page = fixture.nativeElement as HTMLElement;
    document.body.append(page);
    (await nextRequest(http, '/api/v1/config')).flush(null, { status: 503, statusText: 'Down' });
    await until(() => page.querySelectorAll('.leaflet-tooltip').length === 2);
    fixture.detectChanges();
    expect(page.textContent).toContain(`${typed} pickup`);
    const labels = [...page.querySelectorAll('.leaflet-tooltip')].map((l) => l.textContent);
    expect(labels).toEqual([`${typed} pickup`, `${typed} dropoff`]);
    expect(page.querySelector('img[src="x"], b.fake')).toBeNull();
    page.remove();
  });

  it('shows what the carrier nets on the order once it has a split', async () => {
    const split = { total: 2_500_000, basisPoints: 1000, commission: 250_000, net: 2_250_000 };
    const { fixture } = await openJob('assigned', ['startPickup'], { split });
    expect(text(fixture, 'split-headline')).toContain('order.split.carrierNet');
  });
});
