import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest, settle } from '../driver/testing';
import { MoneyAlerts } from './money-alerts';
import { provideTestApp } from '../testing';

const alert = {
  id: 5,
  organisation: { id: 3, name: 'Rift Haulage' },
  phone: '+254 •••• 1222',
  replacedPhone: '+254 •••• 0123',
  confirmedAt: '2026-12-01T08:00:00Z',
};

async function open() {
  TestBed.configureTestingModule({ providers: [...provideTestApp()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MoneyAlerts);
  fixture.detectChanges();
  const flush = async (data: (typeof alert)[]) => {
    (await nextRequest(http, '/api/v1/admin/payout-number-alerts')).flush({ data });
    await settle();
    fixture.detectChanges();
  };
  return { http, fixture, element: fixture.nativeElement as HTMLElement, flush };
}

describe('MoneyAlerts: money alerts that were not sent', () => {
  it('lists each unsent alert with the carrier and the masked numbers, and sends one now', async () => {
    const { http, fixture, element, flush } = await open();
    await flush([alert]);
    const row = element.querySelector('[data-testid="money-alerts"] tbody tr')!;
    expect(row.textContent).toContain('Rift Haulage');
    expect(row.textContent).toContain('+254 •••• 0123');
    row.querySelector('button')!.click();
    (await nextRequest(http, '/api/v1/admin/payout-number-alerts/5/send')).flush({ sent: true });
    await flush([]);
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="alert-sent"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="no-money-alerts"]')).not.toBeNull();
    http.verify();
  });

  it('says why when the SMS fails again, and keeps the alert listed', async () => {
    const { http, fixture, element, flush } = await open();
    await flush([alert]);
    element.querySelector<HTMLButtonElement>('[data-testid="money-alerts"] button')!.click();
    (await nextRequest(http, '/api/v1/admin/payout-number-alerts/5/send')).flush(
      { errors: [{ code: 'E_SMS_FAILED', message: 'down' }] },
      { status: 502, statusText: 'Bad Gateway' },
    );
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelectorAll('[data-testid="money-alerts"] tbody tr').length).toBe(1);
    http.verify();
  });
});
