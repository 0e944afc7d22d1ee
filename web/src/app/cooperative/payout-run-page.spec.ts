import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { components } from '../core/api/openapi';
import { Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { nextRequest, settle } from '../driver/testing';
import { PayoutRunPage } from './payout-run-page';
import { provideTestApp } from '../testing';

type RunDetail = components['schemas']['FarmerPayoutRunDetail'];

const manager: Me = {
  id: 4,
  phone: '+254700000004',
  name: 'Mary',
  role: 'dispatcher',
  capabilities: ['run_milk_routes', 'work_in_cooperative', 'manage_cooperative'],
  locale: 'en',
  country: 'KE',
  organisation: { id: 2, name: 'Kiambu Dairy', kind: 'cooperative', country: 'KE' },
  createdAt: '2026-01-01T00:00:00.000Z',
  hasPhoto: false,
};

const line = (id: number, net: number, payout: RunDetail['lines'][number]['payout'] = null) => ({
  id,
  farmer: { id: id * 10, name: `Farmer ${id}`, memberNumber: `K000${id}` },
  litres: 120,
  gross: 610_000,
  deductions: 30_000,
  bonuses: 5_000,
  net,
  payout,
  statementSent: false,
});

const run = (overrides: Partial<RunDetail> = {}): RunDetail => ({
  id: 7,
  cooperativeId: 2,
  period: '2026-11',
  status: 'draft',
  currency: 'KES',
  totalAmount: 585_000,
  preparedById: 4,
  approvedById: null,
  approvedAt: null,
  updatedAt: '2026-12-01T06:00:00.000Z',
  preparedByName: 'Mary',
  approvedByName: null,
  secondApproverRequired: false,
  lines: [line(1, 585_000), line(2, -74_000)],
  ...overrides,
});

async function open(detail: RunDetail) {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: manager });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PayoutRunPage);
  fixture.componentRef.setInput('id', '7');
  fixture.detectChanges();
  (await nextRequest(http, '/api/v1/payout-runs/7')).flush(detail);
  await settle();
  fixture.detectChanges();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

const click = async (fixture: ComponentFixture<PayoutRunPage>, testId: string) => {
  (fixture.nativeElement as HTMLElement)
    .querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!
    .click();
  await settle();
  fixture.detectChanges();
};

describe('PayoutRunPage', () => {
  it('shows each farmer’s pay, and a lone manager approves after confirming', async () => {
    const { fixture, http, element } = await open(run());
    const rows = [...element.querySelectorAll('[data-testid=run-lines] tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows[0].slice(0, 3)).toEqual(['K0001', 'Farmer 1', '120']);
    expect(rows[0][3]).toContain('6,100');
    expect(rows[1][6]).toContain('-');
    expect(element.querySelector('[data-testid=one-manager]')).not.toBeNull();

    await click(fixture, 'approve');
    expect(http.match('/api/v1/payout-runs/7/approve')).toHaveLength(0);
    await click(fixture, 'confirm-approve');
    const approve = await nextRequest(http, '/api/v1/payout-runs/7/approve');
    approve.flush(
      run({
        status: 'approved',
        lines: [
          line(1, 585_000, {
            id: 3,
            status: 'failed',
            failureMessage: 'Declined',
            allowedActions: ['retry', 'cancel'],
          } as never),
          // Failed, but the API allows no retry here: the page offers none.
          line(3, 12_000, { id: 4, status: 'failed', allowedActions: [] } as never),
          line(2, -74_000),
        ],
      }),
    );
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=approval]')).toBeNull();
    expect(element.querySelectorAll('[data-testid=retry]')).toHaveLength(1);
    await click(fixture, 'retry');
    (await nextRequest(http, '/api/v1/payout-runs/7/lines/1/retry')).flush(
      run({ status: 'approved' }),
    );
  });

  it('who prepared it waits for the second manager when there are two', async () => {
    const { element } = await open(run({ secondApproverRequired: true }));
    expect(element.querySelector('[data-testid=two-person]')).not.toBeNull();
    expect(element.querySelector('[data-testid=wait-second]')).not.toBeNull();
    expect(element.querySelector('[data-testid=approve]')).toBeNull();
  });

  it('the second manager may approve; an old sign-in is asked to sign in again', async () => {
    const { fixture, http, element } = await open(
      run({ secondApproverRequired: true, preparedById: 99, preparedByName: 'Peter' }),
    );
    await click(fixture, 'approve');
    await click(fixture, 'confirm-approve');
    (await nextRequest(http, '/api/v1/payout-runs/7/approve')).flush(
      { errors: [{ code: 'E_RECENT_SIGN_IN_REQUIRED', message: 'Sign in again' }] },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=sign-in-again]')).not.toBeNull();
  });
});
