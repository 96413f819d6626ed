// The countdown everyone sees, and the facilitator's controls for it: a region
// "Timer" at the top of the canvas. The time left is read off the host's clock four
// times a second; at zero the timer flashes and (unless turned off) chimes once.
import { Panel } from '@xyflow/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { hostNow } from './clock';
import { useRoomState } from './roomState';
import { addMinute, chime, formatCountdown, pauseTimer, remainingMs, startTimer, stopTimer } from './timerControl';
import { setChime, useFacilitationView, useToolsShown } from './view';

const TICK_MS = 250;

/** The time left as shown text, re-rendering only when the text changes. */
function useCountdown(): { text: string; up: boolean } {
  const timer = useRoomState((s) => s.timer);
  const [left, setLeft] = useState(() => remainingMs(timer, hostNow()));
  useEffect(() => {
    setLeft(remainingMs(timer, hostNow()));
    if (timer.status !== 'running') return;
    const every = setInterval(() => setLeft(remainingMs(timer, hostNow())), TICK_MS);
    return () => clearInterval(every);
  }, [timer]);
  const text = formatCountdown(left);
  return { text, up: timer.status === 'running' && text === '0:00' };
}

/** Chimes once when a running countdown reaches zero on this screen. */
function useChimeAtZero(up: boolean): void {
  const on = useFacilitationView((s) => s.chime);
  const was = useRef(up);
  useEffect(() => {
    if (up && !was.current && on) chime();
    was.current = up;
  }, [up, on]);
}

export function Timer() {
  const t = useT();
  const timer = useRoomState((s) => s.timer);
  const tools = useToolsShown();
  const chimeOn = useFacilitationView((s) => s.chime);
  const { text, up } = useCountdown();
  useChimeAtZero(up);
  const [minutes, setMinutes] = useState('5');
  const minutesId = useId();
  if (!tools && timer.status === 'stopped') return null;
  const minutesValue = Number(minutes);
  const validMinutes = Number.isFinite(minutesValue) && minutesValue > 0 && minutesValue <= 600;
  const running = timer.status === 'running';
  const stopped = timer.status === 'stopped';
  return (
    <Panel position="top-center" className={`timer nowheel${up ? ' is-up' : ''}${running ? ' is-running' : ''}`} role="region" aria-label={t('ui.facilitation.timer.region')}>
      {!stopped && (
        <span className="timer__time" aria-label={t('ui.facilitation.timer.timeLeft', { time: text })} data-testid="timer-time">
          {text}
        </span>
      )}
      {timer.status === 'paused' && <span className="timer__state">{t('ui.facilitation.timer.paused')}</span>}
      <span className="timer__up" role="status">
        {up ? t('ui.facilitation.timer.up') : ''}
      </span>
      {tools && (
        <span className="timer__controls">
          {stopped && (
            <>
              <label htmlFor={minutesId} className="timer__label">
                {t('ui.facilitation.timer.minutes')}
              </label>
              <input id={minutesId} className="timer__minutes" type="number" min={1} max={600} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </>
          )}
          {!running && (
            <button type="button" className="btn btn--sm btn--primary" onClick={() => startTimer(timer, minutesValue)} disabled={stopped && !validMinutes}>
              {t('ui.facilitation.timer.start')}
            </button>
          )}
          {running && (
            <button type="button" className="btn btn--sm" onClick={() => pauseTimer(timer)}>
              {t('ui.facilitation.timer.pause')}
            </button>
          )}
          <button type="button" className="btn btn--sm" onClick={() => (stopped ? setMinutes(String((validMinutes ? minutesValue : 0) + 1)) : addMinute(timer))}>
            {t('ui.facilitation.timer.addMinute')}
          </button>
          {!stopped && (
            <button type="button" className="btn btn--sm" onClick={stopTimer}>
              {t('ui.facilitation.timer.stop')}
            </button>
          )}
        </span>
      )}
      <button
        type="button"
        className={`timer__chime${chimeOn ? ' is-on' : ''}`}
        aria-pressed={chimeOn}
        title={chimeOn ? t('ui.facilitation.timer.chimeOn') : t('ui.facilitation.timer.chimeOff')}
        onClick={() => setChime(!chimeOn)}
      >
        {t('ui.facilitation.timer.chime')}
      </button>
    </Panel>
  );
}
