// Types of upload5.js: `@imagekit/javascript` 5.5.1's free `upload()` and its error classes, as 5.5.1 declares them.
import type { UploadOptionsFields, UploadResponseFields } from "./compat/legacy-types.cjs";

export interface ResponseMetadata {
  statusCode: number;
  requestId?: string;
  headers: Record<string, string | number | boolean>;
}

export interface Upload5Options extends UploadOptionsFields {
  file: string | Blob | File | ArrayBuffer | ArrayBufferView;
  publicKey: string;
  token: string;
  signature: string;
  expire: number;
  extensions?: object[];
  customMetadata?: string | Record<string, string | number | boolean | Array<string | number | boolean>>;
  isPublished?: boolean;
  /** An XMLHttpRequest to send with (progress, abort); by default one is made where the runtime has it, else fetch. */
  xhr?: XMLHttpRequest;
  /** Progress of the upload (over XMLHttpRequest). */
  onProgress?: (event: ProgressEvent) => void;
  abortSignal?: AbortSignal;
}

export interface Upload5Response extends UploadResponseFields {
  metadata?: Record<string, unknown>;
  AITags?: object[];
  embeddedMetadata?: Record<string, unknown> | null;
  customMetadata?: Record<string, unknown>;
  isPublished?: boolean;
  versionInfo?: { id: string; name: string };
  $ResponseMetadata?: ResponseMetadata;
}

export declare class ImageKitInvalidRequestError extends Error {
  readonly $ResponseMetadata?: ResponseMetadata;
  constructor(message: string, responseMetadata?: ResponseMetadata);
}
export declare class ImageKitAbortError extends Error {
  reason?: unknown;
  constructor(message: string, reason?: unknown);
}
export declare class ImageKitUploadNetworkError extends Error {
  constructor(message: string);
}
export declare class ImageKitServerError extends Error {
  readonly $ResponseMetadata?: ResponseMetadata;
  constructor(message: string, responseMetadata?: ResponseMetadata);
}
export declare function upload(uploadOptions: Upload5Options): Promise<Upload5Response>;
