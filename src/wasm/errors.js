// The error classes of SPEC §6. They live in JavaScript so that they are real `Error` subclasses (stack traces,
// `instanceof` in every runtime); Rust builds them through `makeError`.

/** Base class of every error this package throws. */
export class ImageKitError extends Error {}

/** A bad or missing argument, found before any request. */
export class ValidationError extends ImageKitError {}
/** A webhook whose signature or timestamp does not verify. */
export class WebhookVerificationError extends ValidationError {}

/**
 * Any HTTP error answer of the API: carries `status`, `help` and `responseMetadata`, and, as `@imagekit/nodejs` 7's
 * do, `headers` (a `Headers`) and `error` (the body's JSON, or undefined when it is not JSON).
 */
export class APIError extends ImageKitError {}
export class BadRequestError extends APIError {}
export class UnauthorizedError extends APIError {}
export class ForbiddenError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
/** 422, the name `@imagekit/nodejs` 7 gives it. */
export class UnprocessableEntityError extends APIError {}
export class TooManyRequestsError extends APIError {}
export class InternalServerError extends APIError {}
export class PartialSuccessError extends APIError {}
export class UnknownError extends APIError {}

/** No response at all: the network failed. */
export class ConnectionError extends ImageKitError {}
/** No response within the timeout. */
export class TimeoutError extends ConnectionError {}
/** The caller's `signal` aborted the request. */
export class AbortError extends ImageKitError {}

const classes = {
  ImageKitError, ValidationError, WebhookVerificationError, APIError, BadRequestError, UnauthorizedError,
  ForbiddenError, NotFoundError, ConflictError, UnprocessableEntityError, TooManyRequestsError, InternalServerError, PartialSuccessError,
  UnknownError, ConnectionError, TimeoutError, AbortError,
};

// `name` is the class name even after a minifier renames the classes.
for (const [name, cls] of Object.entries(classes)) {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
}

/**
 * Builds an error of class `name` (falling back to ImageKitError) with `message` and extra own properties.
 * @param {string} name
 * @param {string} message
 * @param {object | undefined} props
 */
export function makeError(name, message, props) {
  const cls = Object.prototype.hasOwnProperty.call(classes, name) ? classes[name] : ImageKitError;
  const error = new cls(message);
  if (props && typeof props === "object") Object.assign(error, props);
  return error;
}
