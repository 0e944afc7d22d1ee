import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Order, OrderCrew } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { CrewCard } from './crew-card';

const crew = (phone: string | null, photoUrl: string | null = null): OrderCrew => ({
  driver: { id: 7, name: 'Kamau Njoroge', phone, photoUrl },
  vehicle: {
    id: 3,
    plate: 'KBX 123A',
    make: null,
    model: null,
    capacityKg: 10_000,
    type: {
      id: 1,
      code: 'flatbed_10t',
      name: 'Flatbed 10 t',
      names: { en: 'Flatbed 10 t', fr: 'Plateau 10 t', sw: 'Lori la wazi tani 10' },
      body: 'flatbed',
    },
  },
  carrier: { id: 4, name: 'Rift Valley Haulage', rating: { average: 4.5, count: 12 } },
});

async function render(answer: OrderCrew) {
  const api = { crew: vi.fn(async () => answer) };
  const blob = vi.fn(async () => new Blob(['jpeg'], { type: 'image/jpeg' }));
  TestBed.configureTestingModule({
    imports: [CrewCard],
    providers: [
      { provide: OrdersApi, useValue: api },
      { provide: Api, useValue: { blob } },
      provideTransloco({
        config: { availableLangs: ['en'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  const fixture = TestBed.createComponent(CrewCard);
  fixture.componentRef.setInput('order', {
    id: 12,
    status: 'assigned',
    assignedDriverId: 7,
    assignedVehicleId: 3,
  } as Order);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 5));
  fixture.detectChanges();
  return { element: fixture.nativeElement as HTMLElement, api, blob };
}

describe('CrewCard', () => {
  it('names the driver, the truck and the carrier, and calls the driver by phone', async () => {
    const { element, api } = await render(crew('+254712000401'));
    expect(api.crew).toHaveBeenCalledWith(12);
    expect(element.querySelector('[data-testid=crew-driver]')?.textContent).toContain(
      'Kamau Njoroge',
    );
    expect(element.querySelector('[data-testid=crew-truck]')?.textContent).toContain('KBX 123A');
    expect(element.querySelector('[data-testid=crew-truck]')?.textContent).toContain(
      'Flatbed 10 t',
    );
    expect(element.querySelector('[data-testid=crew-carrier]')?.textContent).toContain(
      'Rift Valley Haulage',
    );
    const call = element.querySelector<HTMLAnchorElement>('[data-testid=call-driver]')!;
    expect(call.getAttribute('href')).toBe('tel:+254712000401');
  });

  it('offers no call when the server gives no phone', async () => {
    const { element } = await render(crew(null));
    expect(element.querySelector('[data-testid=crew-driver]')).not.toBeNull();
    expect(element.querySelector('[data-testid=call-driver]')).toBeNull();
  });

  it("shows the driver's photo when they have one, fetched behind the sign-in", async () => {
    const { element, blob } = await render(crew(null, '/api/v1/orders/12/crew/photo'));
    expect(blob).toHaveBeenCalledWith('/api/v1/orders/12/crew/photo');
    const img = element.querySelector<HTMLImageElement>('[data-testid=crew-photo] img')!;
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    expect(img.getAttribute('alt')).toBeTruthy();
  });

  it('shows no photo when the driver has none', async () => {
    const { element, blob } = await render(crew(null));
    expect(blob).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid=crew-photo] img')).toBeNull();
  });
});
