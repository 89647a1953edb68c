/**
 * The time axis of every chart: ticks on the wall clock of the user's zone (midnights, Mondays,
 * first days of months), as many as fit, and their labels. Pure apart from Intl, which the
 * caller's locale and zone steer.
 */
import { zoneOffset } from '../../../shared/time-zone';
import { dateFormat } from '../format';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface TickStep {
  unit: 'hour' | 'day' | 'week' | 'month';
  n: number;
  /** About how long a step is, to choose one. */
  ms: number;
}

const STEPS: TickStep[] = [
  { unit: 'hour', n: 1, ms: HOUR },
  { unit: 'hour', n: 3, ms: 3 * HOUR },
  { unit: 'hour', n: 6, ms: 6 * HOUR },
  { unit: 'hour', n: 12, ms: 12 * HOUR },
  { unit: 'day', n: 1, ms: DAY },
  { unit: 'day', n: 2, ms: 2 * DAY },
  { unit: 'day', n: 3, ms: 3 * DAY },
  { unit: 'week', n: 1, ms: 7 * DAY },
  { unit: 'week', n: 2, ms: 14 * DAY },
  { unit: 'month', n: 1, ms: 30.4 * DAY },
  { unit: 'month', n: 3, ms: 91 * DAY },
  { unit: 'month', n: 6, ms: 182 * DAY },
  { unit: 'month', n: 12, ms: 365 * DAY },
];

/** The finest step that gives at most `maxTicks` ticks over `spanMs` (the coarsest if none does). */
export function chooseStep(spanMs: number, maxTicks: number): TickStep {
  return STEPS.find((s) => spanMs / s.ms <= Math.max(1, maxTicks)) ?? STEPS[STEPS.length - 1]!;
}

export interface Zone {
  /** IANA name; '' for this machine's. */
  timeZone: string;
  clock: 'auto' | '12' | '24';
  /** Intl locale; the browser's when absent. */
  locale?: string;
}

/** The IANA zone the page's times are in: the one chosen under Appearance, else the browser's. */
export const zoneName = (z: Pick<Zone, 'timeZone'>): string =>
  z.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The instants in [from, to] where the wall clock of the zone crosses a step boundary. */
export function tickTimes(from: number, to: number, zone: Zone, step: TickStep): number[] {
  const name = zoneName(zone);
  const wall = (t: number) => t + zoneOffset(name, t);
  // A wall-clock time back to an instant: the offset an hour either side settles a clock change.
  const instant = (w: number) => w - zoneOffset(name, w - zoneOffset(name, w));
  const out: number[] = [];
  const push = (w: number) => {
    const t = instant(w);
    if (t >= from && t <= to && out[out.length - 1] !== t) out.push(t);
  };
  const start = wall(from);
  const end = wall(to);
  if (step.unit === 'hour') {
    const size = step.n * HOUR;
    for (let w = Math.ceil(start / size) * size; w <= end; w += size) push(w);
  } else if (step.unit === 'day' || step.unit === 'week') {
    // Day 0 (1970-01-01) was a Thursday: Mondays are the days d with (d + 3) % 7 === 0.
    const every = step.unit === 'week' ? 7 * step.n : step.n;
    const phase = step.unit === 'week' ? 4 : 0;
    let d = Math.ceil(start / DAY);
    while ((((d - phase) % every) + every) % every !== 0) d += 1;
    for (; d * DAY <= end; d += every) push(d * DAY);
  } else {
    // Months past December roll over into the next years (Date.UTC counts on).
    const first = new Date(start);
    const y = first.getUTCFullYear();
    let m = first.getUTCMonth() + (start > Date.UTC(y, first.getUTCMonth(), 1) ? 1 : 0);
    while (m % step.n !== 0) m += 1;
    for (let w = Date.UTC(y, m, 1); w <= end; m += step.n, w = Date.UTC(y, m, 1)) push(w);
  }
  return out;
}

