import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Api, buildPath, buildQuery } from './api-client';

describe('Api', () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    return { api: TestBed.inject(Api), http: TestBed.inject(HttpTestingController) };
  }

  it('fills the documented path parameters, escaped', () => {
    expect(buildPath('/api/v1/orders/{id}/bids/{bidId}', { id: 4, bidId: 'a/b' })).toBe(
      '/api/v1/orders/4/bids/a%2Fb',
    );
    expect(() => buildPath('/api/v1/orders/{id}', {})).toThrow(/id/);
  });

  it('leaves out query parameters that are not set', () => {
    expect(buildQuery({ lat: -1.5, lng: 36, vehicleType: undefined, q: '' }).toString()).toBe(
      'lat=-1.5&lng=36',
    );
  });

  it('sends typed requests and resolves with the JSON answer', async () => {
    const { api, http } = setUp();
    const suggestions = api.get('/api/v1/orders/{id}/suggestions', {
      path: { id: 12 },
      query: { radiusKm: 50 },
    });
    const request = http.expectOne('/api/v1/orders/12/suggestions?radiusKm=50');
    expect(request.request.method).toBe('GET');
    request.flush({ data: [] });
    expect(await suggestions).toEqual({ data: [] });

    const assigned = api.post('/api/v1/orders/{id}/assign', {
      path: { id: 12 },
      body: { driverId: 3, vehicleId: 5 },
    });
    const post = http.expectOne('/api/v1/orders/12/assign');
    expect(post.request.body).toEqual({ driverId: 3, vehicleId: 5 });
    post.flush({ id: 12, status: 'assigned' });
    expect((await assigned).status).toBe('assigned');
  });

  it('rejects with the HttpErrorResponse, for toApiError to map', async () => {
    const { api, http } = setUp();
    const failing = api.post('/api/v1/auth/logout');
    http
      .expectOne('/api/v1/auth/logout')
      .flush({ errors: [{ code: 'E_X', message: 'x' }] }, { status: 409, statusText: 'Conflict' });
    await expect(failing).rejects.toMatchObject({ status: 409 });
  });
});
