import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { ChatMessage, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { Socket } from '../core/realtime/socket';
import { ChatStore } from './chat-store';

const me: Me = {
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

const message = (
  id: number,
  senderId: number,
  body: string,
  clientId = `c-${id}`,
): ChatMessage => ({
  id,
  orderId: 7,
  clientId,
  kind: 'text',
  body,
  sender: {
    id: senderId,
    name: senderId === 3 ? 'Amina' : 'Juma',
    side: senderId === 3 ? 'shipper' : 'carrier',
  },
  attachment: null,
  createdAt: '2026-11-23T08:00:00.000Z',
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp() {
  const connected = signal(true);
  const socket = {
    chatMessages$: new Subject<ChatMessage>(),
    chatReceipts$: new Subject<{ orderId: number; userId: number; readUpTo?: number }>(),
    chatTyping$: new Subject<{ orderId: number; userId: number; name: string; typing: boolean }>(),
    connects$: new Subject<void>(),
    connected,
    emitWithAck: vi.fn(),
  };
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      ChatStore,
      { provide: Socket, useValue: socket },
    ],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: me });
  return { socket, store: TestBed.inject(ChatStore), http: TestBed.inject(HttpTestingController) };
}

async function opened(http: HttpTestingController, store: ChatStore, data: ChatMessage[]) {
  const open = store.open(7);
  http
    .expectOne((r) => r.url === '/api/v1/orders/7/chat/messages')
    .flush({ data, meta: { hasMore: false, readOnly: false, receipts: [] } });
  await open;
}

describe('ChatStore', () => {
  beforeEach(() => localStorage.clear());

  it('shows the history, adds live messages of this order only, and reads what arrives', async () => {
    const { socket, store, http } = setUp();
    socket.emitWithAck.mockResolvedValue({ ok: true });
    await opened(http, store, [message(1, 9, 'At the gate')]);
    expect(socket.emitWithAck).toHaveBeenCalledWith('chat:read', { orderId: 7, upTo: 1 });

    socket.chatMessages$.next(message(2, 9, 'Loading now'));
    socket.chatMessages$.next({ ...message(3, 9, 'Other order'), orderId: 8 });
    socket.chatMessages$.next(message(2, 9, 'Loading now'));
    expect(store.messages().map((m) => m.body)).toEqual(['At the gate', 'Loading now']);
    socket.chatReceipts$.next({ orderId: 7, userId: 9, readUpTo: 5 });
    expect(store.seen()).toEqual({ delivered: 5, read: 5 });
  });

  it('a text written offline waits on the device and is sent once, with the same client id, when the socket is back', async () => {
    const { socket, store, http } = setUp();
    socket.emitWithAck.mockResolvedValue({ ok: true });
    await opened(http, store, []);
    socket.connected.set(false);
    const sending = store.send('Leaving in 5 minutes');
    const post = http.expectOne('/api/v1/orders/7/chat/messages');
    const clientId = post.request.body.clientId;
    post.error(new ProgressEvent('offline'), { status: 0 });
    await sending;
    expect(store.pending().map((p) => p.body)).toEqual(['Leaving in 5 minutes']);
    expect(JSON.parse(localStorage.getItem('njia.chat.pending.3.7')!)).toHaveLength(1);

    socket.connected.set(true);
    socket.emitWithAck.mockImplementation(async (event: string, payload: { clientId: string }) =>
      event === 'chat:send'
        ? { ok: true, message: message(4, 3, 'Leaving in 5 minutes', payload.clientId) }
        : { ok: true },
    );
    socket.connects$.next();
    socket.connects$.next();
    await settle();
    const sends = socket.emitWithAck.mock.calls.filter(([event]) => event === 'chat:send');
    expect(sends.map(([, payload]) => payload.clientId)).toEqual([clientId]);
    expect(store.pending()).toEqual([]);
    expect(store.messages().map((m) => m.id)).toEqual([4]);
    expect(localStorage.getItem('njia.chat.pending.3.7')).toBeNull();
  });

  it('a refused send is dropped with the reason; the conversation of an order without one stays hidden', async () => {
    const { socket, store, http } = setUp();
    socket.emitWithAck.mockResolvedValue({
      ok: false,
      error: { code: 'E_CHAT_READ_ONLY', message: 'read-only' },
    });
    await opened(http, store, []);
    await store.send('too late');
    expect(store.pending()).toEqual([]);
    expect(store.error()?.formErrors[0].message).toBe('read-only');

    const other = store.open(8);
    http
      .expectOne('/api/v1/orders/8/chat/messages')
      .flush(
        { errors: [{ code: 'E_INVALID_STATE', message: 'posted' }] },
        { status: 409, statusText: 'Conflict' },
      );
    await other;
    expect(store.unavailable()).toBe(true);
  });
});
