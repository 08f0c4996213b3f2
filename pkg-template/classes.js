// The public error classes: the very ones the wasm throws (errors.js is the glue's own snippet), minus the
// internal factory.
export {
  ImageKitError, ValidationError, WebhookVerificationError, APIError, BadRequestError, UnauthorizedError,
  ForbiddenError, NotFoundError, ConflictError, UnprocessableEntityError, TooManyRequestsError, InternalServerError, PartialSuccessError,
  UnknownError, ConnectionError, TimeoutError, AbortError,
} from "./errors.js";
// The names `@imagekit/nodejs` 7 gives the same errors: the very same classes, so either name works with instanceof.
export {
  UnauthorizedError as AuthenticationError, ForbiddenError as PermissionDeniedError,
  TooManyRequestsError as RateLimitError, ConnectionError as APIConnectionError,
  TimeoutError as APIConnectionTimeoutError, AbortError as APIUserAbortError,
} from "./errors.js";
// `@imagekit/nodejs`'s upload helper.
export { toFile } from "./resources.js";
// `@imagekit/javascript` 5.5.1's free `upload()` and its four error classes (COMPAT §3).
export * from "./upload5.js";
