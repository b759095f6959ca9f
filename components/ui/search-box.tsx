import { Button } from "./button";
import { Input } from "./input";
import { cn } from "./cn";

export type SearchBoxProps = {
  /** Query-string parameter name. */
  name?: string;
  defaultValue?: string;
  label: string;
  placeholder?: string;
  /** Hidden fields to keep in the URL (other than the page, which a new search resets). */
  keep?: Record<string, string>;
  className?: string;
};

/** A GET form: the search lives in the URL, so pages stay server-rendered and shareable. */
export function SearchBox({ name = "q", defaultValue, label, placeholder, keep, className }: SearchBoxProps) {
  return (
    <form method="get" role="search" className={cn("flex items-center gap-2", className)}>
      {keep ? Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />) : null}
      <label className="sr-only" htmlFor={`search-${name}`}>
        {label}
      </label>
      <Input
        id={`search-${name}`}
        type="search"
        name={name}
        defaultValue={defaultValue}
        placeholder={placeholder ?? label}
        className="w-full sm:w-72"
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
