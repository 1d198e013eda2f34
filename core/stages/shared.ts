// Small helpers the stages of a check share.
export { isRecord as isObject } from '../values';

/** A size as a reader would write it: "370.2 KB", "51.0 MB". */
export const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
