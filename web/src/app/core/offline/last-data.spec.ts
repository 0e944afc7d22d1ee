import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { Me } from '../api/api-types';
import { Session } from '../auth/session';
import { lastDataInterceptor } from './last-data';
import { MAX_ENTRIES, forgetLastData } from './last-data-store';

const user = (id: number): Me => ({
  id,
  phone: '+254712345678',
  name: 'Juma',
  role: 'dispatcher',
  capabilities: [],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
});

function setUp(userId = 1) {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([lastDataInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  TestBed.inject(Session).start({ token: 'oat_x', user: user(userId) });
  return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
}

const offline = { status: 0, statusText: 'Unknown Error' };

describe('lastDataInterceptor', () => {
  beforeEach(() => localStorage.clear());

  it('answers a read with its last answer when the network is gone, and says so', async () => {
    const { http, backend } = setUp();
    const online = firstValueFrom(http.get('/api/v1/orders', { params: { perPage: 100 } }));
    backend.expectOne('/api/v1/orders?perPage=100').flush({ data: [{ id: 7 }] });
    await online;

    const later = firstValueFrom(
      http.get('/api/v1/orders', { params: { perPage: 100 }, observe: 'response' }),
    );
    backend.expectOne('/api/v1/orders?perPage=100').error(new ProgressEvent('error'), offline);
    const response = await later;
    expect(response.body).toEqual({ data: [{ id: 7 }] });
    expect(response.headers.get('X-Njia-Offline-Copy')).toBe('1');
  });

  it('never shows one user the data of another, and forgets everything on sign-out', async () => {
    const first = setUp(1);
    const read = firstValueFrom(first.http.get('/api/v1/me'));
    first.backend.expectOne('/api/v1/me').flush({ id: 1 });
    await read;

    const second = setUp(2);
    const other = firstValueFrom(second.http.get('/api/v1/me'));
    second.backend.expectOne('/api/v1/me').error(new ProgressEvent('error'), offline);
    await expect(other).rejects.toMatchObject({ status: 0 });

    forgetLastData();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('njia.last'))).toEqual([]);
  });

  it('passes server refusals and writes through, and keeps a bounded number of answers', async () => {
    const { http, backend } = setUp();
    const refused = firstValueFrom(http.get('/api/v1/orders/3'));
    backend.expectOne('/api/v1/orders/3').flush({ errors: [] }, { status: 404, statusText: 'NF' });
    await expect(refused).rejects.toMatchObject({ status: 404 });

    const post = firstValueFrom(http.post('/api/v1/orders', {}));
    backend.expectOne('/api/v1/orders').flush({ id: 1 });
    await post;

    for (let i = 0; i < MAX_ENTRIES + 5; i++) {
      const read = firstValueFrom(http.get(`/api/v1/orders/${i}`));
      backend.expectOne(`/api/v1/orders/${i}`).flush({ id: i });
      await read;
    }
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('njia.last:'));
    expect(stored).toHaveLength(MAX_ENTRIES);
  });
});
