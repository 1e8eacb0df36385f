/** An error that stops the whole run (not one article): printed without a stack, exit code 1. */
export class FatalError extends Error {
  override name = 'FatalError';
}
