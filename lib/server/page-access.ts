// Server components call this before reading workspace data. Everyone is admitted for now; accounts
// will make it redirect to sign-in, without touching the pages.
export async function requirePageAccess(): Promise<void> {}