function format(zone: Zone, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(zone.locale, {
    ...opts,
    ...(zone.timeZone ? { timeZone: zone.timeZone } : {}),
    ...(zone.clock === 'auto' || !('hour' in opts || 'timeStyle' in opts) ? {} : { hour12: zone.clock === '12' }),
  });
}

/** A tick's label: the time of day within a day, the date across days, the month (and year) across months. */
export function tickLabel(at: number, step: TickStep, zone: Zone, first = false): string {
  if (step.unit === 'hour') {
    const midnight = zoneOffset(zoneName(zone), at) + at;
    if (midnight % DAY === 0) return format(zone, { day: 'numeric', month: 'short' }).format(at);
    return format(zone, { hour: '2-digit', minute: '2-digit' }).format(at);
  }
  if (step.unit !== 'month') return format(zone, { day: 'numeric', month: 'short' }).format(at);
  const month = new Date(at + zoneOffset(zoneName(zone), at)).getUTCMonth();
  return format(zone, month === 0 || first ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(at);
}

export interface Tick {
  at: number;
  label: string;
}

/** Room a date label ("25 Nov", "Nov 25", "14:00" in 12 px type) needs, with a gap to the next. */
export const LABEL_PX = 48;

/** How many labels an axis `widthPx` wide holds. */
export const ticksFor = (widthPx: number): number => Math.max(1, Math.floor(widthPx / LABEL_PX));

export interface PlacedTick extends Tick {
  /** From the axis' left edge, in px. */
  x: number;
  /** How the label sits on its tick: centred, or kept inside the axis at either end. */
  align: 'start' | 'middle' | 'end';
  /** The left edge of the label's room (LABEL_PX wide), in px: centred on x, or against the end it would pass. */
  left: number;
}

/**
 * The ticks of an axis `widthPx` wide, each placed: a label that would stick out at an end is
 * moved inside, just against that end, and of two labels that would touch, one at an end is left
 * out, else the later one: the ticks stay a step apart whatever the time of day. At 360 px (an
 * axis of about 270 px) a month has a tick a week, four at least.
 */
export function axisTicks(from: number, to: number, zone: Zone, widthPx: number): PlacedTick[] {
  if (!(widthPx > 0) || !(to > from)) return [];
  const half = LABEL_PX / 2;
  const out: PlacedTick[] = [];
  let end = -Infinity;
  for (const t of timeTicks(from, to, zone, ticksFor(widthPx))) {
    const x = ((t.at - from) / (to - from)) * widthPx;
    const align = x < half ? 'start' : x > widthPx - half ? 'end' : 'middle';
    const left = align === 'start' ? 0 : align === 'end' ? widthPx - LABEL_PX : x - half;
    if (left < end) {
      // Of two that touch, the label at an end gives way: the ticks stay a step apart.
      if (out.length !== 1 || out[0]!.align !== 'start') continue;
      out.pop();
    }
    out.push({ ...t, x, align, left });
    end = left + LABEL_PX;
  }
  return out;
}

/** The ticks of a time axis over [from, to] with room for `maxTicks` labels. */
export function timeTicks(from: number, to: number, zone: Zone, maxTicks: number): Tick[] {
  // The finest step whose ticks (counted, not estimated: a month holds four Mondays or five) fit.
  let step = chooseStep(to - from, maxTicks);
  let times = tickTimes(from, to, zone, step);
  for (const finer of STEPS.slice(0, STEPS.indexOf(step)).reverse()) {
    if ((to - from) / finer.ms > maxTicks + 1) break;
    const more = tickTimes(from, to, zone, finer);
    if (more.length > maxTicks) break;
    [step, times] = [finer, more];
  }
  return times.map((at, i) => ({ at, label: tickLabel(at, step, zone, i === 0) }));
}

/**
 * A period's start for readouts, in the user's zone as every time on the page: an hour
 * ("25 Nov 2026, 14:00"), or a day ("25 Nov 2026"; the page asks the stats for days from that
 * zone's midnights).
 */
export function formatPeriodStart(at: number, unit: 'hour' | 'day', zone: Zone): string {
  if (unit === 'day') return format(zone, { dateStyle: 'medium' }).format(at);
  return format(zone, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
