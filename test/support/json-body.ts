/** A response body for assertions (tests inspect shapes freely; production code validates with zod). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jsonBody = async (res: Response): Promise<any> => res.json();
