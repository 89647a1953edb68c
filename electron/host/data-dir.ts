import envPaths from 'env-paths';

/** The OS app-data folder for IPWatch (e.g. ~/.local/share/IPWatch, %APPDATA%\IPWatch\Data). */
export const defaultDataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.IPWATCH_DATA_DIR || envPaths('IPWatch', { suffix: '' }).data;
