import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest, settle } from '../driver/testing';
import { OrganisationPanel } from './organisation-panel';
import { provideTestApp } from '../testing';

describe('OrganisationPanel: an organisation in the console', () => {
  it('shows its vehicles and its ratings', async () => {
    TestBed.configureTestingModule({
      providers: [...provideTestApp()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrganisationPanel);
    fixture.componentRef.setInput('organisationId', 5);
    fixture.detectChanges();
    (await nextRequest(http, '/api/v1/vehicles?organisationId=5&perPage=100')).flush({
      data: [{ id: 1, plate: 'KDA 123A', capacityKg: 8000, vehicleType: { name: 'Truck 8 t' } }],
      meta: {},
    });
    (await nextRequest(http, '/api/v1/ratings/organisations/5')).flush({
      organisationId: 5,
      average: 4.5,
      count: 2,
      recent: [
        {
          score: 5,
          comment: 'On time',
          createdAt: '2026-12-01T08:00:00Z',
          direction: 'shipper_to_carrier',
        },
      ],
    });
    await settle();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="organisation-vehicles"]')?.textContent).toContain(
      'KDA 123A',
    );
    const rating = element.querySelector('[data-testid="organisation-rating"]')?.textContent ?? '';
    expect(rating).toContain('console.accounts.average');
    expect(rating).toContain('On time');
    http.verify();
  });
});
