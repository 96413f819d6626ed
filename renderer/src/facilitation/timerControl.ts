// The facilitator's timer: what the `timer` root says, the time left on the host's
// clock, and the facilitator's actions as writes to the root.
import { hostNow } from './clock';
import { writeRoot, type TimerState } from './roomState';

export const MINUTE = 60_000;

/** Milliseconds left now; the full duration while stopped. */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.status === 'running') return Math.max(0, (timer.endsAt ?? now) - now);
  if (timer.status === 'paused') return timer.remainingMs ?? 0;
  return timer.durationMs;
}

/** "4:05", rounded up to the second so "0:00" shows only when the time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export function startTimer(timer: TimerState, minutes: number): void {
  const now = hostNow();
  writeRoot('timer', (map) => {
    if (timer.status === 'paused') {
      map.set('endsAt', now + (timer.remainingMs ?? 0));
    } else {
      const durationMs = Math.round(minutes * MINUTE);
      map.set('durationMs', durationMs);
      map.set('endsAt', now + durationMs);
    }
    map.delete('remainingMs');
    map.set('status', 'running');
  });
}

export function pauseTimer(timer: TimerState): void {
  if (timer.status !== 'running') return;
  const left = remainingMs(timer, hostNow());
  writeRoot('timer', (map) => {
    map.set('remainingMs', left);
    map.delete('endsAt');
    map.set('status', 'paused');
  });
}

export function addMinute(timer: TimerState): void {
  writeRoot('timer', (map) => {
    map.set('durationMs', timer.durationMs + MINUTE);
    // A timer that ran out starts again from one minute.
    if (timer.status === 'running') map.set('endsAt', Math.max(timer.endsAt ?? 0, hostNow()) + MINUTE);
    if (timer.status === 'paused') map.set('remainingMs', (timer.remainingMs ?? 0) + MINUTE);
  });
}

export function stopTimer(): void {
  writeRoot('timer', (map) => {
    map.delete('endsAt');
    map.delete('remainingMs');
    map.set('status', 'stopped');
  });
}

/** A soft two-note chime (WebAudio), for the end of the countdown. */
export function chime(): void {
  try {
    const audio = new AudioContext();
    const start = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + i * 0.28;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.15, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.95);
    }
    setTimeout(() => void audio.close(), 1600);
  } catch {
    // No audio here: the visual cue says it.
  }
}
