import { CollectionInputError } from "@/lib/collect/create-collection";
import { HttpError } from "@/lib/server/http-error";

/** A bad collection request (unknown connection, corpus without prompts…) is the caller's to fix: 400. */
export async function asHttpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CollectionInputError) throw new HttpError(400, error.code, error.message);
    throw error;
  }
}
