import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { SwUpdate } from '@angular/service-worker';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "A new version is ready — Reload". The service worker serves the build it
 * has until every tab of the old one is gone, so after a release a plain
 * reload still showed the previous app; once the worker has the new build
 * ready, this offers the reload that switches to it. A broken cache (the
 * worker lost files it needs) asks for the same reload.
 */
@Component({
  selector: 'njia-update-prompt',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (ready()) {
      <div class="update" role="status" data-testid="update-prompt">
        <span>{{ 'shell.update.ready' | transloco }}</span>
        <button type="button" class="njia-button" (click)="reload()">
          {{ 'shell.update.reload' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    .update {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
      background: #fef3c7;
      border-bottom: 1px solid var(--njia-border);
      font-weight: 600;
    }
  `,
})
export class UpdatePrompt {
  private readonly document = inject(DOCUMENT);
  protected readonly ready = signal(false);

  constructor() {
    const updates = inject(SwUpdate);
    if (!updates.isEnabled) return;
    updates.versionUpdates.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event.type === 'VERSION_READY') this.ready.set(true);
    });
    updates.unrecoverable.pipe(takeUntilDestroyed()).subscribe(() => this.ready.set(true));
  }

  protected reload(): void {
    this.document.location.reload();
  }
}
