import { Injectable, OnDestroy, signal } from '@angular/core';

/**
 * Voice notes with MediaRecorder, in the first container the browser can
 * record: WebM/Opus (Chrome, Firefox, Android) or MP4/AAC (Safari, iOS).
 * Android Chrome plays both; iOS Safari plays MP4/AAC and, since iOS 17.4,
 * WebM/Opus (web/README.md).
 */
const CONTAINERS = [
  { type: 'audio/webm;codecs=opus', ext: 'webm' },
  { type: 'audio/webm', ext: 'webm' },
  { type: 'audio/mp4', ext: 'm4a' },
  { type: 'audio/ogg;codecs=opus', ext: 'ogg' },
];

/** At most this long: a note stays under the server's 3 MB. */
const MAX_MS = 120_000;

@Injectable()
export class VoiceRecorder implements OnDestroy {
  readonly recording = signal(false);
  readonly supported =
    typeof MediaRecorder !== 'undefined' &&
    Boolean(globalThis.navigator?.mediaDevices?.getUserMedia);
  readonly refused = signal(false);
  private recorder?: MediaRecorder;
  private chunks: Blob[] = [];
  private stream?: MediaStream;
  private limit?: ReturnType<typeof setTimeout>;
  private container = CONTAINERS[0];

  async start(): Promise<void> {
    if (!this.supported || this.recording()) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      this.refused.set(true);
      return;
    }
    this.container =
      CONTAINERS.find((c) => MediaRecorder.isTypeSupported?.(c.type)) ?? CONTAINERS[0];
    this.chunks = [];
    this.recorder = new MediaRecorder(this.stream, { mimeType: this.container.type });
    this.recorder.ondataavailable = (event) => event.data.size && this.chunks.push(event.data);
    this.recorder.start();
    this.recording.set(true);
    this.limit = setTimeout(() => void this.stop(), MAX_MS);
  }

  /** The note, or null when nothing was recorded. */
  async stop(): Promise<{ blob: Blob; name: string } | null> {
    const recorder = this.recorder;
    if (!recorder || !this.recording()) return null;
    clearTimeout(this.limit);
    const done = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.stop();
    await done;
    this.release();
    const blob = new Blob(this.chunks, { type: this.container.type.split(';')[0] });
    return blob.size ? { blob, name: `voice-note.${this.container.ext}` } : null;
  }

  ngOnDestroy(): void {
    if (this.recording()) this.recorder?.stop();
    this.release();
  }

  private release(): void {
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = undefined;
    this.recording.set(false);
  }
}
