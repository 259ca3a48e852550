/** A response body for assertions (tests inspect shapes freely; production code validates with zod). */
// biome-ignore lint/suspicious/noExplicitAny: assertions read any field of any answer; schemas are checked elsewhere
export const jsonBody = async (res: Response): Promise<any> => res.json();
