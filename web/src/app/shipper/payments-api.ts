import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import type { Payment } from '../core/api/api-types';

/** An order's pay-ins (the shipper side's), through the typed client. */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly api = inject(Api);

  async list(orderId: number): Promise<Payment[]> {
    const answer = await this.api.get('/api/v1/orders/{id}/payments', { path: { id: orderId } });
    return answer.data as Payment[];
  }

  /** Prompts the phone (the profile's when `phone` is empty). */
  pay(orderId: number, phone: string): Promise<Payment> {
    return this.api.post('/api/v1/orders/{id}/payments', {
      path: { id: orderId },
      body: { provider: 'mpesa', ...(phone.trim() ? { phone: phone.trim() } : {}) },
    }) as Promise<Payment>;
  }
}
