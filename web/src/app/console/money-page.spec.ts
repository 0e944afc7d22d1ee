import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Response } from '../core/api/api-client';
import { payoutActionValues } from '../core/api/openapi-enums';
import { nextRequest, settle } from '../driver/testing';
import { MoneyPage } from './money-page';
import { provideTestApp } from '../testing';

type Payout = Response<'/api/v1/admin/payouts', 'get'>['data'][number];

const payout = (id: number, fields: Partial<Payout>): Payout => ({
  id,
  kind: 'carrier',
  orderId: 40 + id,
  organisationId: 3,
  payee: 'Kamau Transport',
  provider: 'mpesa',
  amount: 450000,
  currency: 'KES',
  phone: '+254 •••• 5678',
  status: 'queued',
  attempt: 1,
  failureReason: null,
  failureMessage: null,
  heldReason: null,
  heldMessage: null,
  outcomeUnknown: false,
  allowedActions: [],
  receipt: null,
  reason: null,
  createdAt: '2026-11-30T08:00:00.000Z',
  requestedAt: null,
  settledAt: null,
  ...fields,
});

async function open(payouts: Payout[]) {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MoneyPage);
  fixture.detectChanges();
  (await nextRequest(http, '/api/v1/admin/ledger/totals')).flush({ data: [] });
  (await nextRequest(http, '/api/v1/admin/payouts?perPage=50')).flush({ data: payouts, meta: {} });
  await settle();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const buttonsOf = (row: number) =>
    [
      ...element
        .querySelectorAll('[data-testid="payouts"] tbody tr')
        [row].querySelectorAll('button'),
    ].map((button) => button.getAttribute('data-testid'));
  return { http, fixture, element, buttonsOf };
}

describe('MoneyPage: what an operator may do to a payout', () => {
  it('shows exactly the actions the API allows, whatever the status says', async () => {
    const { buttonsOf } = await open([
      // A failed payout with a key: the web used to guess "mark sent" from requestedAt.
      payout(1, {
        status: 'failed',
        failureReason: 'recipient_invalid',
        requestedAt: '2026-11-30T08:01:00.000Z',
        allowedActions: ['retry', 'cancel'],
      }),
      // Outcome unknown: every action the API names, in its order.
      payout(2, {
        status: 'sending',
        outcomeUnknown: true,
        allowedActions: [...payoutActionValues],
      }),
      // Queued: the API offers only cancelling it.
      payout(3, { allowedActions: ['cancel'] }),
      payout(4, { status: 'sent', settledAt: '2026-11-30T08:02:00.000Z', allowedActions: [] }),
    ]);
    expect(buttonsOf(0)).toEqual(['payout-retry', 'payout-cancel']);
    expect(buttonsOf(1)).toEqual(payoutActionValues.map((action) => `payout-${action}`));
    expect(buttonsOf(2)).toEqual(['payout-cancel']);
    expect(buttonsOf(3)).toEqual([]);
  });

  it('cancels through the API and shows the payout as the API answers it', async () => {
    const { http, fixture, element, buttonsOf } = await open([
      payout(3, { allowedActions: ['cancel'] }),
    ]);
    element.querySelector<HTMLButtonElement>('[data-testid="payout-cancel"]')!.click();
    fixture.detectChanges();
    const reason = element.querySelector<HTMLTextAreaElement>('#payout-reason')!;
    reason.value = 'carrier closed its account';
    reason.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    const confirm = [
      ...element.querySelectorAll<HTMLButtonElement>('[data-testid="payout-action"] button'),
    ][0];
    confirm.click();
    const request = await nextRequest(http, '/api/v1/admin/payouts/3/cancel');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'carrier closed its account' });
    request.flush(payout(3, { status: 'cancelled', allowedActions: [] }));
    await settle();
    fixture.detectChanges();
    expect(buttonsOf(0)).toEqual([]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'console.money.done.cancel',
    );
  });
});
