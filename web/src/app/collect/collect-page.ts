import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { Cooperative, Farmer } from '../core/api/api-types';
import { CollectionQueue } from './collection-queue';
import { CollectionForm, Measured } from './collection-form';
import { QueueStatus } from './queue-status';

/**
 * A clerk or grader records each farmer's milk at a centre or a stop. It
 * works without network: each collection is kept on the phone and sent when
 * the network returns; the farmer's receipt SMS follows from the server.
 */
@Component({
  selector: 'njia-collect-page',
  imports: [TranslocoPipe, CollectionForm, QueueStatus],
  templateUrl: './collect-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectPage {
  private readonly api = inject(Api);
  private readonly queue = inject(CollectionQueue);

  protected readonly cooperative = signal<Cooperative | null>(null);
  protected readonly farmers = signal<Farmer[]>([]);
  protected readonly loadError = signal(false);

  constructor() {
    void this.queue.load().then(() => this.queue.sync());
    void this.loadFarmers();
  }

  private async loadFarmers(): Promise<void> {
    try {
      const cooperative = await this.api.get('/api/v1/cooperatives/mine');
      this.cooperative.set(cooperative);
      const page = await this.api.get('/api/v1/cooperatives/{id}/farmers', {
        path: { id: cooperative.id },
        query: { status: 'active', perPage: 500 },
      });
      this.farmers.set(page.data);
    } catch {
      this.loadError.set(true);
    }
  }

  /** Kept at the farmer's own stop, if they have one. */
  protected async save({ farmer, body }: Measured): Promise<void> {
    const stopId = this.farmers().find((f) => f.id === farmer.id)?.stopId ?? null;
    await this.queue.add({ ...body, stopId }, farmer.name);
  }
}
