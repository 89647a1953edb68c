/**
 * The runtime's part for dynamic DNS records kept in step (issue 41): built over the feature
 * context (feature-types.ts). A stub until that work lands: the Test answers that records are not
 * kept yet.
 */
import { ApiError } from '../../../shared/contract';
import type { FeatureContext, FeaturePart } from './feature-types';

export function ddnsPart(_ctx: FeatureContext): FeaturePart {
  return {
    name: 'ddns',
    handlers: {
      testDdnsRecord: () => Promise.reject(new ApiError(503, 'dynamic DNS records are not kept by this version yet')),
    },
  };
}
