/** Distillscope mark: a lens over three converging strokes. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg className={className} width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <rect width="24" height="24" rx="6" className="fill-indigo-600 dark:fill-indigo-500" />
      <path d="M5 7h7M5 12h5M5 17h7" stroke="white" strokeWidth="1.8" strokeLinecap="round" opacity="0.7" />
      <circle cx="15.5" cy="12" r="3.5" stroke="white" strokeWidth="1.8" />
      <path d="m18 14.5 2 2" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
