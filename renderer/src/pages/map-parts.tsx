/**
 * The Map page's drawing and table: the picture of shared/map/picture.ts as React SVG (its
 * countries made once per width and theme), the time held per country, and the runs, newest
 * first, as a table a screen reader can read (the picture itself is one labelled image).
 */
import { useMemo } from 'react';
import type { Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-110m.json';

import { countryName } from '../../../shared/map/country-name';
import type { MapAnswer } from '../../../shared/map/from-history';
import { mapPicture } from '../../../shared/map/picture';
import { markerRadius } from '../../../shared/map/svg';
import { useThemeName } from '../charts/use-theme-name';
import { useFormat } from '../i18n/use-format';

const atlas = atlasJson as unknown as Topology;
/** The drawing's own units; the SVG scales to the card (360 px wide and up). */
const WIDTH = 960;
/** Rows the table lists, newest first: a year of hourly changes would be a table nobody reads. */
export const TABLE_ROWS = 200;

export function MapView({ map, period }: { map: MapAnswer; period: string }) {
  const f = useFormat();
  const { t } = f.words;
  const theme = useThemeName();
  const picture = useMemo(() => mapPicture(map, atlas, WIDTH, theme), [map, theme]);
  const name = (code: string | null) => countryName(code, f.words) ?? t('web.charts.map.unknownCountry');
  const rows = map.runs.slice(-TABLE_ROWS).reverse();
  const c = picture.colours;
  return (
    <section className="card map" aria-labelledby="map-h">
      <h2 id="map-h" className="sr-only">
        {t('web.charts.map.title')}
      </h2>
      <p>
        {map.runs.length === 0
          ? t('web.charts.map.empty', { period })
          : t('web.charts.map.summary', {
              countries: map.countries.length,
              runs: map.runs.length,
              moves: map.moves.length,
              period,
            })}{' '}
        {map.unknownMs > 0 && t('web.charts.map.unknownTime', { duration: f.duration(map.unknownMs) })}{' '}
        {map.total > map.runs.length &&
          t('web.charts.map.newest', { shown: f.number(map.runs.length), total: f.number(map.total) })}
      </p>
      <div className="map-layout">
        <figure className="map-figure">
          <svg
            viewBox={`0 0 ${picture.width} ${picture.height}`}
            role="img"
            aria-label={t('web.charts.map.image', { period })}
            data-testid="map-svg"
          >
            <rect width="100%" height="100%" fill={c.sea} />
            <g stroke={c.border} strokeWidth={0.5}>
              {picture.countries.map((s, i) => (
                <path key={i} d={s.d} fill={s.fill} data-code={s.code ?? undefined} />
              ))}
            </g>
            <g fill="none" strokeLinecap="round">
              {picture.moves.map((m, i) => (
                <path key={i} d={m.d} stroke={m.colour} strokeWidth={Math.min(4, 1.5 + m.count / 4)} />
              ))}
            </g>
            <g stroke={c.marker}>
              {picture.markers.map((m) => (
                <circle
                  key={`${m.code}-${m.family}`}
                  cx={m.x}
                  cy={m.y}
                  r={markerRadius(m)}
                  fill={m.colour}
                  strokeWidth={m.shapeless ? 2.5 : 1}
                  data-code={m.code}
                >
                  <title>{t('web.charts.map.marker', { country: name(m.code), family: m.family, runs: m.runs })}</title>
                </circle>
              ))}
            </g>
          </svg>
          <figcaption className="muted">
            {t('web.charts.map.legend')} {t('web.charts.map.offline')}
          </figcaption>
        </figure>
        <div className="map-side">
          <h3>{t('web.charts.map.held')}</h3>
          <ul className="map-held">
            {map.countries.map((h) => (
              <li key={h.code}>
                {name(h.code)}: {f.duration(h.heldMs)}
              </li>
            ))}
          </ul>
          <MapTable rows={rows} total={map.runs.length} name={name} />
        </div>
      </div>
    </section>
  );
}

function MapTable({
  rows,
  total,
  name,
}: {
  rows: MapAnswer['runs'];
  total: number;
  name: (code: string | null) => string;
}) {
  const f = useFormat();
  const { t } = f.words;
  return (
    <div className="table-wrap map-table">
      <table data-testid="map-table">
        <caption>
          {t('web.charts.map.table')}
          {total > rows.length && (
            <> ({t('web.charts.map.tableNewest', { shown: f.number(rows.length), total: f.number(total) })})</>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('web.charts.map.col.country')}</th>
            <th scope="col">{t('web.charts.map.col.address')}</th>
            <th scope="col">{t('web.charts.map.col.from')}</th>
            <th scope="col">{t('web.charts.map.col.to')}</th>
            <th scope="col">{t('web.charts.map.col.held')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.family}-${r.ip}-${r.from}`}>
              <td>{name(r.country)}</td>
              <td className="mono">{r.ip}</td>
              <td>{f.time(r.from)}</td>
              <td>{f.time(r.to)}</td>
              <td>{f.duration(r.heldMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
