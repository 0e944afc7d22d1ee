import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessages } from '../core/api/error-messages';
import { Connectivity } from '../core/network/connectivity';
import { CollectionQueue } from './collection-queue';

/** What the phone holds: online or not, collections waiting, refused (with why) and sent. */
@Component({
  selector: 'njia-queue-status',
  imports: [TranslocoPipe],
  templateUrl: './queue-status.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueStatus {
  protected readonly queue = inject(CollectionQueue);
  protected readonly connectivity = inject(Connectivity);
  protected readonly messages = inject(ErrorMessages);
}
