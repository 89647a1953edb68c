/**
 * Which settings files the runner reads (the engine's SettingsView `files`): settings.json or
 * settings.yaml, a profile merged over it and where its edits go, and a settings.json ignored
 * beside settings.yaml. Names only: the page never shows the data folder's path.
 */
import { useIntl } from 'react-intl';

import type { SettingsView } from '../api/types';

export function FilesInForce({ files }: { files: SettingsView['files'] }) {
  const t = useIntl().formatMessage;
  if (!files) return null;
  const stored = files.profile
    ? t(
        { id: 'settings.page.fileProfile' },
        { file: files.base, profile: files.profile.name, profileFile: files.profile.file },
      )
    : t({ id: 'settings.page.file' }, { file: files.base });
  return (
    <p className="muted settings-files">
      {stored}
      {files.ignored && <> {t({ id: 'settings.page.fileIgnored' }, { ignored: files.ignored, file: files.base })}</>}
    </p>
  );
}
