// A plain 404 for unknown, expired and revoked links: no hint which, and no way into the workspace.
export default function ShareNotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold text-zinc-900 dark:text-zinc-100">Link not found</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">This share link does not exist, has expired, or was revoked.</p>
    </div>
  );
}
