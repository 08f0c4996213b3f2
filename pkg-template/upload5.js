// `@imagekit/javascript` 5.5.1's free `upload(options)` and its four error classes (COMPAT §3), for the root entry:
// `publicKey`, `token`, `signature`, `expire` among the options, `abortSignal`, `xhr`, `onProgress`; over
// `XMLHttpRequest` where there is one, else `fetch` (form-upload.js). Results are `{...body}` with a non-enumerable
// `$ResponseMetadata {statusCode, requestId, headers}`; 2xx resolves, 4xx rejects with ImageKitInvalidRequestError,
// anything else with ImageKitServerError, no answer with ImageKitUploadNetworkError, the signal with
// ImageKitAbortError (its `reason`).
import { DEFAULT_UPLOAD, SendFailure, UPLOAD_MESSAGES, sendForm, uploadCheck, uploadForm } from "./compat/form-upload.js";

export class ImageKitInvalidRequestError extends Error {
  constructor(message, responseMetadata) {
    super(message);
    this.name = "ImageKitInvalidRequestError";
    this.$ResponseMetadata = responseMetadata;
  }
}

export class ImageKitAbortError extends Error {
  constructor(message, reason) {
    super(message);
    this.name = "ImageKitAbortError";
    this.reason = reason;
  }
}

export class ImageKitUploadNetworkError extends Error {
  constructor(message) {
    super(message);
    this.name = "ImageKitUploadNetworkError";
  }
}

export class ImageKitServerError extends Error {
  constructor(message, responseMetadata) {
    super(message);
    this.name = "ImageKitServerError";
    this.$ResponseMetadata = responseMetadata;
  }
}

const SERVER_ERROR = "Server error occurred while uploading the file. This is rare and usually temporary.";

/** 5.x's reading of an answer. A 2xx or 4xx body that is not JSON rejects with the parse error, as in 5.x. */
function settle({ status, text, headers }) {
  const meta = { statusCode: status, headers, requestId: headers["x-request-id"] };
  if (status >= 200 && status < 300) {
    const response = { ...JSON.parse(text) };
    Object.defineProperty(response, "$ResponseMetadata", { value: meta, enumerable: false, writable: false });
    return response;
  }
  if (status >= 400 && status < 500) {
    throw new ImageKitInvalidRequestError(JSON.parse(text).message ?? "Invalid request. Please check the parameters.", meta);
  }
  let message = SERVER_ERROR;
  try {
    message = JSON.parse(text).message ?? SERVER_ERROR;
  } catch {
    // a body that is not JSON keeps the generic message
  }
  throw new ImageKitServerError(message, meta);
}

/** `upload(options)` of `@imagekit/javascript` 5.5.1: always a Promise. */
export async function upload(options) {
  if (!options) throw new ImageKitInvalidRequestError("Invalid options provided for upload");
  const error = uploadCheck(options, options.publicKey);
  if (error) throw new ImageKitInvalidRequestError(UPLOAD_MESSAGES[error]);
  const form = uploadForm(options, ["xhr", "onProgress", "abortSignal"]);
  const sent = sendForm({ xhr: options.xhr, endpoint: DEFAULT_UPLOAD, form, signal: options.abortSignal, onProgress: options.onProgress, lower: true });
  return sent.then(settle, (e) => {
    if (!(e instanceof SendFailure)) throw e;
    if (e.kind === "aborted") throw new ImageKitAbortError("Upload aborted", e.reason);
    throw new ImageKitUploadNetworkError(UPLOAD_MESSAGES.UPLOAD_ENDPOINT_NETWORK_ERROR);
  });
}
