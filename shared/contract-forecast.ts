/**
 * The contract's part for insight and the forecast from the history (issue 42). Pure. (A stub
 * until the forecast lands: no method yet.)
 */

export const forecastApi = {};
