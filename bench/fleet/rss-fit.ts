/**
 * The fleet bench's RSS a site (issue 51) as the slope of the watcher tree's RSS over the number
 * of sites it holds: one runner, several levels (0, 1,000, ... sites), several readings at each
 * level after it settled. A level's figure is the median of its readings (a reading taken just
 * before or after a garbage collection is an outlier, not the level); the slope is the
 * least-squares line through the levels' medians, with its standard error and R² as the fit's
 * spread. A difference of two single readings read 18, 0.1, 25 and -21 KB a site in four runs: the
 * runner's RSS swings tens of MB with V8's young generation, more than 1,000 sites weigh.
 * Nothing is subtracted that a user pays: the slope is what each more site costs, the total at
 * each level is reported beside it.
 */
import { quantileRaw } from '../engine/stats';

export interface RssLevel {
  sites: number;
  /** VmRSS of the whole tree, KB, each reading after the level settled. */
  readingsKB: number[];
}

export interface RssFit {
  /** KB of RSS each more site costs: the slope of the levels' medians. */
  slopeKB: number;
  /** The slope's standard error, KB a site (NaN with two levels: a line through two points has no spread). */
  seKB: number;
  /**
   * The slope's one-sided 95% upper bound, slope + t(0.95, levels - 2) x standard error, KB a
   * site: what the check holds against the target, so a noisy fit cannot pass on a lucky slope.
   * NaN where the standard error is (two levels).
   */
  upperKB: number;
  /** Of the line through the medians: 1 is a perfect line. */
  r2: number;
  levels: { sites: number; medianKB: number; minKB: number; maxKB: number }[];
}

/** Student's t, one-sided 95% (0.95 quantile), for 1 to 10 degrees of freedom; the normal's 1.645 beyond. */
const T95 = [6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812];
export const t95 = (df: number): number => (df < 1 ? NaN : (T95[df - 1] ?? 1.645));

/**
 * Fits RSS (KB) over sites. Needs two levels of distinct site counts, each with a reading;
 * otherwise it throws, since no slope can be read.
 */
export function fitRssPerSite(levels: readonly RssLevel[]): RssFit {
  if (levels.some((l) => l.readingsKB.length === 0)) throw new Error('a level has no RSS reading');
  const pts = levels.map((l) => ({
    sites: l.sites,
    medianKB: quantileRaw(l.readingsKB, 0.5),
    minKB: Math.min(...l.readingsKB),
    maxKB: Math.max(...l.readingsKB),
  }));
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.sites, 0) / n;
  const my = pts.reduce((a, p) => a + p.medianKB, 0) / n;
  const sxx = pts.reduce((a, p) => a + (p.sites - mx) ** 2, 0);
  if (n < 2 || sxx === 0) throw new Error('RSS over sites needs at least two levels with different site counts');
  const slope = pts.reduce((a, p) => a + (p.sites - mx) * (p.medianKB - my), 0) / sxx;
  const ssRes = pts.reduce((a, p) => a + (p.medianKB - my - slope * (p.sites - mx)) ** 2, 0);
  const ssTot = pts.reduce((a, p) => a + (p.medianKB - my) ** 2, 0);
  const se = n > 2 ? Math.sqrt(ssRes / (n - 2) / sxx) : NaN;
  return {
    slopeKB: slope,
    seKB: se,
    upperKB: slope + t95(n - 2) * se,
    r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot,
    levels: pts,
  };
}
