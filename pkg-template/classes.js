// The public error classes: the very ones the wasm throws (errors.js is the glue's own snippet), minus the
// internal factory.
export {
  ImageKitError, ValidationError, WebhookVerificationError, APIError, BadRequestError, UnauthorizedError,
  ForbiddenError, NotFoundError, ConflictError, TooManyRequestsError, InternalServerError, PartialSuccessError,
  UnknownError, ConnectionError, TimeoutError, AbortError,
} from "./errors.js";
