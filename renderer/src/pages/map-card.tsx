/**
 * The dashboard's link to the Map page (issue 77): a card that says what the map shows. Its data
 * and d3-geo load with the page only, so the dashboard's own load is unchanged.
 */
import { useTranslator } from '../i18n/I18n';

export function MapCard() {
  const { t } = useTranslator();
  return (
    <section className="card" aria-labelledby="map-card-h" data-testid="map-card">
      <h2 id="map-card-h">{t('web.dash.map.title')}</h2>
      <p>{t('web.dash.map.text')}</p>
      <a href="#/map">{t('web.dash.map.open')}</a>
    </section>
  );
}
