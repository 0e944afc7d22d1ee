import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { User } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import type { NotificationMessage } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { Notifications, toNotification } from './notifications';

const user: User = {
  id: 3,
  phone: '+254712345678',
  name: 'Amina',
  role: 'shipper',
  locale: 'en',
  organisation: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

function setUp() {
  const stream = new Subject<NotificationMessage>();
  TestBed.configureTestingModule({
    providers: [{ provide: Socket, useValue: { notifications$: stream.asObservable() } }],
  });
  const session = TestBed.inject(Session);
  session.start({ token: 'oat_1', user });
  return { stream, session, notifications: TestBed.inject(Notifications) };
}

describe('Notifications', () => {
  beforeEach(() => localStorage.clear());

  it('lists what the socket delivers, newest first, unread until read', () => {
    const { stream, notifications } = setUp();
    stream.next({ id: 1, title: 'New bid', body: 'KES 42,000 from Sahel', orderId: 7 });
    stream.next({ id: 2, type: 'order.assigned', data: { orderId: 8 } });
    expect(notifications.list().map((n) => n.title)).toEqual(['order.assigned', 'New bid']);
    expect(notifications.list()[1]).toMatchObject({ body: 'KES 42,000 from Sahel', orderId: 7 });
    expect(notifications.list()[0].orderId).toBe(8);
    expect(notifications.unread()).toBe(2);
    notifications.markAllRead();
    expect(notifications.unread()).toBe(0);
  });

  it('ignores a notification delivered twice and keeps the list after a reload', () => {
    const { stream, notifications } = setUp();
    stream.next({ id: 'a', message: 'Truck arrived at pickup' });
    stream.next({ id: 'a', message: 'Truck arrived at pickup' });
    expect(notifications.list()).toHaveLength(1);
    TestBed.resetTestingModule();
    expect(
      setUp()
        .notifications.list()
        .map((n) => n.title),
    ).toEqual(['Truck arrived at pickup']);
  });

  it('forgets everything on sign-out', () => {
    const { stream, session, notifications } = setUp();
    stream.next({ id: 1, title: 'Hello' });
    session.clear();
    TestBed.tick();
    expect(notifications.list()).toEqual([]);
    expect(localStorage.getItem('njia.notifications')).toBeNull();
  });

  it('turns any payload into a readable line', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    expect(toNotification({}, now)).toMatchObject({ title: '…', orderId: null, read: false });
    expect(toNotification({ title: 'T', message: 'M', orderId: 'x' }, now)).toMatchObject({
      title: 'T',
      body: 'M',
      orderId: null,
      receivedAt: '2026-11-23T08:00:00.000Z',
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
    for (const scope of ['account', 'dispatch']) {
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
