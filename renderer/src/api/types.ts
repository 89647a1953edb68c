/** The contract's types as the renderer names them: the client is exactly the shared ApiClient. */
import type { ApiClient, ApiMethod, ApiOutput, ApiParams, StatsReport } from '../../../shared/contract';

export type {
  ApiEvent,
  AuditEntry,
  FieldError,
  HistoryEntry,
  HistoryPage,
  HistoryQuery,
  Insight,
  InsightQuery,
  SettingsView,
  StatsQuery,
  StatsReport,
} from '../../../shared/contract';

export type Client = ApiClient;
export type ClientMethod = ApiMethod;
export type ImportResult = ApiOutput<'importHistory'>;
export type ImportFormat = NonNullable<ApiParams<'importHistory'>['format']>;
export type PeriodCount = StatsReport['changes']['perWeek'][number];
