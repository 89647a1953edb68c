/**
 * electron/engine/format: how IPWatch writes things down, pure and shared by the rooms above:
 * times and masked addresses for people (display.ts), durations as shared/words/duration.ts writes them
 * for every reader, the history file that export writes and import reads (history-file.ts), and the
 * one CSV cell every CSV is written with, formula-like text neutralised (csv-cell.ts), and the one
 * bounded XML reader for what routers and DNS providers send (xml.ts). Imports nothing of the engine.
 */
export { formatDuration } from '../../../shared/words/duration';
export { formatTime, showAddress } from './display';
export { csvCell } from './csv-cell';
export { CSV_HEADER, csvLine, EXPORT_FORMAT_ID, EXPORT_VERSION } from './history-file';
