// ImageKit-style error bodies: {message, help, ...extra}.
export const HELP = "For support kindly contact us at support@imagekit.io .";

export class ApiError extends Error {
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
  toBody() {
    return { message: this.message, help: HELP, ...this.extra };
  }
}

export const badRequest = (msg, extra) => new ApiError(400, msg, extra);
export const unauthorized = (msg, extra) => new ApiError(401, msg, extra);
export const forbidden = (msg, extra) => new ApiError(403, msg, extra);
export const notFound = (msg = "The requested resource does not exist.", extra) => new ApiError(404, msg, extra);
export const conflict = (msg, extra) => new ApiError(409, msg, extra);

export const FILE_NOT_FOUND = "The requested file does not exist.";

const DEFAULT_MESSAGES = {
  400: "Your request contains invalid parameters.",
  401: "Your request does not contain private API key.",
  403: "Your account cannot be authenticated.",
  404: "The requested resource does not exist.",
  408: "Request timed out.",
  409: "The request conflicts with the current state of the resource.",
  429: "Too many requests. Rate limit exceeded.",
  500: "We have experienced an internal error while processing your request.",
  502: "Bad gateway.",
  503: "Service temporarily unavailable.",
  504: "Gateway timeout.",
};

export function defaultMessage(status) {
  return DEFAULT_MESSAGES[status] ?? `HTTP ${status}`;
}
