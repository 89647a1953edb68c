/**
 * Settings, one page per section as in Uptime Kuma: the side menu (SectionNav) beside the
 * current page, `#/settings/<id>` (and the older `#/settings?section=<id>`). The form's sections
 * share one draft and one "Save settings" (settings/SettingsForm.tsx); the panels (backup, this
 * computer, appearance, about) act on their own. The sections are listed in settings/sections.tsx.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

import { useSettings } from '../api/queries';
import { shellOf } from '../api/shell';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { useRouteQuery, useRouteSub } from '../routes';
import { FilesInForce } from '../settings/FilesInForce';
import { currentSection } from '../settings/section-pages';
import { SectionNav, sectionElementId } from '../settings/SectionNav';
import { formSections, panelSections } from '../settings/sections';
import { Section, SettingsForm } from '../settings/SettingsForm';
import '../settings/settings.css';

/** On moving to another page: the top of it, with the focus on its heading (unless the form put it on a field). */
function usePageFocus(current: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (document.activeElement?.closest('.settings-body')) return;
    window.scrollTo?.(0, 0);
    document.getElementById(`${sectionElementId(current)}-h`)?.focus({ preventScroll: true });
  }, [current]);
}

export function Settings() {
  const settings = useSettings();
  const shell = shellOf();
  const query = useRouteQuery();
  const sub = useRouteSub();
  // The app opens `#/settings?invalid=1` when settings.json was invalid at start.
  const invalidFile = query.get('invalid') === '1';
  const words = useTranslator();
  const t = useIntl().formatMessage;
  const sections = useMemo(() => formSections(words), [words]);
  const panels = panelSections(words).filter((p) => !p.appOnly || shell);
  const items = [...sections, ...panels];
  const current = currentSection(
    items.map((i) => i.id),
    sub,
    query.get('section'),
  );
  const panel = panels.find((p) => p.id === current);
  const [flagged, setFlagged] = useState<string[]>([]);
  const onFlagged = useCallback((ids: string[]) => setFlagged(ids), []);
  usePageFocus(current);
  return (
    <>
      <header className="page-head">
        <h1>{t({ id: 'settings.page.title' })}</h1>
      </header>
      {invalidFile && (
        <p role="alert" className="warning">
          {t({ id: 'settings.page.invalidFile' })}
        </p>
      )}
      <div className="settings-layout">
        <SectionNav items={items} current={current} flagged={flagged} />
        <div className="settings-body">
          <QueryState query={settings} what={t({ id: 'settings.page.what' })}>
            {(v) => (
              <>
                <FilesInForce files={v.files} />
                <SettingsForm view={v} sections={sections} current={current} onFlagged={onFlagged} />
              </>
            )}
          </QueryState>
          {panel && (
            <Section id={panel.id} title={panel.title} intro={panel.intro}>
              <div className="field-grid">{panel.render({ shell })}</div>
            </Section>
          )}
        </div>
      </div>
    </>
  );
}
