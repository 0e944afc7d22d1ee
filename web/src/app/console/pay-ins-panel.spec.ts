import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { nextRequest, settle } from '../driver/testing';
import { PayInsPanel } from './pay-ins-panel';
import { provideTestApp } from '../testing';

const payment = {
  id: 41,
  orderId: 7,
  provider: 'mpesa',
  amount: 4_500_000,
  currency: 'KES',
  status: 'pending',
  failureReason: null,
  failureMessage: null,
  phone: '+254 •••• 0000',
  receipt: null,
  checkoutUrl: null,
  createdAt: '2026-12-01T08:00:00Z',
  settledAt: null,
};
const check = {
  id: 3,
  runAt: '2026-12-01T08:10:00Z',
  paymentId: 41,
  provider: 'mpesa',
  outcome: 'pending',
  settled: false,
  reason: 'not_acknowledged',
  detail: null,
  checkedBy: null,
};

async function open() {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PayInsPanel);
  fixture.detectChanges();
  const flushLists = async () => {
    (await nextRequest(http, '/api/v1/admin/payments/pending?perPage=50')).flush({
      data: [{ payment, ageMinutes: 130, stuck: true, acknowledged: false, lastCheck: check }],
      meta: {},
    });
    (
      await nextRequest(http, '/api/v1/admin/payments/reconciliations?perPage=50&unsettled=true')
    ).flush({ data: [check], meta: {} });
    await settle();
    fixture.detectChanges();
  };
  await flushLists();
  return { http, fixture, element: fixture.nativeElement as HTMLElement, flushLists };
}

describe('PayInsPanel: pay-ins waiting for their provider', () => {
  it('lists each with its provider, age and last check, and what reconciliation could not settle', async () => {
    const { element } = await open();
    const row = element.querySelector('[data-testid="pending-pay-ins"] tbody tr')!;
    expect(row.textContent).toContain('mpesa');
    expect(row.textContent).toContain('2 hr');
    expect(row.textContent).toContain('console.money.reconciliation.reasons.not_acknowledged');
    expect(element.querySelectorAll('[data-testid="reconciliations"] tbody tr').length).toBe(1);
  });

  it('stops waiting only with a reason, then shows what came of it and reloads', async () => {
    const { http, fixture, element, flushLists } = await open();
    const close = [...element.querySelectorAll<HTMLButtonElement>('tbody button')].find((b) =>
      b.textContent?.includes('payIns.close'),
    )!;
    close.click();
    fixture.detectChanges();
    const form = element.querySelector('[data-testid="pay-in-action"]')!;
    const confirm = [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes('closeNow'),
    )!;
    expect(confirm.disabled).toBe(true);
    const reason = form.querySelector('textarea')!;
    reason.value = 'The shipper paid in cash';
    reason.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(confirm.disabled).toBe(false);
    confirm.click();

    const request = await nextRequest(http, '/api/v1/admin/payments/41/close');
    expect(request.request.body).toEqual({ reason: 'The shipper paid in cash' });
    request.flush({
      payment: { ...payment, status: 'failed', failureReason: 'unreachable' },
      check: { ...check, outcome: 'failed', settled: true, reason: null, checkedBy: 1 },
    });
    await flushLists();
    expect(element.querySelector('[data-testid="pay-in-done"]')?.textContent).toContain(
      'console.money.reconciliation.outcomes.failed',
    );
    http.verify();
  });
});
