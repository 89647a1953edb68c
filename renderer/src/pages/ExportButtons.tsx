/**
 * CSV and JSON export. In a browser the server streams the file (the cookie authenticates the
 * download); in the app window the engine returns it and the page saves it as a Blob.
 */
import { useState } from 'react';

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

export function ExportButtons({ http }: { http: HttpClient | null }) {
  const { client } = useEngine();
  const words = useTranslator();
  const [error, setError] = useState('');
  const formats = ['csv', 'json'] as const;
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
