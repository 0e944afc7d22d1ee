import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { errorTexts } from '../core/api/error-messages';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { chatTranslations } from './chat-i18n';
import type { ChatMessage } from '../core/api/api-types';
import { ChatStore } from './chat-store';
import { VoiceRecorder } from './voice-recorder';

/**
 * The conversation of one order, for the shipper's order page and the
 * driver's job screen: big touch targets, the input at the bottom within
 * thumb reach, photos from the camera, voice notes held to record.
 */
@Component({
  selector: 'njia-chat-panel',
  imports: [TranslocoPipe],
  providers: [ChatStore, VoiceRecorder, chatTranslations],
  templateUrl: './chat-panel.html',
  styleUrl: './chat-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatPanel implements OnDestroy {
  readonly orderId = input.required<number>();
  protected readonly store = inject(ChatStore);
  protected readonly recorder = inject(VoiceRecorder);
  private readonly api = inject(Api);
  private readonly language = inject(Language);
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  protected readonly draft = signal('');
  /** Object URLs of the attachments fetched behind the token. */
  protected readonly media = signal<Record<number, string>>({});
  protected readonly errors = errorTexts(() => this.store.error());

  constructor() {
    effect(() => {
      const id = this.orderId();
      untracked(() => void this.store.open(id));
    });
    effect(() => {
      const list = this.store.messages();
      this.store.pending();
      untracked(() => {
        for (const message of list) if (message.attachment) void this.fetch(message);
        queueMicrotask(() => {
          const element = this.list()?.nativeElement;
          if (element) element.scrollTop = element.scrollHeight; // the newest in view
        });
      });
    });
  }

  ngOnDestroy(): void {
    for (const url of Object.values(this.media())) URL.revokeObjectURL(url);
  }

  protected mine(message: ChatMessage): boolean {
    return message.sender.id === this.store.me();
  }

  protected tick(message: ChatMessage): 'read' | 'delivered' | 'sent' {
    const seen = this.store.seen();
    if (seen.read >= message.id) return 'read';
    return seen.delivered >= message.id ? 'delivered' : 'sent';
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), { timeStyle: 'short' });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.draft();
    this.draft.set('');
    await this.store.send(text);
  }

  protected input(value: string): void {
    this.draft.set(value);
    this.store.typed();
  }

  protected async photo(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    (event.target as HTMLInputElement).value = '';
    if (file) await this.store.attach('photo', file, file.name);
  }

  protected async toggleRecording(): Promise<void> {
    if (!this.recorder.recording()) {
      await this.recorder.start();
      return;
    }
    const note = await this.recorder.stop();
    if (note) await this.store.attach('voice', note.blob, note.name);
  }

  private async fetch(message: ChatMessage): Promise<void> {
    if (this.media()[message.id] || !message.attachment) return;
    try {
      const blob = await this.api.blob(message.attachment.url);
      this.media.update((all) => ({ ...all, [message.id]: URL.createObjectURL(blob) }));
    } catch {
      // Offline: shown as a placeholder until the next visit.
    }
  }
}
