/** Who is making a request: always exactly one workspace. */
export interface Actor {
  workspaceId: number;
  workspaceSlug: string;
  via: 'token' | 'session' | 'demo';
}
