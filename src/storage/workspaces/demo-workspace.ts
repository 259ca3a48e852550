// The synthetic demo workspace (what `microreach demo` fills): a sandbox that reads the shared
// layer and sees the demo creators by default; brand workspaces see them only when they ask.
export const DEMO_WORKSPACE_SLUG = 'demo';

export const isDemoWorkspace = (slug: string): boolean => slug === DEMO_WORKSPACE_SLUG;

/** Whether a read includes demo creators: as asked, else only in the demo workspace. */
export const includesDemo = (slug: string, asked: boolean | undefined): boolean => asked ?? isDemoWorkspace(slug);
