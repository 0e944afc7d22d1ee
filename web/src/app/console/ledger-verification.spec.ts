import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import en from '../../i18n/console/en.json';
import { nextRequest, settle } from '../driver/testing';
import { formatMoney } from '../core/money';
import { LedgerVerification } from './ledger-verification';
import { provideTestApp } from '../testing';

describe('LedgerVerification', () => {
  it('words each problem for the operator: the account named, amounts as money, no database English', async () => {
    TestBed.configureTestingModule({ providers: [...provideTestApp()] });
    TestBed.inject(TranslocoService).setTranslation({ console: en }, 'en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LedgerVerification);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector('button')!.click();
    (await nextRequest(http, '/api/v1/admin/ledger/verification')).flush({
      checkedAt: '2026-12-02T03:00:00.000Z',
      sound: false,
      problems: [
        {
          check: 'balance',
          detail: 'account 7 (order:12 order_escrow KES) holds 45000, its entries sum to 45100',
          values: {
            account: 7,
            owner: 'order:12',
            purpose: 'order_escrow',
            currency: 'KES',
            balance: 45000,
            computed: 45100,
          },
        },
        {
          check: 'trial_balance',
          detail: 'the KES accounts sum to -100, not 0',
          values: { currency: 'KES', total: -100 },
        },
      ],
    });
    await settle();
    fixture.detectChanges();
    const items = [...element.querySelectorAll('[data-testid=ledger-verification] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const money = (minor: number) => formatMoney(minor, 'KES', 'en').replace(/\s+/g, ' ');
    expect(items).toEqual([
      `A balance differs from its entries Account 7 (Held in escrow, order:12) holds ${money(45000)}, but its entries add up to ${money(45100)}.`,
      `The accounts of a currency do not sum to zero The KES accounts add up to ${money(-100)} instead of zero.`,
    ]);
    expect(element.textContent).not.toContain('sum to 45100');
  });
});
