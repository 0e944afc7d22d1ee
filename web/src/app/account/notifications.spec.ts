import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { Notification, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import type { NotificationMessage } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { Notifications, toNotification } from './notifications';

const user: Me = {
  id: 3,
  phone: '+254712345678',
  name: 'Amina',
  role: 'shipper',
  capabilities: ['post_orders'],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

function setUp() {
  const stream = new Subject<NotificationMessage>();
  const connects = new Subject<void>();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      {
        provide: Socket,
        useValue: { notifications$: stream.asObservable(), connects$: connects.asObservable() },
      },
    ],
  });
  const session = TestBed.inject(Session);
  session.start({ token: 'oat_1', user });
  const notifications = TestBed.inject(Notifications);
  const http = TestBed.inject(HttpTestingController);
  return { stream, connects, session, notifications, http };
}

const wire = (id: number, over: Partial<Notification> = {}): Notification => ({
  id,
  kind: 'bid_placed',
  title: `New bid on order #${id}`,
  body: 'Order: Sahel bids KES 42,000.00.',
  orderId: id,
  count: 1,
  critical: false,
  read: false,
  link: `/orders/${id}`,
  createdAt: '2026-11-23T08:00:00.000Z',
  ...over,
});

/** Answers the list request the store makes on sign-in. */
function serverHas(http: HttpTestingController, data: object[], unread: number) {
  TestBed.tick();
  http
    .expectOne((r) => r.url === '/api/v1/notifications')
    .flush({
      data,
      meta: { total: data.length, perPage: 50, currentPage: 1, lastPage: 1, unread },
    });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Notifications', () => {
  beforeEach(() => localStorage.clear());

  it('shows the server’s list and unread count on sign-in, then what the socket delivers', async () => {
    const { stream, notifications, http } = setUp();
    serverHas(http, [wire(2), wire(1, { read: true })], 1);
    await settle();
    expect(notifications.list().map((n) => n.id)).toEqual(['2', '1']);
    expect(notifications.unread()).toBe(1);

    stream.next(wire(3));
    expect(notifications.list()[0]).toMatchObject({ id: '3', link: '/orders/3', count: 1 });
    expect(notifications.unread()).toBe(2);
    // A burst that grows comes again with the same id and the new count: one line, counted once.
    stream.next(wire(3, { count: 4, title: '4 new bids on order #3' }));
    expect(notifications.list().filter((n) => n.id === '3')).toHaveLength(1);
    expect(notifications.list()[0].title).toBe('4 new bids on order #3');
    expect(notifications.unread()).toBe(2);
    stream.next(wire(3, { count: 4, title: '4 new bids on order #3' }));
    expect(notifications.unread()).toBe(2);
  });

  it('marks one read, then all, on the server; the bell follows its count', async () => {
    const { notifications, http } = setUp();
    serverHas(http, [wire(2), wire(1)], 2);
    await settle();

    const one = notifications.markRead('2');
    const read = http.expectOne('/api/v1/notifications/read');
    expect(read.request.body).toEqual({ ids: [2] });
    read.flush({ unread: 1 });
    await one;
    expect(notifications.unread()).toBe(1);
    expect(notifications.list().find((n) => n.id === '2')?.read).toBe(true);

    const all = notifications.markAllRead();
    const request = http.expectOne('/api/v1/notifications/read');
    expect(request.request.body).toEqual({ all: true });
    request.flush({ unread: 0 });
    await all;
    expect(notifications.unread()).toBe(0);
  });

  it('keeps the last list on the device (offline) and forgets everything on sign-out', async () => {
    const { notifications, http, session } = setUp();
    serverHas(http, [wire(5)], 1);
    await settle();
    TestBed.resetTestingModule();
    const again = setUp();
    expect(again.notifications.list().map((n) => n.title)).toEqual(['New bid on order #5']);
    TestBed.tick();
    again.http
      .expectOne((r) => r.url === '/api/v1/notifications')
      .error(new ProgressEvent('offline'), { status: 0 });
    await settle();
    expect(again.notifications.list()).toHaveLength(1);

    again.session.clear();
    TestBed.tick();
    expect(again.notifications.list()).toEqual([]);
    expect(localStorage.getItem('njia.notifications')).toBeNull();
    void notifications;
    void session;
  });

  it('keeps what the list shows of a notification, dated when the server made it', () => {
    expect(toNotification(wire(7, { orderId: null, link: '/fleet', read: true }))).toEqual({
      id: '7',
      kind: 'bid_placed',
      title: 'New bid on order #7',
      body: 'Order: Sahel bids KES 42,000.00.',
      orderId: null,
      link: '/fleet',
      count: 1,
      receivedAt: '2026-11-23T08:00:00.000Z',
      read: true,
    });
  });
});

describe('scoped translations', () => {
  it('have every English key in French and Swahili', async () => {
    const keys = (object: object, prefix = ''): string[] =>
      Object.entries(object)
        .flatMap(([key, value]) =>
          typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
        )
        .sort();
    for (const scope of ['account', 'dispatch', 'chat']) {
      const [en, fr, sw] = await Promise.all(
        ['en', 'fr', 'sw'].map((lang) =>
          import(`../../i18n/${scope}/${lang}.json`).then((m) => keys(m.default)),
        ),
      );
      expect(fr, `${scope}/fr`).toEqual(en);
      expect(sw, `${scope}/sw`).toEqual(en);
    }
  });
});
