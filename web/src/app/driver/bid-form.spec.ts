import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { BidForm } from './bid-form';
import { Order } from '../order/order';
import { nextRequest, settle, until } from './testing';
import { provideTestApp } from '../testing';

const posted = {
  id: 42,
  status: 'posted',
  pickup: { lat: -1.29, lng: 36.82, address: 'Moi Avenue', contactName: null, contactPhone: null },
  dropoff: { lat: -1.03, lng: 37.07, address: 'Thika', contactName: null, contactPhone: null },
  cargo: { kind: 'maize', weightKg: 5000, volumeM3: null, count: null },
  priceAmount: 2_500_000,
  currency: 'KES',
  openToBids: true,
} as Order;

type VehicleRow = { id: number; plate: string; vehicleType: null; eligibility?: unknown };
const ready: VehicleRow[] = [{ id: 3, plate: 'KBX 123A', vehicleType: null }];

async function openForm(vehicles: VehicleRow[] = ready) {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(BidForm);
  fixture.componentRef.setInput('id', '42');
  fixture.detectChanges();
  (await nextRequest(http, '/api/v1/orders/42')).flush(posted);
  http.expectOne('/api/v1/vehicles').flush({ data: vehicles, meta: {} });
  await settle();
  fixture.detectChanges();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

/** The next split asked for (`match` takes what it finds off the controller's list). */
async function nextSplit(http: HttpTestingController): Promise<TestRequest> {
  let found: TestRequest[] = [];
  await until(() => (found = http.match((r) => r.url === '/api/v1/price-split')).length > 0);
  if (!found.length) throw new Error('No request to /api/v1/price-split');
  return found.at(-1)!;
}

function fill(fixture: ComponentFixture<BidForm>, selector: string, value: string) {
  const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
}

describe('BidForm', () => {
  it('starts from the asking price in the order currency, with the first vehicle', async () => {
    const { element } = await openForm();
    expect(element.querySelector<HTMLInputElement>('#amount')!.value).toBe('25000');
    expect(element.querySelector<HTMLSelectElement>('#currency')!.value).toBe('KES');
  });

  it('shows what the carrier nets at the amount typed, as the API splits it', async () => {
    const { fixture, http, element } = await openForm();
    fill(fixture, '#amount', '24000.5');
    const quote = await nextSplit(http);
    // The typed amount goes in minor units; the rate stays on the server.
    expect(quote.request.params.get('amount')).toBe('2400050');
    expect(quote.request.params.get('currency')).toBe('KES');
    quote.flush({ total: 2_400_050, basisPoints: 1000, commission: 240_005, net: 2_160_045 });
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="price-split"]')).not.toBeNull();

    fill(fixture, '#amount', '23000');
    const failing = await nextSplit(http);
    expect(failing.request.params.get('amount')).toBe('2300000');
    failing.flush({ errors: [] }, { status: 503, statusText: 'Unavailable' });
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="split-unavailable"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="price-split"]')).toBeNull();
  });

  it('sends the amount in minor units and goes back to the board', async () => {
    const { fixture, http, element } = await openForm();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fill(fixture, '#amount', '24000.5');
    fill(fixture, '#note', '  Empty truck nearby ');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    const request = await nextRequest(http, '/api/v1/orders/42/bids');
    expect(request.request.body).toMatchObject({
      amount: 2_400_050,
      currency: 'KES',
      vehicleId: 3,
      note: 'Empty truck nearby',
    });
    expect(Date.parse(request.request.body.estimatedPickupAt)).toBeGreaterThan(Date.now());
    request.flush({ id: 1 });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/driver'], expect.anything());
  });

  it("puts the server's refusal beside the field it names", async () => {
    const { fixture, http, element } = await openForm();
    fill(fixture, '#currency', 'XOF');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    (await nextRequest(http, '/api/v1/orders/42/bids')).flush(
      {
        errors: [
          {
            code: 'E_CURRENCY_MISMATCH',
            message: 'This order is paid in KES; bid in KES.',
            field: 'currency',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=currency-error]')?.textContent).toContain(
      'paid in KES',
    );
    expect(element.querySelector('#currency')!.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[data-testid=bid-form-error]')).toBeNull();
  });

  it('asks for an amount before calling the server', async () => {
    const { fixture, http, element } = await openForm();
    fill(fixture, '#amount', '');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    fixture.detectChanges();
    http.expectNone('/api/v1/orders/42/bids');
    expect(element.textContent).toContain('driver.bid.invalid.amount');
  });

  it('marks a truck that cannot bid with the reason and starts from one that can', async () => {
    const { element } = await openForm([
      {
        id: 5,
        plate: 'KCC 555C',
        vehicleType: null,
        eligibility: {
          eligible: false,
          reasons: [
            {
              code: 'INSURANCE_PENDING',
              message: '…',
              paper: { kind: 'insurance', problem: 'pending' },
            },
          ],
        },
      },
      { id: 3, plate: 'KBX 123A', vehicleType: null, eligibility: { eligible: true, reasons: [] } },
    ]);
    const blocked = element.querySelector<HTMLOptionElement>('[data-testid=vehicle-option-5]')!;
    expect(blocked.disabled).toBe(true);
    // "cannot bid:" — the colon comes with the words (shell.labelled), as French spaces it.
    expect(blocked.textContent).toContain('shell.labelled');
    expect(blocked.textContent).toContain('driver.firstSteps.paper.pending');
    expect(
      element.querySelector<HTMLSelectElement>('#vehicle')!.selectedOptions[0].textContent,
    ).toContain('KBX 123A');
  });
});
