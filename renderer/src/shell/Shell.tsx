/**
 * The window around the page: skip link, header, connection banner, and the page area. The page
 * area alone is guarded (PageBoundary), so whatever a page does, the rest always renders.
 */
import { Suspense, useSyncExternalStore } from 'react';

import { useEngine } from '../api/engine';
import { useStatus } from '../api/queries';
import { ChangeSignal } from '../change-signal';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { useTranslator } from '../i18n/I18n';
import { useRoute } from '../routes';
import { Header } from './Header';
import { PAGE_TITLE } from './page-titles';
import { pageViews as pages } from './page-views';
import { PageBoundary } from './PageBoundary';

/**
 * The hash is the route here, so following `#main` would open the Dashboard: the link moves
 * focus (and so the view) to the page's main region instead, and the route stays.
 */
function SkipLink() {
  const { t } = useTranslator();
  return (
    <a
      className="skip"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('web.shell.skipToContent')}
    </a>
  );
}

function Page({ route, title }: { route: ReturnType<typeof useRoute>; title: string }) {
  // Drawn again when the page's code arrives, so it shows at once (page-views.ts says why).
  useSyncExternalStore(pages.subscribe, () => pages.arrived(route));
  const View = pages.view(route);
  const { t } = useTranslator();
  return (
    <Suspense
      fallback={
        <p className="state loading" role="status">
          {t('web.shell.loadingPage', { page: title })}
        </p>
      }
    >
      <View />
    </Suspense>
  );
}

export function Shell() {
  const { http } = useEngine();
  const route = useRoute();
  const { t } = useTranslator();
  const title = t(PAGE_TITLE[route]);
  // The Sites page is in the menu while this runner watches a fleet, on every page alike (its own
  // page, opened by its link, says what to set).
  const watching = useStatus().data?.fleet?.watch.enabled === true;
  return (
    <>
      <ChangeSignal pageTitle={title} />
      <SkipLink />
      <Header route={route} http={http} hidden={watching ? [] : ['/sites']} />
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        <PageBoundary key={route} title={title}>
          <Page route={route} title={title} />
        </PageBoundary>
      </main>
    </>
  );
}
