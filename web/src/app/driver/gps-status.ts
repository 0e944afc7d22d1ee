import { LocalNumberPipe } from '../core/i18n/format';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Connectivity } from '../core/network/connectivity';
import { Socket } from '../core/realtime/socket';
import { OfflineActions } from './actions/offline-actions';
import { GpsStreamer } from './gps/gps-streamer';
import { NearPlace } from '../places/near-place';

/** What the phone is doing with the driver's position: never hidden. */
@Component({
  selector: 'njia-gps-status',
  imports: [TranslocoPipe, LocalNumberPipe, NearPlace],
  template: `
    <dl class="gps-status" aria-live="polite" data-testid="gps-status">
      <div>
        <dt>{{ 'driver.gps.connection' | transloco }}</dt>
        <dd [attr.data-state]="socket.state()" data-testid="connection-state">
          <span class="dot" aria-hidden="true"></span>
          {{
            'driver.gps.state.' + (connectivity.online() ? socket.state() : 'offline') | transloco
          }}
        </dd>
      </div>
      <div>
        <dt>{{ 'driver.gps.tracking' | transloco }}</dt>
        <dd data-testid="tracking">
          {{ (gps.tracking() ? 'driver.gps.on' : 'driver.gps.off') | transloco }}
        </dd>
      </div>
      <div>
        <dt>{{ 'driver.gps.queue' | transloco }}</dt>
        <dd data-testid="queue-size">{{ gps.queueSize() }}</dd>
      </div>
      @if (actions.pending().length) {
        <div>
          <dt>{{ 'driver.gps.pendingActions' | transloco }}</dt>
          <dd data-testid="pending-actions">{{ actions.pending().length }}</dd>
        </div>
      }
      @if (gps.lastFix(); as fix) {
        <div>
          <dt>{{ 'driver.gps.lastFix' | transloco }}</dt>
          <dd>
            <njia-near-place [lat]="fix.lat" [lng]="fix.lng" />
            @if (fix.accuracy !== null) {
              (± {{ fix.accuracy | localNumber: { maximumFractionDigits: 0 } }} m)
            }
          </dd>
        </div>
      }
    </dl>
    @if (gps.locationError(); as error) {
      <p class="njia-error" role="alert">{{ 'driver.gps.error.' + error | transloco }}</p>
    }
  `,
  styleUrl: './gps-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GpsStatus {
  protected readonly socket = inject(Socket);
  protected readonly gps = inject(GpsStreamer);
  protected readonly actions = inject(OfflineActions);
  protected readonly connectivity = inject(Connectivity);
}
