/**
 * CSV and JSON export. In a browser the server streams the file (the cookie authenticates the
 * download); in the app window the engine returns it and the page saves it as a Blob. With no
 * history at all, both are off and say why (issue 75): an export of nothing is a file to puzzle over.
 */
import { useId, useState } from 'react';

import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import type { HttpClient } from '../api/http';
import { useTranslator } from '../i18n/I18n';

function save(name: string, mime: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `empty`: the history holds no entry at all (not merely none matching a filter: the export is all of it). */
export function ExportButtons({ http, empty = false }: { http: HttpClient | null; empty?: boolean }) {
  const { client } = useEngine();
  const words = useTranslator();
  const [error, setError] = useState('');
  const why = useId();
  const formats = ['csv', 'json'] as const;
  if (empty)
    return (
      <div className="controls">
        {formats.map((f) => (
          <button key={f} type="button" disabled aria-describedby={why}>
            {words.t('web.history.export', { format: f.toUpperCase() })}
          </button>
        ))}
        <span id={why} className="small muted">
          {words.t('web.history.exportNone')}
        </span>
      </div>
    );
  if (http)
    return (
      <div className="controls">
        {formats.map((f) => (
          <a key={f} className="button" href={http.exportUrl(f)} download>
            {words.t('web.history.export', { format: f.toUpperCase() })}
          </a>
        ))}
      </div>
    );
  return (
    <div className="controls">
      {formats.map((f) => (
        <button
          key={f}
          type="button"
          onClick={() =>
            client.exportHistory({ format: f }).then(
              (file) => save(file.filename, file.mime, file.body),
              (err: Error) => setError(apiErrorWords(err, words)),
            )
          }
        >
          {words.t('web.history.export', { format: f.toUpperCase() })}
        </button>
      ))}
      <span role="status" className="error-text">
        {error}
      </span>
    </div>
  );
}
