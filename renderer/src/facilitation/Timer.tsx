// The countdown everyone sees, and the facilitator's controls for it: a region
// "Timer" at the top of the canvas. The time left is read off the host's clock four
// times a second; at zero the timer flashes and (unless turned off) chimes once.
import { Panel } from '@xyflow/react';
import { useEffect, useId, useRef, useState } from 'react';
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
    <Panel position="top-center" className={`timer nowheel${up ? ' is-up' : ''}${running ? ' is-running' : ''}`} role="region" aria-label="Timer">
      {!stopped && (
        <span className="timer__time" aria-label={`Time left ${text}`} data-testid="timer-time">
          {text}
        </span>
      )}
      {timer.status === 'paused' && <span className="timer__state">Paused</span>}
      <span className="timer__up" role="status">
        {up ? 'Time is up' : ''}
      </span>
      {tools && (
        <span className="timer__controls">
          {stopped && (
            <>
              <label htmlFor={minutesId} className="timer__label">
                Minutes
              </label>
              <input id={minutesId} className="timer__minutes" type="number" min={1} max={600} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </>
          )}
          {!running && (
            <button type="button" className="btn btn--sm btn--primary" onClick={() => startTimer(timer, minutesValue)} disabled={stopped && !validMinutes}>
              Start timer
            </button>
          )}
          {running && (
            <button type="button" className="btn btn--sm" onClick={() => pauseTimer(timer)}>
              Pause timer
            </button>
          )}
          <button type="button" className="btn btn--sm" onClick={() => (stopped ? setMinutes(String((validMinutes ? minutesValue : 0) + 1)) : addMinute(timer))}>
            Add 1 minute
          </button>
          {!stopped && (
            <button type="button" className="btn btn--sm" onClick={stopTimer}>
              Stop timer
            </button>
          )}
        </span>
      )}
      <button
        type="button"
        className={`timer__chime${chimeOn ? ' is-on' : ''}`}
        aria-pressed={chimeOn}
        title={chimeOn ? 'A soft chime sounds at zero on this screen' : 'No chime at zero on this screen'}
        onClick={() => setChime(!chimeOn)}
      >
        Chime
      </button>
    </Panel>
  );
}
