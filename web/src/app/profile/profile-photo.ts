import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { Session } from '../core/auth/session';
import { SHRINK_PHOTO } from '../core/photo-shrink';

type Status = 'saved' | 'removed' | 'unreadable' | null;

/**
 * The user's own photo on their profile: taken with the camera or chosen
 * from the phone (the system's picker offers both), shrunk on the phone,
 * then sent; removable. Shippers see it on "who is coming".
 */
@Component({
  selector: 'njia-profile-photo',
  imports: [TranslocoPipe],
  template: `
    <section class="photo" aria-labelledby="photo-title" data-testid="profile-photo">
      <h2 id="photo-title">{{ 'profile.photo' | transloco }}</h2>
      <p class="hint">{{ 'profile.photoHint' | transloco }}</p>
      @if (url(); as src) {
        <img [src]="src" [alt]="'profile.photoAlt' | transloco" width="96" height="96" />
      } @else if (!session.user()?.hasPhoto) {
        <p>{{ 'profile.noPhoto' | transloco }}</p>
      }
      <div class="actions">
        <label class="njia-button" [class.disabled]="busy()">
          {{ 'profile.choosePhoto' | transloco }}
          <input
            class="visually-hidden"
            type="file"
            accept="image/*"
            data-testid="photo-input"
            [disabled]="busy()"
            (change)="choose($event)"
          />
        </label>
        @if (session.user()?.hasPhoto) {
          <button
            class="njia-button secondary"
            type="button"
            data-testid="remove-photo"
            [disabled]="busy()"
            (click)="remove()"
          >
            {{ 'profile.removePhoto' | transloco }}
          </button>
        }
      </div>
      <div aria-live="polite">
        @switch (status()) {
          @case ('saved') {
            <p class="saved" role="status">{{ 'profile.photoSaved' | transloco }}</p>
          }
          @case ('removed') {
            <p class="saved" role="status">{{ 'profile.photoRemoved' | transloco }}</p>
          }
          @case ('unreadable') {
            <p class="njia-error" role="alert">{{ 'profile.photoUnreadable' | transloco }}</p>
          }
        }
        @for (text of errors().form; track $index) {
          <p class="njia-error" role="alert">{{ text }}</p>
        }
        @for (text of errors().byField['photo'] ?? []; track $index) {
          <p class="njia-error" role="alert">{{ text }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .photo {
      margin: 1rem 0;
    }
    img {
      display: block;
      width: 6rem;
      height: 6rem;
      object-fit: cover;
      border-radius: 50%;
      margin-bottom: 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    label.disabled {
      opacity: 0.6;
      pointer-events: none;
    }
    label:focus-within {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePhoto {
  protected readonly session = inject(Session);
  private readonly accounts = inject(AccountApi);
  private readonly shrink = inject(SHRINK_PHOTO);
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<Status>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  constructor() {
    effect(() => {
      if (this.session.user()?.hasPhoto) void this.show();
      else this.setUrl(null);
    });
    inject(DestroyRef).onDestroy(() => this.setUrl(null));
  }

  protected async choose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.run('saved', async () => {
      let photo: Blob;
      try {
        photo = await this.shrink(file);
      } catch {
        this.status.set('unreadable');
        return false;
      }
      // The session's new user brings the new photo in (the effect above).
      await this.accounts.setPhoto(photo);
      return true;
    });
  }

  protected async remove(): Promise<void> {
    await this.run('removed', async () => {
      await this.accounts.removePhoto();
      return true;
    });
  }

  private async run(done: Status, work: () => Promise<boolean>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    try {
      if (await work()) this.status.set(done);
    } catch (error) {
      this.error.set(toApiError(error, ['photo']));
    } finally {
      this.busy.set(false);
    }
  }

  private async show(): Promise<void> {
    try {
      this.setUrl(await this.accounts.photoUrl());
    } catch {
      this.setUrl(null);
    }
  }

  private setUrl(url: string | null): void {
    const old = this.url();
    if (old) URL.revokeObjectURL(old);
    this.url.set(url);
  }
}
