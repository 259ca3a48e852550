// What the signed-in caller may do, from GET /me (the server's permission table decides; the app only
// hides what would be refused, so a viewer sees no write buttons).
import { createContext, useContext, type ReactNode } from 'react';
import type { MeBody } from './api.ts';

type Permission = MeBody['permissions'][number];

const PermissionsContext = createContext<readonly string[]>([]);

const UserIdContext = createContext<number | null>(null);

export const PermissionsProvider = ({ me, children }: { me: MeBody | undefined; children: ReactNode }) => (
  <PermissionsContext.Provider value={me?.permissions ?? []}>
    <UserIdContext.Provider value={me?.user?.id ?? null}>{children}</UserIdContext.Provider>
  </PermissionsContext.Provider>
);

/** The signed-in member's user id (null for a caller without a user, e.g. the demo sign-in). */
export const useUserId = (): number | null => useContext(UserIdContext);

export const useCan = (permission: Permission): boolean => useContext(PermissionsContext).includes(permission);

/** Renders its children only when the caller holds the permission. */
export const Can = ({ do: permission, children }: { do: Permission; children: ReactNode }) =>
  useCan(permission) ? <>{children}</> : null;
