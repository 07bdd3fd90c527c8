/** Does nothing: for handlers whose outcome is of no interest. */
export const noop = (): void => {};
