/** Input that cannot be imported (damaged, encrypted, image-only): its message is one line for the user. */
export class ImportError extends Error {}
