import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import type { OrderPayments, Payment, PaymentProvider } from '../core/api/api-types';

/** An order's pay-ins (the shipper side's), through the typed client. */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly api = inject(Api);

  /** The attempts, newest first, and the providers that collect the order's currency. */
  async list(orderId: number): Promise<OrderPayments> {
    return (await this.api.get('/api/v1/orders/{id}/payments', {
      path: { id: orderId },
    })) as OrderPayments;
  }

  /** Prompts the phone or opens the provider's page (the profile's number when `phone` is empty). */
  pay(orderId: number, provider: PaymentProvider, phone: string): Promise<Payment> {
    return this.api.post('/api/v1/orders/{id}/payments', {
      path: { id: orderId },
      body: { provider, ...(phone.trim() ? { phone: phone.trim() } : {}) },
    }) as Promise<Payment>;
  }
}
