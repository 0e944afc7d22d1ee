import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { Session } from './session';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
  });

  it('sends the bearer token to our API only', () => {
    session.start({ token: 'oat_abc', user: { role: 'driver' } as never });
    http.get('/api/v1/me').subscribe();
    http.get('https://tiles.example.com/1/2/3.png').subscribe();
    expect(backend.expectOne('/api/v1/me').request.headers.get('Authorization')).toBe(
      'Bearer oat_abc',
    );
    expect(
      backend.expectOne('https://tiles.example.com/1/2/3.png').request.headers.has('Authorization'),
    ).toBe(false);
  });

  it('signs out and goes to sign-in when the token is refused', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    session.start({ token: 'oat_revoked', user: { role: 'driver' } as never });
    const call = firstValueFrom(http.get('/api/v1/me'));
    backend
      .expectOne('/api/v1/me')
      .flush(
        { errors: [{ code: 'E_UNAUTHORIZED', message: 'no' }] },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(call).rejects.toBeTruthy();
    expect(session.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { expired: 1 } });
  });
});
