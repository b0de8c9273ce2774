import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces go through the payload codec too (they can quote what a
 * merchant sent). The worker loads this module as `failureConverterPath` (it runs inside the workflow
 * bundle, so it imports nothing but @temporalio/common); every client uses the same object.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
