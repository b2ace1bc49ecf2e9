/**
 * How much pasted evidence the product reads. A whole day's error log of a busy site is a few
 * megabytes; 16 MiB covers a 10 MB paste with room for JSON escaping and multipart overhead.
 */
export const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;
