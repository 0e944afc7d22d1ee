import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** What to show under a field: the server's words, or a translation key of a client check. */
export type FieldMessage = { text: string; key?: never } | { key: string; text?: never };

@Component({
  selector: 'njia-field-error',
  imports: [TranslocoPipe],
  template: `
    @if (message(); as m) {
      <p class="njia-error" [attr.data-testid]="testId() || null">
        {{ m.text ?? (m.key! | transloco) }}
      </p>
    }
  `,
  host: { 'aria-live': 'polite' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldError {
  readonly message = input<FieldMessage | null>(null);
  readonly testId = input('');
}
