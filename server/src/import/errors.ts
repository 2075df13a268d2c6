/** Input that cannot be imported (damaged, encrypted, image-only): its message is one line for the user. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** True for an `ImportError`, also one thrown by the PDF reader's own bundle (another copy of the class). */
export function isImportError(error: unknown): error is ImportError {
  return error instanceof Error && error.name === 'ImportError';
}
